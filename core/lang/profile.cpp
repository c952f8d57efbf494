#include "core/lang/profile.h"

#include <algorithm>
#include <array>
#include <utility>

#include "core/text/strings.h"

namespace liaison {

// One table per language, each in its own file with its data (profile_<code>.cpp). A new
// language in a script Liaison reads (Latin, Cyrillic, Armenian) is: its value in Language and
// kLanguages (language.h), its profile_<code>.cpp, a line here, and, when Snowball has no
// stemmer for it, its own stemmer registered in core/analysis/stemmer.cpp. A new script also
// needs its letters in core/lang/script.h/.cpp and its sound classes in core/analysis/name_key.cpp.
extern const LanguageProfile kEnglishProfile;
extern const LanguageProfile kArmenianProfile;
extern const LanguageProfile kAzerbaijaniProfile;
extern const LanguageProfile kRussianProfile;

namespace {

// Tables indexed by Language and bit sets over languages rely on kLanguages listing the
// languages in their enum order.
static_assert([] {
  for (std::size_t i = 0; i < kLanguages.size(); ++i) {
    if (kLanguages[i] != static_cast<Language>(i)) return false;
  }
  return static_cast<std::size_t>(Language::Unknown) == kLanguages.size();
}());

constexpr LanguageProfile kUnknownProfile{};

/// Indexed by Language (kLanguages order), Unknown last.
const std::array<const LanguageProfile*, kLanguages.size() + 1> kProfiles = {
    &kEnglishProfile, &kArmenianProfile, &kAzerbaijaniProfile, &kRussianProfile, &kUnknownProfile};

constexpr std::size_t kScriptCount = static_cast<std::size_t>(Script::Other) + 1;

}  // namespace

const LanguageProfile& profile_of(Language language) {
  const auto index = static_cast<std::size_t>(language);
  return index < kProfiles.size() ? *kProfiles[index] : kUnknownProfile;
}

const std::vector<Language>& languages_of_script(Script script) {
  // Built once from the profiles, read-only afterwards: safe to share between threads.
  static const std::array<std::vector<Language>, kScriptCount> by_script = [] {
    std::array<std::vector<Language>, kScriptCount> out;
    for (Language language : kLanguages) out[static_cast<std::size_t>(profile_of(language).script)].push_back(language);
    return out;
  }();
  return by_script[static_cast<std::size_t>(script)];
}

Language language_of_script(Script script) {
  for (Language language : languages_of_script(script)) {
    if (profile_of(language).script_default) return language;
  }
  return Language::Unknown;
}

std::uint32_t languages_owning_letter(UChar32 c) {
  // Built once from the profiles, sorted by letter: a letter below the first (every ASCII letter
  // so far) costs one comparison.
  static const std::vector<std::pair<char32_t, std::uint32_t>> owners = [] {
    std::vector<std::pair<char32_t, std::uint32_t>> out;
    for (std::size_t i = 0; i < kLanguages.size(); ++i) {
      for (const char32_t letter : profile_of(kLanguages[i]).detection.own_letters) out.emplace_back(letter, 1u << i);
    }
    std::sort(out.begin(), out.end());
    return out;
  }();
  const auto letter = static_cast<char32_t>(c);
  if (owners.empty() || letter < owners.front().first) return 0;
  std::uint32_t languages = 0;
  const auto first = std::lower_bound(owners.begin(), owners.end(), std::pair<char32_t, std::uint32_t>{letter, 0});
  for (auto it = first; it != owners.end() && it->first == letter; ++it) languages |= it->second;
  return languages;
}

std::string_view to_code(Language language) {
  return profile_of(language).code;
}

std::optional<Language> parse_language(std::string_view code) {
  if (code.size() != 2) return std::nullopt;
  const char a = lower_ascii(code[0]), b = lower_ascii(code[1]);
  for (Language language : kLanguages) {
    const std::string_view c = to_code(language);
    if (c[0] == a && c[1] == b) return language;
  }
  return std::nullopt;
}

}  // namespace liaison

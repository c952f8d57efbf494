#include "core/analysis/stemmer.h"

#include <xapian.h>

#include <array>
#include <optional>
#include <unordered_map>

#include "core/analysis/armenian_stemmer.h"
#include "core/analysis/azerbaijani_stemmer.h"
#include "core/analysis/russian_names.h"
#include "core/lang/profile.h"

namespace liaison {
namespace {

/// Our own stemmers, by the name a profile gives (StemmerSource::Liaison).
struct OwnStemmer {
  std::string_view name;
  std::string (*stem)(std::string_view term);
};
constexpr std::array<OwnStemmer, 2> kOwnStemmers = {{{"armenian", stem_armenian}, {"azerbaijani", stem_azerbaijani}}};

/// Stem rules for capitalised words (StemmerChoice::name_rule), by stemmer name: `name` for a
/// word written like a name, `known` for the known names among other words; nullopt leaves
/// the word to the stemmer.
struct NameStemRule {
  std::string_view name;
  std::optional<std::string> (*name_stem)(std::string_view term);
  std::optional<std::string> (*known_name_stem)(std::string_view term);
};
constexpr std::array<NameStemRule, 1> kNameStemRules = {{{"russian", russian_name_stem, known_russian_name_stem}}};

template <typename Registry>
const typename Registry::value_type* find_by_name(const Registry& registry, std::string_view name) {
  for (const auto& entry : registry) {
    if (entry.name == name) return &entry;
  }
  return nullptr;
}

/// Xapian::Stem objects share reference counts that are not atomic: one set per thread, made
/// when a language first needs its stemmer.
Xapian::Stem& snowball_stemmer(Language language) {
  thread_local std::array<std::optional<Xapian::Stem>, kLanguages.size()> stemmers;
  std::optional<Xapian::Stem>& stemmer = stemmers[static_cast<std::size_t>(language)];
  if (!stemmer) stemmer.emplace(std::string(profile_of(language).stemmer.name));
  return *stemmer;
}

std::optional<std::string> name_rule_stem(std::string_view term, const StemmerChoice& choice, bool name) {
  if (!choice.name_rule) return std::nullopt;
  const NameStemRule* rule = find_by_name(kNameStemRules, choice.name);
  if (rule == nullptr) return std::nullopt;
  return name ? rule->name_stem(term) : rule->known_name_stem(term);
}

std::string compute_stem(std::string_view term, Language language, bool name) {
  const StemmerChoice& choice = profile_of(language).stemmer;
  if (std::optional<std::string> stem = name_rule_stem(term, choice, name)) return std::move(*stem);
  switch (choice.source) {
    case StemmerSource::Snowball:
      return snowball_stemmer(language)(std::string(term));
    case StemmerSource::Liaison:
      if (const OwnStemmer* own = find_by_name(kOwnStemmers, choice.name)) return own->stem(term);
      break;
    case StemmerSource::None:
      break;
  }
  return std::string(term);
}

/// Recent stems of this thread: words repeat (Zipf), stemming costs far more than a lookup.
/// Keyed by the term plus a language-and-shape byte. Two generations keep memory bounded without
/// forgetting the common words: when the recent map is full it becomes the older one (the older
/// is dropped), and a word found in the older map moves back to the recent one. Emptying one map
/// when full, as before, restemmed every word after each few documents of a build (a generated
/// corpus of 2,000 documents has 229,000 distinct words; stem_azerbaijani was 8 % of its CPU).
class StemCache {
 public:
  const std::string& stem(std::string_view term, Language language, bool name) {
    key_.assign(term);
    key_.push_back(static_cast<char>((name ? 'a' : '0') + static_cast<int>(language)));
    if (const auto found = recent_.find(key_); found != recent_.end()) return found->second;
    if (recent_.size() >= kCapacity) {
      older_ = std::move(recent_);
      recent_.clear();  // a moved-from map is valid but unspecified
    }
    if (const auto found = older_.find(key_); found != older_.end())
      return recent_.insert(older_.extract(found)).position->second;
    return recent_.emplace(key_, compute_stem(term, language, name)).first->second;
  }

 private:
  static constexpr std::size_t kCapacity = 1 << 16;  ///< words per generation: a few MB per thread
  std::string key_;
  std::unordered_map<std::string, std::string> recent_, older_;
};

}  // namespace

std::string stem_term(std::string_view term, Language language) {
  if (language == Language::Unknown) return std::string(term);
  thread_local StemCache cache;
  return cache.stem(term, language, false);
}

std::string stem_name_term(std::string_view term, Language language) {
  if (!profile_of(language).stemmer.name_rule) return stem_term(term, language);
  thread_local StemCache cache;
  return cache.stem(term, language, true);
}

bool stemmer_exists(const StemmerChoice& choice) {
  if (choice.name_rule && find_by_name(kNameStemRules, choice.name) == nullptr) return false;
  switch (choice.source) {
    case StemmerSource::Snowball:
      try {
        Xapian::Stem stemmer{std::string(choice.name)};
        return true;
      } catch (const Xapian::InvalidArgumentError&) {
        return false;
      }
    case StemmerSource::Liaison:
      return find_by_name(kOwnStemmers, choice.name) != nullptr;
    case StemmerSource::None:
      return choice.name.empty();
  }
  return false;
}

}  // namespace liaison

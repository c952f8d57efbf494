#pragma once
#include <array>
#include <optional>
#include <string_view>

#include "core/text/strings.h"

namespace liaison {

/// The languages Liaison analyses. Unknown: not decided (digits, symbols, other scripts).
enum class Language { English, Armenian, Azerbaijani, Russian, Unknown };

inline constexpr std::array<Language, 4> kLanguages = {Language::English, Language::Armenian,
                                                       Language::Azerbaijani, Language::Russian};

/// ISO 639-1 code: "en", "hy", "az", "ru"; "" for Unknown.
constexpr std::string_view to_code(Language language) {
  switch (language) {
    case Language::English: return "en";
    case Language::Armenian: return "hy";
    case Language::Azerbaijani: return "az";
    case Language::Russian: return "ru";
    case Language::Unknown: break;
  }
  return "";
}

/// Parses an ISO code (case-insensitive ASCII); nullopt for anything else.
constexpr std::optional<Language> parse_language(std::string_view code) {
  if (code.size() != 2) return std::nullopt;
  const char a = lower_ascii(code[0]), b = lower_ascii(code[1]);
  for (Language language : kLanguages) {
    const auto c = to_code(language);
    if (c[0] == a && c[1] == b) return language;
  }
  return std::nullopt;
}

}  // namespace liaison

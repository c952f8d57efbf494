#pragma once
#include <array>
#include <optional>
#include <string_view>

namespace liaison {

/// The languages Liaison analyses. Unknown: not decided (digits, symbols, other scripts).
enum class Language { English, Armenian, Azerbaijani, Russian, Unknown };

/// Every language has a profile (core/lang/profile.h) in this order.
inline constexpr std::array<Language, 4> kLanguages = {Language::English, Language::Armenian,
                                                       Language::Azerbaijani, Language::Russian};

/// ISO 639-1 code: "en", "hy", "az", "ru"; "" for Unknown (the language's profile, profile.h).
std::string_view to_code(Language language);

/// Parses an ISO code (case-insensitive ASCII); nullopt for anything else.
std::optional<Language> parse_language(std::string_view code);

}  // namespace liaison

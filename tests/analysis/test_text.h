#pragma once
#include <unicode/unistr.h>

#include <string>
#include <string_view>

namespace liaison::testing {

/// UTF-8 → icu::UnicodeString, for stage tests that work on UTF-16.
inline icu::UnicodeString to_unicode(std::string_view utf8) {
  return icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<std::int32_t>(utf8.size())));
}

/// icu::UnicodeString → UTF-8.
inline std::string to_utf8(const icu::UnicodeString& text) {
  std::string utf8;
  text.toUTF8String(utf8);
  return utf8;
}

}  // namespace liaison::testing

#pragma once
// Shared by the fuzz targets: invariant checks that stop the run the way a sanitizer does, so
// libFuzzer saves the input that broke them.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include <unicode/utf8.h>

#include "core/lang/language.h"

namespace liaison::fuzz {

/// Aborts with `what` when `condition` is false (assert() would vanish under NDEBUG).
inline void require(bool condition, const char* what) {
  if (condition) return;
  std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
  std::abort();
}

/// True when ICU decodes all of `text` without an error (NUL is a valid character here).
inline bool icu_valid_utf8(std::string_view text) {
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto length = static_cast<std::int32_t>(text.size());
  for (std::int32_t pos = 0; pos < length;) {
    UChar32 c = 0;
    U8_NEXT(bytes, pos, length, c);
    if (c < 0) return false;
  }
  return true;
}

/// Text Liaison hands on (to Xapian terms, JSON, HTML) must be valid UTF-8. Checked with ICU,
/// independently of core/text/utf8.h, which is itself fuzzed.
inline void require_utf8(std::string_view text, const char* what) {
  if (icu_valid_utf8(text)) return;
  std::fprintf(stderr, "fuzz invariant broken: %s is not valid UTF-8: \"", what);
  for (unsigned char c : text.substr(0, 200)) std::fprintf(stderr, c >= 0x20 && c < 0x7F ? "%c" : "\\x%02X", c);
  std::fprintf(stderr, "\"\n");
  std::abort();
}

/// The fuzz input as text.
inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

/// A declared language picked by one input byte: the four languages and Unknown (detect).
inline Language language_of_byte(std::uint8_t byte) {
  constexpr Language kChoices[] = {Language::English, Language::Armenian, Language::Azerbaijani,
                                   Language::Russian, Language::Unknown};
  return kChoices[byte % 5];
}

}  // namespace liaison::fuzz

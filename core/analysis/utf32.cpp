#include "core/analysis/utf32.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <climits>
#include <cstdint>

namespace liaison::utf32 {

std::u32string decode(std::string_view text) {
  std::u32string word;
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto length = static_cast<std::int32_t>(std::min<std::size_t>(text.size(), INT32_MAX));
  for (std::int32_t pos = 0; pos < length;) {
    UChar32 c = 0;
    U8_NEXT(bytes, pos, length, c);
    word.push_back(c < 0 ? U'\uFFFD' : static_cast<char32_t>(c));
  }
  return word;
}

std::string encode(std::u32string_view word) {
  std::string utf8;
  utf8.reserve(word.size() * 2);
  for (char32_t c : word) {
    char buffer[U8_MAX_LENGTH];
    std::int32_t length = 0;
    UBool error = false;
    U8_APPEND(buffer, length, U8_MAX_LENGTH, static_cast<UChar32>(c), error);
    if (!error) utf8.append(buffer, static_cast<std::size_t>(length));
  }
  return utf8;
}

}  // namespace liaison::utf32

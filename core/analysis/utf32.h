#pragma once
#include <string>
#include <string_view>

namespace liaison::utf32 {

/// Code points of UTF-8 `text` (invalid bytes become U+FFFD).
std::u32string decode(std::string_view text);

/// UTF-8 of code points (unpaired surrogates and values past U+10FFFF are dropped).
std::string encode(std::u32string_view word);

}  // namespace liaison::utf32

#pragma once
// Small UTF-8 helpers shared by the query parser and the search snippets: decoding one code
// point at a time and the character classes the query syntax needs.
#include <cstddef>
#include <string_view>

namespace liaison::query {

/// One decoded code point and the number of bytes it took (invalid bytes: U+FFFD, 1 byte).
struct CodePoint {
  char32_t value = 0;
  std::size_t length = 1;
};

/// Decodes the code point starting at byte `at` of `text` (`at` < text.size()).
CodePoint decode_at(std::string_view text, std::size_t at);

/// Number of code points in `text`.
std::size_t count_code_points(std::string_view text);

/// Unicode white space (including no-break and ideographic spaces).
bool is_space(char32_t c);

/// Letters, digits and combining marks: the characters that make a word searchable.
bool is_word_char(char32_t c);

}  // namespace liaison::query

#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace liaison {

/// Byte offset of the first invalid UTF-8 sequence (overlongs, surrogates and NULs included
/// as invalid), or nullopt when `bytes` is valid UTF-8 text.
std::optional<std::size_t> find_invalid_utf8(std::string_view bytes);

/// Copy of `bytes` with each invalid sequence replaced by U+FFFD.
std::string repair_utf8(std::string_view bytes);

/// 1-based line number of byte `offset` in `text`.
std::size_t line_of_offset(std::string_view text, std::size_t offset);

}  // namespace liaison

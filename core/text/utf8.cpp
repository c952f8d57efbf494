#include "core/text/utf8.h"

#include <algorithm>
#include <cstdint>

namespace liaison {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

/// Length of the valid UTF-8 sequence starting at `pos`, or 0 when it is invalid.
/// Rejects NUL, overlong forms, UTF-16 surrogates, code points above U+10FFFF and
/// truncated sequences (the ranges follow Table 3-7 of the Unicode standard).
std::size_t valid_sequence_length(std::string_view bytes, std::size_t pos) {
  const auto byte = [&](std::size_t i) { return static_cast<std::uint8_t>(bytes[pos + i]); };
  const auto continuation = [&](std::size_t i, std::uint8_t low = 0x80, std::uint8_t high = 0xBF) {
    return pos + i < bytes.size() && byte(i) >= low && byte(i) <= high;
  };
  const std::uint8_t lead = byte(0);
  if (lead == 0x00) return 0;
  if (lead < 0x80) return 1;
  if (lead >= 0xC2 && lead <= 0xDF) return continuation(1) ? 2 : 0;
  if (lead >= 0xE0 && lead <= 0xEF) {
    const std::uint8_t low = lead == 0xE0 ? 0xA0 : 0x80;   // no overlongs
    const std::uint8_t high = lead == 0xED ? 0x9F : 0xBF;  // no surrogates
    return continuation(1, low, high) && continuation(2) ? 3 : 0;
  }
  if (lead >= 0xF0 && lead <= 0xF4) {
    const std::uint8_t low = lead == 0xF0 ? 0x90 : 0x80;   // no overlongs
    const std::uint8_t high = lead == 0xF4 ? 0x8F : 0xBF;  // nothing above U+10FFFF
    return continuation(1, low, high) && continuation(2) && continuation(3) ? 4 : 0;
  }
  return 0;
}

/// Bytes an invalid sequence at `pos` spans: its lead byte plus the continuation bytes that
/// could still belong to it, so that one broken character gives one U+FFFD.
std::size_t invalid_sequence_length(std::string_view bytes, std::size_t pos) {
  std::size_t end = pos + 1;
  const auto lead = static_cast<std::uint8_t>(bytes[pos]);
  const std::size_t expected = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
  while (end < bytes.size() && end - pos < expected &&
         (static_cast<std::uint8_t>(bytes[end]) & 0xC0) == 0x80) {
    ++end;
  }
  return end - pos;
}

}  // namespace

std::optional<std::size_t> find_invalid_utf8(std::string_view bytes) {
  std::size_t pos = 0;
  while (pos < bytes.size()) {
    const std::size_t length = valid_sequence_length(bytes, pos);
    if (length == 0) return pos;
    pos += length;
  }
  return std::nullopt;
}

std::string repair_utf8(std::string_view bytes) {
  std::string repaired;
  repaired.reserve(bytes.size());
  std::size_t pos = 0;
  while (pos < bytes.size()) {
    const std::size_t length = valid_sequence_length(bytes, pos);
    if (length > 0) {
      repaired.append(bytes.substr(pos, length));
      pos += length;
    } else {
      repaired.append(kReplacement);
      pos += invalid_sequence_length(bytes, pos);
    }
  }
  return repaired;
}

std::size_t line_of_offset(std::string_view text, std::size_t offset) {
  const std::size_t end = std::min(offset, text.size());
  return 1 + static_cast<std::size_t>(
                 std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(end), '\n'));
}

}  // namespace liaison

// UTF-8 validation and repair (core/text): repair gives valid text, leaves valid text alone and
// keeps the valid prefix; the validator agrees with ICU's decoder; lower() keeps text valid.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/text/strings.h"
#include "core/text/utf8.h"
#include "fuzz/fuzz_support.h"

using namespace liaison;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes = fuzz::as_text(data, size);
  const auto invalid = find_invalid_utf8(bytes);
  const bool has_nul = bytes.find('\0') != std::string_view::npos;

  // find_invalid_utf8 counts NUL as invalid; otherwise it must agree with ICU.
  if (!has_nul) fuzz::require(!invalid == fuzz::icu_valid_utf8(bytes), "validator agrees with ICU");
  if (invalid) {
    fuzz::require(*invalid < bytes.size(), "invalid offset inside the text");
    fuzz::require(!find_invalid_utf8(bytes.substr(0, *invalid)), "text before the first invalid byte is valid");
  }

  const std::string repaired = repair_utf8(bytes);
  fuzz::require(!find_invalid_utf8(repaired), "repaired text is valid");
  fuzz::require(fuzz::icu_valid_utf8(repaired), "repaired text is valid for ICU");
  fuzz::require(repair_utf8(repaired) == repaired, "repair is idempotent");
  if (!invalid) fuzz::require(repaired == bytes, "valid text is not changed");
  if (invalid) fuzz::require(repaired.compare(0, *invalid, bytes.substr(0, *invalid)) == 0, "valid prefix kept");

  const auto newlines = static_cast<std::size_t>(std::count(bytes.begin(), bytes.end(), '\n'));
  const std::size_t offset = size == 0 ? 0 : data[0] * size / 256;
  const std::size_t line = line_of_offset(bytes, offset);
  fuzz::require(line >= 1 && line <= newlines + 1, "line_of_offset within the text's lines");
  fuzz::require(line_of_offset(bytes, size + 10) == newlines + 1, "offset past the end is on the last line");

  fuzz::require_utf8(lower(repaired), "lower() of valid text");
  (void)lower(bytes);
  const std::string_view trimmed = trim(bytes);
  fuzz::require(trimmed.size() <= bytes.size(), "trim shortens");
  fuzz::require(lower_ascii(bytes).size() == bytes.size(), "lower_ascii keeps the length");
  return 0;
}

#include "core/text/utf8.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <string_view>

namespace liaison {
namespace {

using namespace std::string_view_literals;

TEST(Utf8, AcceptsValidTextInAllFourLanguages) {
  for (std::string_view text : {"peace talks"sv, "Երևան, Երեւան"sv, "Qarabağ və İrəvan"sv, "отчёт о мире"sv,
                                "emoji 😀 U+10FFFF \xF4\x8F\xBF\xBF"sv, ""sv}) {
    SCOPED_TRACE(text);
    EXPECT_EQ(find_invalid_utf8(text), std::nullopt);
  }
}

TEST(Utf8, FindsTheFirstInvalidSequence) {
  struct Case {
    std::string_view bytes;
    std::size_t offset;
    const char* why;
  };
  const Case cases[] = {
      {"ab\xFF"sv, 2, "byte never used in UTF-8"},
      {"a\xC0\xAF"sv, 1, "overlong slash"},
      {"\xE0\x80\xAF"sv, 0, "overlong three-byte form"},
      {"\xF0\x80\x80\xAF"sv, 0, "overlong four-byte form"},
      {"x\xED\xA0\x80"sv, 1, "UTF-16 surrogate U+D800"},
      {"\xF4\x90\x80\x80"sv, 0, "above U+10FFFF"},
      {"ok\0no"sv, 2, "NUL"},
      {"Ер\xD0"sv, 4, "truncated Cyrillic letter"},
      {"\x80"sv, 0, "lone continuation byte"},
      {"Q\xC4"sv
       "a"sv,
       1, "lead byte followed by ASCII"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.why);
    EXPECT_EQ(find_invalid_utf8(c.bytes), std::optional<std::size_t>(c.offset));
  }
}

TEST(Utf8, RepairReplacesEachBrokenCharacterWithOneReplacementCharacter) {
  struct Case {
    std::string_view bytes;
    std::string_view repaired;
  };
  const Case cases[] = {
      {"ab\xFF"
       "cd"sv,
       "ab\uFFFDcd"},
      {"\xC0\xAF"sv, "\uFFFD"},
      {"x\xED\xA0\x80y"sv, "x\uFFFDy"},
      {"\0"sv, "\uFFFD"},
      {"Ер\xD0"sv, "Ер\uFFFD"},
      {"şəki"sv, "şəki"},
      {""sv, ""},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.repaired);
    const std::string repaired = repair_utf8(c.bytes);
    EXPECT_EQ(repaired, c.repaired);
    EXPECT_EQ(find_invalid_utf8(repaired), std::nullopt);
  }
}

TEST(Utf8, LineOfOffsetCountsNewlinesBefore) {
  const std::string_view text = "first\nsecond\n\nfourth";
  EXPECT_EQ(line_of_offset(text, 0), 1u);
  EXPECT_EQ(line_of_offset(text, 5), 1u);  // the newline itself ends line 1
  EXPECT_EQ(line_of_offset(text, 6), 2u);
  EXPECT_EQ(line_of_offset(text, 13), 3u);
  EXPECT_EQ(line_of_offset(text, 14), 4u);
  EXPECT_EQ(line_of_offset(text, 1000), 4u);  // past the end: the last line
  EXPECT_EQ(line_of_offset("", 0), 1u);
}

}  // namespace
}  // namespace liaison

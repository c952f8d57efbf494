#include "core/analysis/segmenter.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace liaison {
namespace {

using namespace std::string_view_literals;

/// The surface words of `text` as the segmenter cuts them.
std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> words;
  for (const Segment& segment : segment_words(text)) {
    words.emplace_back(text.substr(segment.byte_begin, segment.byte_end - segment.byte_begin));
  }
  return words;
}

struct Case {
  std::string_view text;
  std::vector<std::string> words;
};

void expect_words(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    EXPECT_EQ(words_of(c.text), c.words);
  }
}

TEST(Segmenter, KeepsWordsAndNumbersDropsSpacesAndPunctuation) {
  expect_words({
      {"Peace, stability and security.", {"Peace", "stability", "and", "security"}},
      {"«Мир» — это договор!", {"Мир", "это", "договор"}},
      {"Sülh müqaviləsi (2023)", {"Sülh", "müqaviləsi", "2023"}},
      {"Խաղաղության պայմանագիր", {"Խաղաղության", "պայմանագիր"}},
      {"", {}},
      {"  ,;:!? ", {}},
  });
}

TEST(Segmenter, DropsQuotesOfEveryShape) {
  expect_words({
      {"«Мир» и „договор“", {"Мир", "и", "договор"}},
      {"“peace” 'talks'", {"peace", "talks"}},
      {"«Խաղաղություն»", {"Խաղաղություն"}},
      {"„Sülh“ ‘müqaviləsi’", {"Sülh", "müqaviləsi"}},
  });
}

TEST(Segmenter, SplitsEnglishAtHyphenKeepsApostrophe) {
  expect_words({
      {"people-to-people contacts", {"people", "to", "people", "contacts"}},
      {"don't", {"don't"}},
      {"Women's Task Force", {"Women's", "Task", "Force"}},
  });
}

TEST(Segmenter, SplitsAtArmenianHyphenLikeAnAsciiHyphen) {
  expect_words({
      {"հայ֊ադրբեջանական", {"հայ", "ադրբեջանական"}},
      {"հայ-ադրբեջանական", {"հայ", "ադրբեջանական"}},
      {"֊", {}},
      {"ա֊֊բ", {"ա", "բ"}},
  });
}

TEST(Segmenter, AsciiColonEndsArmenianWords) {
  // Armenian texts often type the full stop ։ as ':'; ICU's root rules break there.
  expect_words({
      {"Խաղաղություն:Երևան", {"Խաղաղություն", "Երևան"}},
      {"խաղաղություն: Երևան։", {"խաղաղություն", "Երևան"}},
  });
}

TEST(Segmenter, KeepsArmenianInWordMarksInsideTheWord) {
  expect_words({
      {"ինչո՞ւ", {"ինչո՞ւ"}},
      {"Կանգնի՛ր", {"Կանգնի՛ր"}},
      {"Ո՜վ", {"Ո՜վ"}},
  });
}

TEST(Segmenter, ZeroWidthSpaceDoesNotSplitAWord) {
  expect_words({
      {"Qara\u200Bbağ", {"Qara\u200Bbağ"}},
      {"пере\u200Bговоры начались", {"пере\u200Bговоры", "начались"}},
  });
}

TEST(Segmenter, SoftHyphenStaysInsideTheWord) {
  expect_words({{"confi\u00ADdence build\u00ADing", {"confi\u00ADdence", "build\u00ADing"}}});
}

TEST(Segmenter, NumbersAreSegmentsOfKindNumber) {
  const std::string_view text = "4,600 people, 2.5 km";
  const auto segments = segment_words(text);
  ASSERT_EQ(segments.size(), 4u);
  EXPECT_EQ(segments[0].kind, SegmentKind::Number);
  EXPECT_EQ(segments[0].byte_end - segments[0].byte_begin, 5u);  // "4,600" is one number
  EXPECT_EQ(segments[1].kind, SegmentKind::Word);
  EXPECT_EQ(segments[2].kind, SegmentKind::Number);
}

TEST(Segmenter, KeepsByteOffsetsOfArmenianText) {
  const std::string_view text = "Երևան՝ Բաքու";  // 5 letters × 2 bytes, comma ՝ (2 bytes), space
  const auto segments = segment_words(text);
  ASSERT_EQ(segments.size(), 2u);
  EXPECT_EQ(segments[0].byte_begin, 0u);
  EXPECT_EQ(segments[0].byte_end, 10u);
  EXPECT_EQ(segments[1].byte_begin, 13u);
  EXPECT_EQ(segments[1].byte_end, text.size());
}

TEST(Segmenter, KeepsByteOffsetsAcrossSupplementaryCharacters) {
  // 😀 is 4 UTF-8 bytes and 2 UTF-16 units: offsets after it must still be bytes.
  const std::string_view text = "a😀 Şəki 𝐀b";
  std::vector<std::string> words = words_of(text);
  ASSERT_EQ(words.size(), 3u);
  EXPECT_EQ(words[0], "a");
  EXPECT_EQ(words[1], "Şəki");
  EXPECT_EQ(words[2], "𝐀b");
}

TEST(Segmenter, InvalidUtf8NeverCrashesAndSplitsLikeAReplacementCharacter) {
  const std::string_view text =
      "ab\xFF"
      "cd \xED\xA0\x80 Qarabağ\xC3";
  EXPECT_EQ(words_of(text), (std::vector<std::string>{"ab", "cd", "Qarabağ"}));
  for (const Segment& segment : segment_words(text)) EXPECT_LE(segment.byte_end, text.size());
}

TEST(Segmenter, ReusesBuffersBetweenCalls) {
  SegmentedText segmented;
  segment_words("first long text with words", segmented);
  segment_words("Բաքու", segmented);
  ASSERT_EQ(segmented.segments.size(), 1u);
  EXPECT_EQ(segmented.segments[0].byte_end, 10u);
  EXPECT_EQ(segmented.utf16.length(), 5);
}

}  // namespace
}  // namespace liaison

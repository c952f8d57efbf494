#include "core/ingest/passages.h"

#include <gtest/gtest.h>

#include "core/ingest/sentences.h"

namespace liaison {
namespace {

std::vector<std::string> texts(const std::vector<Passage>& passages) {
  std::vector<std::string> out;
  for (const Passage& p : passages) out.push_back(p.text);
  return out;
}

std::string repeat(const std::string& sentence, int times) {
  std::string out;
  for (int i = 0; i < times; ++i) out += (i ? " " : "") + sentence;
  return out;
}

TEST(Passages, SplitsOnBlankLinesAndCollapsesWhitespace) {
  const std::string body =
      "\n  First   line\nof the first\tparagraph.\n \t\nSecond\xC2\xA0paragraph.\n\n\n\nThird.\n  ";
  const auto passages = split_passages(body, Language::English);
  EXPECT_EQ(texts(passages),
            (std::vector<std::string>{"First line of the first paragraph.", "Second paragraph.", "Third."}));
  for (std::size_t i = 0; i < passages.size(); ++i) EXPECT_EQ(passages[i].n, i + 1);
}

TEST(Passages, EmptyBodyHasNoPassages) {
  EXPECT_TRUE(split_passages("", Language::English).empty());
  EXPECT_TRUE(split_passages("\n \n\t\n", Language::Russian).empty());
}

TEST(Passages, CutsLongParagraphsAtSentenceEndsInEveryLanguage) {
  struct Case {
    const char* name;
    std::string sentence;  // four words, ends a sentence
    Language language;
  };
  const Case cases[] = {
      {"en", "The leaders met again.", Language::English},
      {"ru", "Лидеры снова встретились вчера.", Language::Russian},
      {"az", "Liderlər yenidən Brüsseldə görüşdülər.", Language::Azerbaijani},
      {"hy full stop", "Ղեկավարները կրկին հանդիպեցին Բրյուսելում։", Language::Armenian},
      {"hy colon", "Ղեկավարները կրկին հանդիպեցին Բրյուսելում:", Language::Armenian},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    const std::string paragraph = repeat(c.sentence, 5);  // 20 words in one paragraph
    const auto passages = split_passages(paragraph, c.language, {.max_words = 9});
    // Two sentences (8 words) fit in 9; a third would not.
    EXPECT_EQ(texts(passages),
              (std::vector<std::string>{repeat(c.sentence, 2), repeat(c.sentence, 2), c.sentence}));
    for (const Passage& p : passages) EXPECT_EQ(p.language, c.language);
  }
}

TEST(Passages, ColonEndsSentencesOnlyInArmenianText) {
  const std::string en = "Agreed items: rail links, demining, border work and more";
  EXPECT_EQ(split_sentences(en).size(), 1u);
  const std::string hy = "Համաձայնեցին: Երկաթուղի, ականազերծում";
  EXPECT_EQ(split_sentences(hy), (std::vector<std::string_view>{"Համաձայնեցին:", "Երկաթուղի, ականազերծում"}));
}

TEST(Passages, CutsOverlongSentenceBetweenWords) {
  const std::string words = "one two three four five six seven eight nine ten eleven";
  EXPECT_EQ(cut_at_sentences(words, 4),
            (std::vector<std::string_view>{"one two three four", "five six seven eight", "nine ten eleven"}));
  const std::string mixed = "Short one. One" + words.substr(3) + ". End here.";
  EXPECT_EQ(cut_at_sentences(mixed, 4),
            (std::vector<std::string_view>{"Short one.", "One two three four", "five six seven eight",
                                           "nine ten eleven.", "End here."}));
}

TEST(Passages, TranscriptWithoutBlankLinesYieldsBoundedPassages) {
  const std::string transcript = repeat("Question from the floor about the peace treaty and its timing.", 60);
  const auto passages = split_passages(transcript, Language::English);
  EXPECT_EQ(passages.size(), 5u);  // 660 words, 150 per passage at most, whole sentences
  for (const Passage& p : passages) {
    EXPECT_LE(count_words(p.text), 150u);
    EXPECT_EQ(p.text.back(), '.');
  }
  EXPECT_EQ(passages.back().n, 5u);
}

TEST(Passages, ChoosesLanguagePerPassage) {
  const std::string body =
      "Стороны договорились о разминировании и обмене пленными.\n\n"
      "The parties agreed on demining and the release of captives.\n\n"
      "14.12.2021\n";
  const auto passages = split_passages(body, Language::Russian);
  ASSERT_EQ(passages.size(), 3u);
  EXPECT_EQ(passages[0].language, Language::Russian);
  EXPECT_EQ(passages[1].language, Language::English);  // another script: the quote's own language
  EXPECT_EQ(passages[2].language, Language::Russian);  // no letters: the declared language
}

TEST(Passages, DeclaredLanguageWinsWithinTheSameScript) {
  struct Case {
    Language declared, detected, expected;
  };
  const Case cases[] = {
      {Language::Azerbaijani, Language::English, Language::Azerbaijani},
      {Language::English, Language::Azerbaijani, Language::English},
      {Language::Russian, Language::English, Language::English},
      {Language::Armenian, Language::Russian, Language::Russian},
      {Language::Armenian, Language::Unknown, Language::Armenian},
      {Language::Unknown, Language::Armenian, Language::Armenian},
      {Language::Unknown, Language::Unknown, Language::Unknown},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(std::string(to_code(c.declared)) + "/" + std::string(to_code(c.detected)));
    EXPECT_EQ(passage_language(c.declared, c.detected), c.expected);
  }
  // Detected from the text: a plain-Latin Azerbaijani passage reads as English without the declaration.
  EXPECT_EQ(split_passages("Prezident Baku sammit", Language::Azerbaijani)[0].language, Language::Azerbaijani);
  EXPECT_EQ(split_passages("Ղարաբաղ", Language::Unknown)[0].language, Language::Armenian);
}

}  // namespace
}  // namespace liaison

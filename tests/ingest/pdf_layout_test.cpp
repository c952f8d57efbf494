#include "core/ingest/pdf_layout.h"

#include <gtest/gtest.h>

namespace liaison {
namespace {

TEST(PdfLayout, JoinsLinesAndResolvesLineEndHyphens) {
  struct Case {
    std::string line, next, expected;
  };
  const std::set<std::string> keep = {"confidence-building", "հայ-ադրբեջանական"};
  const Case cases[] = {
      {"to build confi-", "dence between", "to build confidence between"},
      {"the joint Armenian-", "Azerbaijani group", "the joint Armenian-Azerbaijani group"},
      {"each confidence-", "building step", "each confidence-building step"},
      {"the 2020-", "2021 talks", "the 2020- 2021 talks"},  // no letter before the hyphen: a plain join
      {"разми-", "нирование идёт", "разминирование идёт"},
      {"Ermə-", "nistan və", "Ermənistan və"},
      {"հայ-", "ադրբեջանական հանձնաժողով", "հայ-ադրբեջանական հանձնաժողով"},
      {"peace\xC2\xAD", "Building", "peaceBuilding"},  // a soft hyphen always goes
      {"ends a sentence.", "Next one", "ends a sentence. Next one"},
      {"", "first line", "first line"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.line + " | " + c.next);
    std::string line = c.line;
    join_line(line, c.next, keep);
    EXPECT_EQ(line, c.expected);
  }
}

TEST(PdfLayout, RecognisesPageNumberLines) {
  for (const char* line : {"7", "- 7 -", "7 / 30", "Page 7", "Page 7 of 30", "p. 7", "Стр. 7", "Страница 7 из 30",
                           "Səhifə 7", "Էջ 7", "vii", "xiv", "[12]"}) {
    EXPECT_TRUE(is_page_number_line(line)) << line;
  }
  for (const char* line : {"7 measures", "Page seven", "civic", "Report 2022", "I agree", "Ilham Aliyev"})
    EXPECT_FALSE(is_page_number_line(line)) << line;
}

PdfLine line(const std::string& text) { return PdfLine{.text = text, .top = 0, .bottom = 10, .left = 72}; }

TEST(PdfLayout, RemovesLinesRepeatedAtTheTopOrBottomOfMostPagesOnly) {
  const std::string places[] = {"Kakheti", "Baku", "Yerevan", "Tbilisi"};
  std::vector<PdfPage> pages;
  for (std::uint32_t n = 1; n <= 4; ++n) {
    PdfPage page{.number = n, .lines = {line("Joint Report · " + std::to_string(2020 + n)), line("Met in " + places[n - 1]),
                                        line("Demining goes on."), line("More text."), line("Demining goes on."),
                                        line(std::to_string(n))}};
    pages.push_back(page);
  }
  pages[3].lines.pop_back();  // a page without a number
  const auto removed = remove_running_lines(pages);
  EXPECT_EQ(removed.size(), 4u + 3u + 4u) << "header on 4 pages, numbers on 3, repeated last line on 4";
  for (const PdfPage& page : pages) {
    ASSERT_EQ(page.lines.size(), 3u);
    EXPECT_EQ(page.lines[0].text, "Met in " + places[page.number - 1]);
    EXPECT_EQ(page.lines[1].text, "Demining goes on.") << "the same line in the middle of a page stays";
  }
}

TEST(PdfLayout, GroupsWordsIntoLinesAndStartsANewLineForANewColumn) {
  const std::vector<PdfWord> words = {
      {"Peace", 72, 100, 30, 10, true}, {"talks", 105, 100.5, 25, 10, false},
      {"resumed", 72, 112, 40, 10, false},                     // next line, same column
      {"Right", 320, 100, 30, 10, true}, {"column", 355, 100, 35, 10, false},  // back up: a new column
  };
  const auto lines = group_lines(words);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0].text, "Peace talks");
  EXPECT_EQ(lines[1].text, "resumed");
  EXPECT_EQ(lines[2].text, "Right column");
}

TEST(PdfLayout, EndsParagraphsAtGapsAndHeightChanges) {
  auto at = [](const std::string& text, double top, double height = 10) {
    return PdfLine{.text = text, .top = top, .bottom = top + height, .left = 72};
  };
  const std::vector<PdfPage> pages = {
      {1, {at("A Title", 50, 16), at("first line of text", 80), at("goes on here.", 92), at("New paragraph", 120)}},
      {2, {at("continued on page two.", 50), at("Not continued", 62)}},
  };
  const auto paragraphs = pdf_paragraphs(pages);
  ASSERT_EQ(paragraphs.size(), 3u);
  EXPECT_EQ(paragraphs[0].text, "A Title");
  EXPECT_EQ(paragraphs[1].text, "first line of text goes on here.");
  EXPECT_EQ(paragraphs[2].text, "New paragraph continued on page two. Not continued");
  EXPECT_EQ(paragraphs[2].page, 1u);
}

}  // namespace
}  // namespace liaison

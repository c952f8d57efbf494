#include "core/ingest/scraped_text.h"

#include <gtest/gtest.h>

#include "core/ingest/loader.h"
#include "tests/support/temp_dir.h"

namespace liaison {
namespace {

// Shaped like the pages the corpus is scraped from (a site builder's anchors, credit, masthead,
// "Updated" line, bullet list, social links), with text written for this test.
const std::string kScrapedPage =
    "top of page\n"
    "Image by A. Photographer\n\n\n"
    "Building Bridges for Development in\n"
    "the South Caucasus\n\n"
    "Group Welcomes the Liaison Recommendations\n\n"
    "Updated: Aug 9, 2022\n\n"
    "In April the Liaison Group published thirty confidence-building measures.\n\n"
    "The report names five areas:\n\n"
    "  \xE2\x80\xA2 Confidence-building in diplomacy\n\n"
    "  \xE2\x80\xA2 Confidence-building in education\n\n"
    "30 Measures by 2030\n\n"
    "The first measure is a peace conference.\n\n\n"
    "  \xE2\x80\xA2 Facebook\n"
    "  \xE2\x80\xA2 Twitter\n"
    "  \xE2\x80\xA2 YouTube\n"
    "bottom of page";

TEST(ScrapedText, DropsFurnitureAndMastheadAndTakesTitleAndDate) {
  const ScrapedPage page = clean_scraped_text(kScrapedPage);
  EXPECT_EQ(page.title, "Group Welcomes the Liaison Recommendations");
  EXPECT_EQ(page.date, "2022-08-09");
  const std::vector<std::string> dropped = {
      "top of page", "Image by A. Photographer", "\xE2\x80\xA2 Facebook", "\xE2\x80\xA2 Twitter", "\xE2\x80\xA2 YouTube",
      "bottom of page", "Updated: Aug 9, 2022", "Building Bridges for Development in", "the South Caucasus",
      "Group Welcomes the Liaison Recommendations"};
  EXPECT_EQ(page.dropped, dropped);
  EXPECT_EQ(page.body,
            "In April the Liaison Group published thirty confidence-building measures.\n\n"
            "The report names five areas:\n\n"
            "Confidence-building in diplomacy\n\nConfidence-building in education\n\n"
            "30 Measures by 2030\n\nThe first measure is a peace conference.");
}

TEST(ScrapedText, WorksInEveryLanguage) {
  struct Case {
    std::string text, title, date, first_body_line;
  };
  const Case cases[] = {
      {"наверх\n\nЗаявление о встрече в Брюсселе\n\nОпубликовано: 15 декабря 2021\n\nЛидеры встретились.\n\n• Поделиться\n",
       "Заявление о встрече в Брюсселе", "2021-12-15", "Лидеры встретились."},
      {"Brüsseldə görüş haqqında bəyanat\n\n09.08.2022\n\nLiderlər görüşdü.\n\nPaylaş\n", "Brüsseldə görüş haqqında bəyanat",
       "2022-08-09", "Liderlər görüşdü."},
      {"Հայտարարություն Բրյուսելի հանդիպման մասին\n\nՀրապարակվել է 9 օգոստոսի 2022\n\nՂեկավարները հանդիպեցին։\n\nԿիսվել\n",
       "Հայտարարություն Բրյուսելի հանդիպման մասին", "2022-08-09", "Ղեկավարները հանդիպեցին։"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.title);
    const ScrapedPage page = clean_scraped_text(c.text);
    EXPECT_EQ(page.title, c.title);
    EXPECT_EQ(page.date, c.date);
    EXPECT_EQ(page.body, c.first_body_line);
  }
}

TEST(ScrapedText, PrefersThePublicationDateAndLeavesDatesInSentences) {
  const ScrapedPage page = clean_scraped_text(
      "Title Line\n\nUpdated: 10 August 2022\nPublished: 9 August 2022\n\nThe ceasefire of 10 November 2020 holds.\n");
  EXPECT_EQ(page.date, "2022-08-09");
  EXPECT_EQ(page.body, "The ceasefire of 10 November 2020 holds.");
}

TEST(ScrapedText, WithoutAHeadingLineKeepsEveryParagraph) {
  const ScrapedPage page = clean_scraped_text("The leaders met in Brussels.\n\nThey agreed on demining.\n");
  EXPECT_EQ(page.title, "");
  EXPECT_EQ(page.body, "The leaders met in Brussels.\n\nThey agreed on demining.");
}

TEST(ScrapedText, TheLoaderUsesItForTextFilesWithoutFrontMatterOnly) {
  testing::TempDir dir;
  dir.write("scraped.txt", kScrapedPage);
  dir.write("scraped.md", kScrapedPage);
  dir.write("front.txt", "---\ntitle: Given\n---\ntop of page\n\nText.\n");
  const Document txt = load_document(dir.path() / "scraped.txt", dir.path());
  EXPECT_EQ(txt.title, "Group Welcomes the Liaison Recommendations");
  EXPECT_EQ(txt.date, "2022-08-09");
  ASSERT_EQ(txt.passages.size(), 6u);
  EXPECT_EQ(txt.passages[0].text, "In April the Liaison Group published thirty confidence-building measures.");
  EXPECT_EQ(load_document(dir.path() / "scraped.md", dir.path()).title, "top of page");
  EXPECT_EQ(load_document(dir.path() / "front.txt", dir.path()).passages[0].text, "top of page")
      << "a file with front matter is the writer's own text: nothing is dropped";
}

}  // namespace
}  // namespace liaison

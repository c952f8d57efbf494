#include "core/ingest/jsonl_loader.h"

#include <gtest/gtest.h>

#include "core/error.h"

namespace liaison {
namespace {

const std::string kBulk =
    "{\"id\": \"brussels-2021\", \"title\": \"Brussels\", \"date\": \"2021-12-14\", \"lang\": \"en\", \"kind\": \"statement\", "
    "\"areas\": [\"diplomacy\", \"economy\"], \"body\": \"The leaders met.\\n\\nThey agreed on demining.\"}\n"   // 1
    "{\"lang\": \"ru\", \"body\": \"Лидеры встретились в Брюсселе.\"}\n"                                        // 2
    "this is not json\n"                                                                                         // 3
    "\n"                                                                                                         // 4: blank, skipped
    "[1, 2, 3]\n"                                                                                                // 5
    "{\"title\": \"No body\"}\n"                                                                                 // 6
    "{\"date\": \"2021-02-30\", \"body\": \"Bad date.\"}\n"                                                      // 7
    "{\"id\": \"brussels-2021\", \"body\": \"Same id again.\"}\n"                                                // 8
    "{\"title\": 42, \"body\": \"Number title.\"}\n"                                                             // 9
    "{\"body\": \"Bad \xff byte.\"}\n"                                                                           // 10
    "{\"lang\": \"hy\", \"measures\": \"M03, M21\", \"body\": \"Ղեկավարները հանդիպեցին։\"}\r\n"                  // 11
    "{\"lang\": \"az\", \"body\": \"   \"}\n"                                                                    // 12
    "{\"lang\": \"az\", \"title\": \"Görüş\", \"body\": \"Liderlər görüşdü.\", \"extra\": {\"ignored\": true}}"; // 13

TEST(JsonlLoader, IndexesGoodLinesAndReportsEachBadLineWithItsNumber) {
  const LoadedFile loaded = parse_jsonl_file(kBulk, "bulk/statements.jsonl");
  std::vector<std::string> ids;
  for (const Document& doc : loaded.documents) ids.push_back(doc.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"brussels-2021", "bulk-statements-2", "bulk-statements-11", "bulk-statements-13"}));

  struct Expected {
    std::size_t line;
    std::string reason;
  };
  const Expected failures[] = {
      {3, "not valid JSON"}, {5, "not a JSON object"}, {6, "no \"body\" string"}, {7, "bad date '2021-02-30'"},
      {8, "duplicate id 'brussels-2021' (first on line 1)"}, {9, "field 'title' is not a string"},
      {10, "invalid UTF-8 at byte 15 of the line"}, {12, "empty document"},
  };
  ASSERT_EQ(loaded.failures.size(), std::size(failures));
  for (std::size_t i = 0; i < loaded.failures.size(); ++i) {
    SCOPED_TRACE(failures[i].reason);
    EXPECT_EQ(loaded.failures[i].path(), "bulk/statements.jsonl");
    EXPECT_EQ(loaded.failures[i].line(), failures[i].line);
    EXPECT_NE(loaded.failures[i].reason().find(failures[i].reason), std::string::npos) << loaded.failures[i].reason();
    EXPECT_EQ(std::string(loaded.failures[i].what()).rfind("bulk/statements.jsonl:" + std::to_string(failures[i].line) + ": ", 0), 0u);
  }
}

TEST(JsonlLoader, FillsTheFrontMatterFieldsOfEachLine) {
  const LoadedFile loaded = parse_jsonl_file(kBulk, "bulk/statements.jsonl");
  ASSERT_EQ(loaded.documents.size(), 4u);
  const Document& en = loaded.documents[0];
  EXPECT_EQ(en.title, "Brussels");
  EXPECT_EQ(en.date, "2021-12-14");
  EXPECT_EQ(en.kind, "statement");
  EXPECT_EQ(en.line, 1u);
  EXPECT_EQ(en.path, "bulk/statements.jsonl");
  EXPECT_EQ(en.manual_areas, (std::vector<std::string>{"diplomacy", "economy"}));
  ASSERT_EQ(en.passages.size(), 2u);
  EXPECT_EQ(en.passages[1].text, "They agreed on demining.");

  const Document& ru = loaded.documents[1];
  EXPECT_EQ(ru.title, "Лидеры встретились в Брюсселе.") << "no title: the body's first line";
  EXPECT_EQ(ru.passages.at(0).language, Language::Russian);
  const Document& hy = loaded.documents[2];
  EXPECT_EQ(hy.manual_measures, (std::vector<std::string>{"M03", "M21"}));
  EXPECT_EQ(hy.passages.at(0).language, Language::Armenian);
  const Document& az = loaded.documents[3];
  EXPECT_EQ(az.title, "Görüş");
  EXPECT_EQ(az.passages.at(0).language, Language::Azerbaijani);
}

TEST(JsonlLoader, RefusesAFileWithoutAnyLine) {
  EXPECT_THROW(parse_jsonl_file("\n  \n", "empty.jsonl"), IngestError);
  const LoadedFile all_bad = parse_jsonl_file("nope\n{}\n", "bad.jsonl");
  EXPECT_TRUE(all_bad.documents.empty());
  EXPECT_EQ(all_bad.failures.size(), 2u);
}

}  // namespace
}  // namespace liaison

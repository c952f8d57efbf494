#include "core/index/passage_data.h"

#include <gtest/gtest.h>

#include "core/error.h"

namespace liaison {
namespace {

Document sample_document() {
  Document doc;
  doc.id = "hy-2023-statement";
  doc.title = "Հայտարարություն խաղաղության մասին";
  doc.date = "2023-10-05";
  doc.kind = "statement";
  doc.source = "Ministry of Foreign Affairs";
  doc.url = "https://example.org/a?b=1&c=\"2\"";
  doc.origin = "written for the tests";
  doc.path = "hy/statement.md";
  doc.declared_language = Language::Armenian;
  doc.areas = {Tag{.id = "diplomacy", .score = 0.75, .manual = false, .evidence = {"խաղաղություն", "peace treaty"}}};
  doc.measures = {Tag{.id = "M03", .score = 1.0, .manual = true, .evidence = {}}};
  return doc;
}

Passage sample_passage() {
  Passage passage;
  passage.n = 300000;
  passage.page = 17;
  passage.text = "Qarabağ — Карабах — Ղարաբաղ\n<script>alert(1)</script>";
  passage.language = Language::Azerbaijani;
  passage.areas = {Tag{.id = "economy", .score = 1e-9, .manual = false, .evidence = {"dəmir yolu"}},
                   Tag{.id = "communities", .score = -0.0, .manual = true, .evidence = {"", "x"}}};
  return passage;
}

void expect_same_tags(const std::vector<Tag>& got, const std::vector<Tag>& want) {
  ASSERT_EQ(got.size(), want.size());
  for (std::size_t i = 0; i < got.size(); ++i) {
    SCOPED_TRACE(want[i].id);
    EXPECT_EQ(got[i].id, want[i].id);
    EXPECT_EQ(got[i].score, want[i].score);
    EXPECT_EQ(got[i].manual, want[i].manual);
    EXPECT_EQ(got[i].evidence, want[i].evidence);
  }
}

TEST(PassageData, RoundTripsEveryFieldInFourScripts) {
  const Document doc = sample_document();
  const Passage passage = sample_passage();
  const PassageData data = decode_passage_data(encode_passage_data(doc, passage));
  EXPECT_EQ(data.document.id, doc.id);
  EXPECT_EQ(data.document.title, doc.title);
  EXPECT_EQ(data.document.date, doc.date);
  EXPECT_EQ(data.document.kind, doc.kind);
  EXPECT_EQ(data.document.source, doc.source);
  EXPECT_EQ(data.document.url, doc.url);
  EXPECT_EQ(data.document.origin, doc.origin);
  EXPECT_EQ(data.document.path, doc.path);
  EXPECT_EQ(data.document.declared_language, Language::Armenian);
  EXPECT_EQ(data.passage.n, 300000u);
  EXPECT_EQ(data.passage.page, 17u);
  EXPECT_EQ(data.passage.text, passage.text);
  EXPECT_EQ(data.passage.language, Language::Azerbaijani);
  expect_same_tags(data.passage.areas, passage.areas);
  expect_same_tags(data.passage.measures, passage.measures);
  expect_same_tags(data.document.areas, doc.areas);
  expect_same_tags(data.document.measures, doc.measures);
}

TEST(PassageData, RoundTripsEmptyFields) {
  const PassageData data = decode_passage_data(encode_passage_data(Document{}, Passage{}));
  EXPECT_EQ(data.document.id, "");
  EXPECT_EQ(data.passage.text, "");
  EXPECT_EQ(data.passage.language, Language::Unknown);
  EXPECT_TRUE(data.document.areas.empty());
}

TEST(PassageData, RefusesEveryTruncationWithIndexError) {
  const std::string data = encode_passage_data(sample_document(), sample_passage());
  for (std::size_t size = 0; size < data.size(); ++size) {
    SCOPED_TRACE(size);
    EXPECT_THROW(decode_passage_data(std::string_view(data).substr(0, size)), IndexError);
  }
}

TEST(PassageData, RefusesTrailingBytes) {
  EXPECT_THROW(decode_passage_data(encode_passage_data(sample_document(), sample_passage()) + "x"), IndexError);
}

TEST(PassageData, RefusesDataOfTheOldJsonFormatAskingForAReindex) {
  try {
    decode_passage_data(R"({"doc":"a","n":1,"text":"peace"})");
    FAIL() << "decoded JSON data";
  } catch (const IndexError& e) {
    EXPECT_NE(std::string(e.what()).find("re-index"), std::string::npos) << e.what();
  }
}

TEST(PassageData, RefusesACountLargerThanTheRecord) {
  std::string data = encode_passage_data(Document{}, Passage{});
  data.back() = '\x7f';  // the last tag count now claims 127 tags in 0 bytes
  EXPECT_THROW(decode_passage_data(data), IndexError);
}

}  // namespace
}  // namespace liaison

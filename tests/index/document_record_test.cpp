// The document layout's data record (core/index/document_record.h): a whole document with its
// passages in four languages (and a speaker) round-trips; other bytes are refused; positions map to passages.
#include <gtest/gtest.h>

#include "core/error.h"
#include "core/index/document_record.h"

namespace liaison {
namespace {

Tag tag(std::string id, double score, bool manual = false) {
  return Tag{.id = std::move(id), .score = score, .manual = manual, .evidence = {"demining", "разминирование"}};
}

DocumentRecord sample_record() {
  DocumentRecord record;
  Document& doc = record.document;
  doc.id = "trilateral-statement-2020-11";
  doc.title = "Трёхстороннее заявление";
  doc.date = "2020-11-10";
  doc.kind = "statement";
  doc.source = "Liaison editors (summary of the statement)";
  doc.url = "https://example.org/statement";
  doc.origin = "editorial";
  doc.path = "ru/trekhstoronnee-zayavlenie-2020-11.md";
  doc.version_set = "trilateral-statement-2020-11";
  doc.translation_of = "en-ceasefire-statement-2020-11";
  doc.declared_language = Language::Russian;
  doc.areas = {tag("diplomacy", 3.5), tag("public-space", 1.0, true)};
  doc.measures = {tag("M02", 2.0)};
  const std::pair<Language, const char*> texts[] = {
      {Language::English, "The parties agreed on a ceasefire."},
      {Language::Armenian, "Կողմերը համաձայնեցին հրադադարի շուրջ։"},
      {Language::Azerbaijani, "Tərəflər atəşkəs barədə razılaşdılar."},
      {Language::Russian, "Стороны договорились о прекращении огня."},
  };
  std::uint32_t n = 0;
  for (const auto& [language, text] : texts) {
    doc.passages.push_back({.n = ++n, .text = text, .language = language, .page = n == 2 ? 7u : 0u,
                            .areas = {tag("diplomacy", 1.5)}, .measures = n == 4 ? std::vector<Tag>{tag("M03", 1.0)} : std::vector<Tag>{}});
  }
  doc.passages[3].speakers = {{.id = "nikol-pashinyan", .name = "Никол Пашинян", .names = {}}};
  record.firsts = {0, 70, 140, 210};
  return record;
}

TEST(DocumentRecord, ADocumentWithPassagesInFourLanguagesRoundTrips) {
  const DocumentRecord record = sample_record();
  const DocumentRecord read = decode_document_record(encode_document_record(record));
  EXPECT_EQ(read.firsts, record.firsts);
  const Document& a = record.document;
  const Document& b = read.document;
  EXPECT_EQ(b.id, a.id);
  EXPECT_EQ(b.title, a.title);
  EXPECT_EQ(b.date, a.date);
  EXPECT_EQ(b.kind, a.kind);
  EXPECT_EQ(b.source, a.source);
  EXPECT_EQ(b.url, a.url);
  EXPECT_EQ(b.origin, a.origin);
  EXPECT_EQ(b.path, a.path);
  EXPECT_EQ(b.version_set, a.version_set);
  EXPECT_EQ(b.translation_of, a.translation_of);
  EXPECT_EQ(b.declared_language, a.declared_language);
  ASSERT_EQ(b.areas.size(), 2u);
  EXPECT_EQ(b.areas[1].id, "public-space");
  EXPECT_TRUE(b.areas[1].manual);
  EXPECT_DOUBLE_EQ(b.areas[0].score, 3.5);
  EXPECT_EQ(b.areas[0].evidence, a.areas[0].evidence);
  ASSERT_EQ(b.passages.size(), a.passages.size());
  for (std::size_t i = 0; i < a.passages.size(); ++i) {
    SCOPED_TRACE(i);
    EXPECT_EQ(b.passages[i].n, a.passages[i].n);
    EXPECT_EQ(b.passages[i].page, a.passages[i].page);
    EXPECT_EQ(b.passages[i].text, a.passages[i].text);
    EXPECT_EQ(b.passages[i].language, a.passages[i].language);
    EXPECT_EQ(b.passages[i].areas.size(), a.passages[i].areas.size());
    EXPECT_EQ(b.passages[i].measures.size(), a.passages[i].measures.size());
    EXPECT_EQ(b.passages[i].speakers, a.passages[i].speakers);
  }
}

TEST(DocumentRecord, OtherBytesAreRefusedWithAnIndexError) {
  const std::string data = encode_document_record(sample_record());
  EXPECT_THROW(decode_document_record(data.substr(0, data.size() - 3)), IndexError);  // truncated
  EXPECT_THROW(decode_document_record(data + "x"), IndexError);                       // trailing bytes
  EXPECT_THROW(decode_document_record(""), IndexError);
  std::string other_format = data;
  other_format[0] = '\x02';  // the first byte names the format (2 was schema 7's passage record)
  EXPECT_THROW(decode_document_record(other_format), IndexError);
}

TEST(DocumentRecord, OneFirstPositionPerPassageIsRequired) {
  DocumentRecord record = sample_record();
  record.firsts.pop_back();
  EXPECT_THROW(encode_document_record(record), std::invalid_argument);
}

TEST(DocumentRecord, APositionFallsInThePassageThatStartsAtOrBeforeIt) {
  const std::vector<Xapian::termpos> firsts = {0, 70, 140, 210};
  const std::pair<Xapian::termpos, std::size_t> cases[] = {{0, 0}, {1, 0}, {69, 0}, {70, 1}, {139, 1},
                                                           {140, 2}, {211, 3}, {100000, 3}};
  for (const auto& [position, passage] : cases) EXPECT_EQ(passage_at(firsts, position), passage) << position;
  EXPECT_EQ(passage_at({5, 80}, 1), 0u);  // before the first passage's first word
}

}  // namespace
}  // namespace liaison

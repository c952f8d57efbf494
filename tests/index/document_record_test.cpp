// The document layout's data record (core/index/document_record.h): a whole document with its
// passages in four languages (and a speaker) round-trips; other bytes are refused; positions map to passages.
#include <gtest/gtest.h>

#include "core/error.h"
#include "core/index/document_record.h"
#include "core/text/anchor.h"

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
  const EncodedRecord encoded = encode_document_record(record);
  const DocumentRecord read = decode_document_record(encoded.head, encoded.texts);
  EXPECT_TRUE(read.has_texts);
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
    EXPECT_EQ(read.anchors[i], passage_anchor(a.passages[i].text));
  }
}

// A hit reads the head alone: everything but the passages' text, which comes when asked for.
TEST(DocumentRecord, TheHeadHoldsAllButTheTextsWhichFollowOnDemand) {
  const DocumentRecord record = sample_record();
  const EncodedRecord encoded = encode_document_record(record);
  DocumentRecord head = decode_record_head(encoded.head);
  EXPECT_FALSE(head.has_texts);
  EXPECT_EQ(head.document.title, record.document.title);
  EXPECT_EQ(head.firsts, record.firsts);
  ASSERT_EQ(head.document.passages.size(), 4u);
  EXPECT_EQ(head.document.passages[1].page, 7u);
  EXPECT_EQ(head.document.passages[3].speakers, record.document.passages[3].speakers);
  EXPECT_EQ(head.anchors[2], passage_anchor("Tərəflər atəşkəs barədə razılaşdılar."));
  for (const Passage& passage : head.document.passages) EXPECT_TRUE(passage.text.empty());
  EXPECT_EQ(encoded.head.find("Стороны договорились"), std::string::npos);  // no text in the head
  decode_record_texts(encoded.texts, head);
  EXPECT_TRUE(head.has_texts);
  EXPECT_EQ(head.document.passages[1].text, record.document.passages[1].text);
}

TEST(DocumentRecord, OtherBytesAreRefusedWithAnIndexError) {
  const EncodedRecord encoded = encode_document_record(sample_record());
  const std::string& head = encoded.head;
  const std::string& texts = encoded.texts;
  EXPECT_THROW(decode_document_record(head.substr(0, head.size() - 3), texts), IndexError);  // truncated
  EXPECT_THROW(decode_document_record(head, texts.substr(0, texts.size() - 3)), IndexError);
  EXPECT_THROW(decode_document_record(head + "x", texts), IndexError);  // trailing bytes
  EXPECT_THROW(decode_document_record(head, texts + "x"), IndexError);
  EXPECT_THROW(decode_document_record("", texts), IndexError);
  EXPECT_THROW(decode_document_record(head, ""), IndexError);
  std::string other_format = head;
  other_format[0] = '\x03';  // the first byte names the format (3 was schema 9's one record)
  EXPECT_THROW(decode_document_record(other_format, texts), IndexError);
  DocumentRecord shorter = sample_record();
  shorter.document.passages.pop_back();
  shorter.firsts.pop_back();
  EXPECT_THROW(decode_document_record(head, encode_document_record(shorter).texts), IndexError);  // another's texts
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

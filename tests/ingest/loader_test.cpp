#include "core/ingest/loader.h"

#include <gtest/gtest.h>

#include "core/error.h"
#include "tests/support/temp_dir.h"

namespace liaison {
namespace {

using testing::TempDir;

/// The IngestError that loading `relative` in `dir` throws; fails the test when there is none.
IngestError load_error(const TempDir& dir, const std::string& relative, const LoadOptions& options = {}) {
  try {
    load_document(dir.path() / relative, dir.path(), options);
  } catch (const IngestError& e) {
    return e;
  }
  ADD_FAILURE() << relative << " loaded without error";
  return IngestError(relative, 0, "");
}

TEST(Loader, LoadsFileTypesCaseInsensitively) {
  EXPECT_TRUE(is_loadable("a/b.md"));
  EXPECT_TRUE(is_loadable("b.TXT"));
  EXPECT_TRUE(is_loadable("b.Md"));
  for (const char* name : {"p.html", "p.HTM", "r.pdf", "bulk.jsonl", "R.PDF"}) EXPECT_TRUE(is_loadable(name)) << name;
  for (const char* name : {"b.json", "b.docx", "README", "b.xml", "b.md.bak"}) EXPECT_FALSE(is_loadable(name)) << name;
}

TEST(Loader, LoadsFrontMatterFields) {
  TempDir dir;
  dir.write("en/Brussels 2021.md",
            "---\ntitle: Brussels meeting\ndate: 2021-12-14\nlang: en\nsource: Liaison Group\nkind: Statement\n"
            "url: https://example.org/b\norigin: written for the tests\nareas: diplomacy, economy\nmeasures: M03\n---\n"
            "The leaders met in Brussels.\n\nThey agreed on demining.\n");
  const Document doc = load_document(dir.path() / "en/Brussels 2021.md", dir.path());
  EXPECT_EQ(doc.id, "en-brussels-2021");
  EXPECT_EQ(doc.path, "en/Brussels 2021.md");
  EXPECT_EQ(doc.title, "Brussels meeting");
  EXPECT_EQ(doc.date, "2021-12-14");
  EXPECT_EQ(doc.kind, "statement");
  EXPECT_EQ(doc.source, "Liaison Group");
  EXPECT_EQ(doc.url, "https://example.org/b");
  EXPECT_EQ(doc.origin, "written for the tests");
  EXPECT_EQ(doc.declared_language, Language::English);
  ASSERT_EQ(doc.passages.size(), 2u);
  EXPECT_EQ(doc.passages[1].text, "They agreed on demining.");
  EXPECT_EQ(doc.passages[1].n, 2u);
  EXPECT_EQ(doc.manual_areas, (std::vector<std::string>{"diplomacy", "economy"}));
  EXPECT_EQ(doc.manual_measures, std::vector<std::string>{"M03"});
  // Tagging, manual tags included, is the writer's (tests/index/writer_test.cpp).
  EXPECT_TRUE(doc.areas.empty());
  EXPECT_TRUE(doc.measures.empty());
}

TEST(Loader, ExplicitIdWinsOverPath) {
  TempDir dir;
  dir.write("ru/x.md", "---\nid: Sochi_2021-11-26\nlang: ru\n---\nСочинское заявление.\n");
  EXPECT_EQ(load_document(dir.path() / "ru/x.md", dir.path()).id, "Sochi_2021-11-26");
}

TEST(Loader, FileWithoutFrontMatterTakesTitleFromFirstLine) {
  TempDir dir;
  dir.write("hy/Hayastan.txt", "\n# Հայտարարություն\n\nԵրևանում կայացավ հանդիպում։\n");
  const Document doc = load_document(dir.path() / "hy/Hayastan.txt", dir.path());
  EXPECT_EQ(doc.id, "hy-hayastan");
  EXPECT_EQ(doc.title, "Հայտարարություն");
  ASSERT_EQ(doc.passages.size(), 1u);
  EXPECT_EQ(doc.passages[0].text, "Երևանում կայացավ հանդիպում։");
  EXPECT_EQ(doc.passages[0].language, Language::Armenian);
}

TEST(Loader, MissingTitleIsFirstBodyLineShortened) {
  TempDir dir;
  std::string long_line;
  for (int i = 0; i < 60; ++i) long_line += "Azərbaycan ";
  dir.write("az/a.md", "---\nlang: az\n---\n\n  ## " + long_line + "\n\nİkinci abzas.\n");
  const Document doc = load_document(dir.path() / "az/a.md", dir.path());
  EXPECT_LE(doc.title.size(), 2 * 200u);
  EXPECT_TRUE(doc.title.starts_with("Azərbaycan Azərbaycan"));
  EXPECT_EQ(doc.title.back(), 'n');  // cut between words
  ASSERT_EQ(doc.passages.size(), 2u);
  EXPECT_EQ(doc.passages[1].text, "İkinci abzas.");
}

TEST(Loader, MarkdownHeadingsLoseTheirHashesAndStandAlone) {
  TempDir dir;
  dir.write("en/h.md", "---\ntitle: T\n---\n## Agreed steps ##\nRail links.\n#hashtag stays\n");
  const Document doc = load_document(dir.path() / "en/h.md", dir.path());
  ASSERT_EQ(doc.passages.size(), 2u);
  EXPECT_EQ(doc.passages[0].text, "Agreed steps");
  EXPECT_EQ(doc.passages[1].text, "Rail links. #hashtag stays");
}

TEST(Loader, RejectsBadDocumentsNamingPathLineAndReason) {
  struct Case {
    std::string name;
    std::string content;
    std::size_t line;
    std::string reason_part;
  };
  const Case cases[] = {
      {"en/unclosed.md", "---\ntitle: x\nBody", 1, "never closed"},
      {"en/colon.md", "---\ntitle x\n---\nBody", 2, "not 'key: value'"},
      {"en/date.md", "---\ntitle: x\ndate: 2021-02-30\n---\nBody", 3, "bad date '2021-02-30'"},
      {"en/year.md", "---\ndate: 1850\n---\nBody", 2, "bad date '1850'"},
      {"en/kind.md", "---\nkind: memo\n---\nBody", 2, "unknown kind 'memo'"},
      {"en/lang.md", "---\nlang: tr\n---\nBody", 2, "unknown lang 'tr'"},
      {"en/id.md", "---\nid: a b\n---\nBody", 2, "bad id 'a b'"},
      {"ru/utf8.md", "---\ntitle: x\n---\nПервая строка\nвторая \xD0 строка\n", 5, "invalid UTF-8 at byte 56"},
      {"hy/binary.txt", std::string("Text\nmore\x00\x01\x02", 12), 2, "binary file"},
      {"az/empty.md", "---\ntitle: Boş\n---\n\n  \n-- ... --\n", 0, "empty document"},
      {"az/only-title.txt", "Yalnız başlıq\n", 0, "empty document"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    TempDir dir;
    dir.write(c.name, c.content);
    const IngestError e = load_error(dir, c.name);
    EXPECT_EQ(e.path(), c.name);
    EXPECT_EQ(e.line(), c.line);
    EXPECT_NE(e.reason().find(c.reason_part), std::string::npos) << e.reason();
    EXPECT_NE(std::string(e.what()).find(c.name), std::string::npos) << e.what();
  }
}

TEST(Loader, RefusesOversizeFileWithoutReadingIt) {
  TempDir dir;
  const auto small = dir.write("en/small.md", "---\ntitle: Small\n---\n" + std::string(100, 'x'));
  const IngestError e = load_error(dir, "en/small.md", LoadOptions{.max_file_bytes = 64});
  EXPECT_EQ(e.path(), "en/small.md");
  EXPECT_NE(e.reason().find("file too large: 121 bytes (limit 64, --max-file-mb"), std::string::npos) << e.reason();
  EXPECT_NO_THROW(load_document(small, dir.path(), LoadOptions{.max_file_bytes = 121}));

  // A sparse 64 GiB file: reading it would exhaust memory, so only the size may be looked at.
  const auto huge = dir.write("en/huge.txt", "x");
  std::filesystem::resize_file(huge, 64ull << 30);
  const IngestError huge_error = load_error(dir, "en/huge.txt", LoadOptions{.max_file_bytes = 1 << 20});
  EXPECT_NE(huge_error.reason().find("file too large"), std::string::npos) << huge_error.reason();
}

TEST(Loader, AcceptsByteOrderMarkAndCrlfFiles) {
  TempDir dir;
  dir.write("ru/crlf.md", "\xEF\xBB\xBF---\r\ntitle: Заявление\r\nlang: ru\r\n---\r\nПервый абзац,\r\nпродолжение.\r\n\r\nВторой абзац.\r\n");
  const Document doc = load_document(dir.path() / "ru/crlf.md", dir.path());
  EXPECT_EQ(doc.title, "Заявление");
  ASSERT_EQ(doc.passages.size(), 2u);
  EXPECT_EQ(doc.passages[0].text, "Первый абзац, продолжение.");
  EXPECT_EQ(doc.passages[1].text, "Второй абзац.");
}

}  // namespace
}  // namespace liaison

namespace liaison {
namespace {

TEST(Loader, EveryFormatRefusesASparse2GiBFileWithoutReadingIt) {
  TempDir dir;
  for (const char* name : {"big.md", "big.txt", "big.html", "big.pdf", "big.jsonl"}) {
    SCOPED_TRACE(name);
    const auto file = dir.write(name, "x");
    std::filesystem::resize_file(file, 2ull << 30);  // a hole: no disk space, and no memory if never read
    const IngestError e = load_error(dir, name);
    EXPECT_EQ(e.reason(), "file too large: 2147483648 bytes (limit 67108864, --max-file-mb; indexing takes about 8× a "
                          "file's size in memory)");
  }
}

TEST(Loader, InvalidUtf8IsRefusedInTextFilesRepairedInHtmlAndRefusedPerLineInBulkFiles) {
  TempDir dir;
  const std::string bad = "Demining \xC3\x28 began.\n";
  dir.write("ru/plain.txt", "Заявление\n\n" + bad);
  dir.write("en/page.html", "<p>" + bad + "</p>");
  dir.write("az/bulk.jsonl", "{\"body\": \"" + std::string("Demining \xC3\x28 began.") + "\"}\n{\"body\": \"Yaxşı sətir.\"}\n");

  EXPECT_NE(load_error(dir, "ru/plain.txt").reason().find("invalid UTF-8 at byte"), std::string::npos);

  const LoadedFile html = load_file(dir.path() / "en/page.html", dir.path());
  ASSERT_EQ(html.notes.size(), 1u);
  EXPECT_NE(html.notes[0].find("en/page.html:1: invalid UTF-8 replaced by U+FFFD"), std::string::npos) << html.notes[0];
  EXPECT_EQ(html.documents.at(0).passages.at(0).text, "Demining \xEF\xBF\xBD( began.");

  const LoadedFile bulk = load_file(dir.path() / "az/bulk.jsonl", dir.path());
  ASSERT_EQ(bulk.failures.size(), 1u);
  EXPECT_EQ(bulk.failures[0].line(), 1u);
  ASSERT_EQ(bulk.documents.size(), 1u);
  EXPECT_EQ(bulk.documents[0].id, "az-bulk-2");
}

TEST(Loader, ParseDocumentWantsExactlyOneDocument) {
  EXPECT_THROW(parse_document("{\"body\": \"One.\"}\n{\"body\": \"Two.\"}\n", "two.jsonl"), IngestError);
  EXPECT_EQ(parse_document("{\"body\": \"One.\"}\n", "one.jsonl").id, "one-1");
  EXPECT_THROW(parse_document("text", "notes.docx"), IngestError);
}

}  // namespace
}  // namespace liaison

#include "core/index/writer.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include "core/analysis/analyzer.h"
#include "core/error.h"
#include "core/index/document_record.h"
#include "core/index/reader.h"
#include "core/index/schema.h"
#include "core/index/variant_dictionary.h"
#include "core/tagging/tagger.h"
#include "tests/support/temp_dir.h"

namespace liaison {
namespace {

using testing::TempDir;
namespace sc = schema;

/// A corpus folder and an index folder, each in its own TempDir.
struct Workspace {
  TempDir corpus;
  TempDir index;
  Analyzer analyzer;

  std::filesystem::path db() const { return index.path() / "db"; }
  BuildReport build(BuildOptions options = {}) const { return build_index(corpus.path(), db(), analyzer, options); }
};

Xapian::doccount termfreq(const Xapian::Database& db, const std::string& term) { return db.get_termfreq(term); }

/// The Xapian document of document `id`.
Xapian::Document document_of(const Xapian::Database& db, const std::string& id) {
  const std::string q = sc::term(sc::kPassageIdPrefix, id);
  auto it = db.postlist_begin(q);
  if (it == db.postlist_end(q)) throw std::runtime_error("no document " + q);
  return db.get_document(*it);
}

bool has_term(const Xapian::Document& doc, const std::string& term) {
  auto it = doc.termlist_begin();
  it.skip_to(term);
  return it != doc.termlist_end() && *it == term;
}

TEST(Writer, WritesExactFoldAndStemTermsInEveryLanguage) {
  Workspace ws;
  ws.corpus.write("az/qarabag.md", "---\nlang: az\ntitle: Qarabağ\n---\nQarabağ və Bakı haqqında danışıqlar.\n");
  ws.corpus.write("hy/yerevan.md", "---\nlang: hy\n---\nԵրևան և Երեւան\n");
  ws.corpus.write("ru/razminirovanie.md", "---\nlang: ru\n---\nРазминирование ещё продолжается.\n");
  ws.corpus.write("en/ceasefire.md", "---\nlang: en\ntitle: Ceasefire statements\n---\nThe ceasefire agreements held.\n");
  const BuildReport report = ws.build();
  ASSERT_EQ(report.failed, 0u) << report.failures[0].reason;
  EXPECT_EQ(report.added, 4u);

  const Xapian::Database db(ws.db().string());
  // az: the exact term, positional; its diacritic-free fold is in the fold dictionary, once per
  // word (schema::fold_entry), not posted beside each occurrence.
  const Xapian::Document az = document_of(db, "az-qarabag");
  EXPECT_TRUE(has_term(az, "qarabağ"));
  EXPECT_TRUE(db.positionlist_begin(az.get_docid(), "qarabağ") != db.positionlist_end(az.get_docid(), "qarabağ"));
  EXPECT_EQ(fold_words(db, "qarabag"), std::vector<std::string>{"qarabağ"});
  EXPECT_EQ(fold_words(db, "baki"), std::vector<std::string>{"bakı"});
  EXPECT_TRUE(has_fold_words(db, "haqqinda"));
  EXPECT_EQ(termfreq(db, "XFqarabag"), 0u);
  EXPECT_TRUE(has_term(az, "Sqarabağ"));
  // A word with no diacritics has no entry: its fold is itself.
  EXPECT_TRUE(has_term(az, "və"));
  EXPECT_FALSE(has_fold_words(db, "ceasefire"));

  // hy: և and եւ give one term, twice in the passage.
  const std::string yerevan = ws.analyzer.analyze("Երևան", Language::Armenian).at(0).term;
  EXPECT_EQ(ws.analyzer.analyze("Երեւան", Language::Armenian).at(0).term, yerevan);
  const Xapian::Document hy = document_of(db, "hy-yerevan");
  auto hy_term = hy.termlist_begin();
  hy_term.skip_to(yerevan);
  ASSERT_EQ(*hy_term, yerevan);
  EXPECT_EQ(hy_term.get_wdf(), 2u);
  EXPECT_TRUE(has_term(hy, "Lhy"));

  // ru: ё folds to е in the exact term; the stem is wdf-only.
  const Xapian::Document ru = document_of(db, "ru-razminirovanie");
  for (const Token& token : ws.analyzer.analyze("Разминирование ещё", Language::Russian)) {
    SCOPED_TRACE(token.text);
    EXPECT_TRUE(has_term(ru, token.term));
    EXPECT_TRUE(has_term(ru, "Z" + token.stem));
    EXPECT_EQ(db.positionlist_begin(ru.get_docid(), "Z" + token.stem), db.positionlist_end(ru.get_docid(), "Z" + token.stem));
  }
  EXPECT_TRUE(has_term(ru, "еще"));

  // en: stems for body and title.
  const Xapian::Document en = document_of(db, "en-ceasefire");
  EXPECT_TRUE(has_term(en, "Z" + ws.analyzer.stem("agreements", Language::English)));
  EXPECT_TRUE(has_term(en, "ZS" + ws.analyzer.stem("statements", Language::English)));
  EXPECT_TRUE(has_term(en, "Sstatements"));
  EXPECT_TRUE(has_term(en, "the"));  // stop words are indexed: phrases need them
}

TEST(Writer, DocumentLanguageIsThatOfMostPassagesWhenNoneIsDeclared) {
  Workspace ws;
  ws.corpus.write("ru/undeclared.md",
                  "---\nid: undeclared\ntitle: Заявление\n---\n"
                  "Стороны договорились продолжить переговоры о границе.\n\n"
                  "Министры встретились в Алматы.\n\nIn short: the talks go on.\n");
  ASSERT_EQ(ws.build().added, 1u);
  const Xapian::Database db(ws.db().string());
  EXPECT_EQ(document_of(db, "undeclared").get_value(sc::DocLang), "ru");
  EXPECT_TRUE(has_term(document_of(db, "undeclared"), "Len"));
}

TEST(Writer, WritesBooleanTermsValuesAndData) {
  Workspace ws;
  ws.corpus.write("en/brussels.md",
                  "---\nid: brussels-2021\ntitle: Brussels\ndate: 2021-12\nlang: en\nkind: statement\n"
                  "source: Liaison Group\nareas: diplomacy, economy\nmeasures: M03\n---\n"
                  "First paragraph on demining.\n\nSecond paragraph, in Russian: Разминирование.\n\nՀայաստան\n");
  ASSERT_EQ(ws.build().added, 1u);
  const Xapian::Database db(ws.db().string());
  EXPECT_EQ(db.get_doccount(), 1u);
  const Xapian::Document p1 = document_of(db, "brussels-2021");
  for (const char* term : {"Qbrussels-2021", "XDbrussels-2021", "Len", "Kstatement", "XSliaison group",
                           "Y2021", "XBdiplomacy", "XBeconomy", "XNM03"}) {
    SCOPED_TRACE(term);
    EXPECT_TRUE(has_term(p1, term));
  }
  EXPECT_FALSE(has_term(p1, "XAdiplomacy"));  // passage tags: none were found or set
  EXPECT_EQ(p1.get_value(sc::DocId), "brussels-2021");
  EXPECT_EQ(p1.get_value(sc::Date), "20211200");
  const std::string sep(1, sc::kFacetKeySeparator);
  EXPECT_EQ(p1.get_value(sc::FacetKey),
            "brussels-2021" + sep + "en\nhy" + sep + "statement" + sep + "Liaison Group" + sep + "2021" + sep +
                "diplomacy\neconomy" + sep + "M03" + sep + "brussels-2021" + sep + "en" + sep);  // its own set; no speakers
  EXPECT_EQ(p1.get_value(sc::DocLang), "en");  // declared; the Armenian passage does not change it
  EXPECT_EQ(p1.get_value(sc::Passages), Xapian::sortable_serialise(3));
  EXPECT_TRUE(has_term(p1, "Lhy"));  // a passage's language, posted once for the document

  const DocumentRecord record = read_record(p1);
  const Document& data = record.document;
  EXPECT_EQ(data.id, "brussels-2021");
  EXPECT_EQ(data.path, "en/brussels.md");
  ASSERT_EQ(data.passages.size(), 3u);
  EXPECT_EQ(data.passages[0].text, "First paragraph on demining.");
  ASSERT_EQ(data.areas.size(), 2u);
  EXPECT_TRUE(data.areas[0].manual);
  // Each passage's words start at its first position, kPassageGap after the previous passage's.
  ASSERT_EQ(record.firsts.size(), 3u);
  EXPECT_EQ(record.firsts[0], 1u);
  const auto position_of = [&](const std::string& term) { return *db.positionlist_begin(p1.get_docid(), term); };
  EXPECT_EQ(position_of("first"), record.firsts[0]);
  EXPECT_EQ(passage_at(record.firsts, position_of("demining")), 0u);
  EXPECT_EQ(passage_at(record.firsts, position_of("second")), 1u);
  EXPECT_EQ(position_of("second"), record.firsts[1]);
  EXPECT_GE(record.firsts[1], position_of("demining") + kPassageGap);
  EXPECT_EQ(db.get_metadata("schema_version"), sc::kSchemaVersion);
  EXPECT_EQ(db.get_metadata("last_indexed").size(), 20u);
}

TEST(Writer, FollowsTheCorpusAcrossRuns) {
  Workspace ws;
  ws.corpus.write("en/a.md", "Alpha\n\nThe first text about Lachin.\n");
  ws.corpus.write("ru/b.md", "---\nlang: ru\n---\nТекст о Нахичевани.\n\nВторой абзац.\n");
  ws.corpus.write("hy/c.md", "---\nlang: hy\n---\nԼաչին\n");
  BuildReport r = ws.build();
  EXPECT_EQ(r.added, 3u);
  EXPECT_EQ(r.passages_written, 4u);
  EXPECT_EQ(r.documents_total, 3u);
  EXPECT_EQ(r.passages_total, 4u);

  r = ws.build();
  EXPECT_EQ(r.unchanged, 3u);
  EXPECT_EQ(r.added + r.updated + r.removed + r.passages_written, 0u);

  ws.corpus.write("en/a.md", "Alpha\n\nThe text now speaks of Nakhchivan.\n");
  std::filesystem::remove(ws.corpus.path() / "ru/b.md");
  ws.corpus.write("az/d.md", "---\nlang: az\n---\nLaçın dəhlizi.\n");
  r = ws.build();
  EXPECT_EQ(r.added, 1u);
  EXPECT_EQ(r.updated, 1u);
  EXPECT_EQ(r.removed, 1u);
  EXPECT_EQ(r.unchanged, 1u);
  EXPECT_EQ(r.passages_written, 2u);
  EXPECT_EQ(r.documents_total, 3u);
  EXPECT_EQ(r.passages_total, 3u);

  const Xapian::Database db(ws.db().string());
  EXPECT_EQ(db.get_termfreq("lachin"), 0u);
  EXPECT_EQ(db.get_termfreq("nakhchivan"), 1u);
  EXPECT_EQ(db.get_termfreq("XDru-b"), 0u);
  EXPECT_EQ(db.get_metadata("file:ru/b.md"), "");
  EXPECT_NE(db.get_metadata("file:az/d.md").find("\taz-d"), std::string::npos);
  EXPECT_TRUE(check_index(db).empty());
}

TEST(Writer, CountsBadFilesAndIndexesTheGoodOnes) {
  Workspace ws;
  ws.corpus.write("en/good.md", "Good\n\nA good text.\n");
  ws.corpus.write("en/bad-date.md", "---\ndate: 2021-02-31\n---\nText.\n");
  ws.corpus.write("en/binary.txt", std::string("a\0b", 3));
  ws.corpus.write("ru/good.md", "Хорошо\n\nХороший текст.\n");
  const BuildReport r = ws.build();
  EXPECT_EQ(r.added, 2u);
  EXPECT_EQ(r.failed, 2u);
  ASSERT_EQ(r.failures.size(), 2u);
  EXPECT_EQ(r.failures[0].path, "en/bad-date.md");
  EXPECT_EQ(r.failures[0].reason, "en/bad-date.md:2: bad date '2021-02-31' (want YYYY-MM-DD, YYYY-MM or YYYY, 1900-2100)");
  EXPECT_EQ(r.failures[1].path, "en/binary.txt");
  EXPECT_NE(r.failures[1].reason.find("binary file"), std::string::npos);
  EXPECT_EQ(r.documents_total, 2u);
}

TEST(Writer, BadNewVersionKeepsThePreviousOne) {
  Workspace ws;
  ws.corpus.write("en/a.md", "Title\n\nOriginal words.\n");
  ws.build();
  ws.corpus.write("en/a.md", "---\nkind: memo\n---\nBroken words.\n");
  const BuildReport r = ws.build();
  EXPECT_EQ(r.failed, 1u);
  EXPECT_EQ(r.documents_total, 1u);
  const Xapian::Database db(ws.db().string());
  EXPECT_EQ(db.get_termfreq("original"), 1u);
  EXPECT_EQ(db.get_termfreq("broken"), 0u);
}

TEST(Writer, RejectsDuplicateIdNamingTheOtherFile) {
  Workspace ws;
  ws.corpus.write("en/a.md", "---\nid: same\n---\nFirst.\n");
  ws.corpus.write("ru/b.md", "---\nid: same\n---\nВторой.\n");
  BuildReport r = ws.build();
  EXPECT_EQ(r.added, 1u);
  ASSERT_EQ(r.failures.size(), 1u);
  EXPECT_EQ(r.failures[0].path, "ru/b.md");
  EXPECT_NE(r.failures[0].reason.find("duplicate id 'same': already used by en/a.md"), std::string::npos);

  // The indexed file keeps its id even when a new file sorts before it.
  ws.corpus.write("a-first.md", "---\nid: same\n---\nNew.\n");
  r = ws.build();
  ASSERT_EQ(r.failures.size(), 2u);
  EXPECT_EQ(r.failures[0].path, "a-first.md");
  EXPECT_NE(r.failures[0].reason.find("already used by en/a.md"), std::string::npos);

  // Renaming a file moves its id with it.
  std::filesystem::rename(ws.corpus.path() / "en/a.md", ws.corpus.path() / "en/renamed.md");
  std::filesystem::remove(ws.corpus.path() / "a-first.md");
  std::filesystem::remove(ws.corpus.path() / "ru/b.md");
  r = ws.build();
  EXPECT_EQ(r.failed, 0u);
  EXPECT_EQ(r.removed, 1u);
  EXPECT_EQ(r.added, 1u);
  const Xapian::Database db(ws.db().string());
  EXPECT_EQ(read_record(document_of(db, "same")).document.path, "en/renamed.md");
  EXPECT_TRUE(check_index(db).empty());
}

TEST(Writer, SkipsHiddenFilesReadmeAndOtherTypes) {
  Workspace ws;
  ws.corpus.write("README.md", "About this corpus.\n");
  ws.corpus.write(".git/notes.md", "Hidden.\n");
  ws.corpus.write("en/.draft.md", "Hidden.\n");
  ws.corpus.write("domain/areas.json", "{}");
  ws.corpus.write("en/README.md", "Readme\n\nBelow the root it is a document.\n");
  std::vector<std::string> seen;
  BuildOptions options;
  options.on_progress = [&](std::size_t done, std::size_t total, const std::string& path) {
    EXPECT_EQ(total, 1u);
    EXPECT_EQ(done, seen.size() + 1);
    seen.push_back(path);
  };
  const BuildReport r = ws.build(options);
  EXPECT_EQ(r.added, 1u);
  EXPECT_EQ(seen, std::vector<std::string>{"en/README.md"});
}

TEST(Writer, RefusesLockedIndexAndMissingCorpus) {
  Workspace ws;
  ws.corpus.write("en/a.md", "Title\n\nText.\n");
  {
    Xapian::WritableDatabase holder(ws.db().string(), Xapian::DB_CREATE_OR_OPEN);
    try {
      ws.build();
      ADD_FAILURE() << "no IndexError";
    } catch (const IndexError& e) {
      EXPECT_NE(std::string(e.what()).find(ws.db().string()), std::string::npos) << e.what();
      EXPECT_NE(std::string(e.what()).find("locked"), std::string::npos) << e.what();
    }
  }
  EXPECT_EQ(ws.build().added, 1u);  // the lock is gone with its holder
  EXPECT_THROW(build_index(ws.corpus.path() / "missing", ws.db(), ws.analyzer), ConfigError);
  EXPECT_EQ(Xapian::Database(ws.db().string()).get_doccount(), 1u);
}

/// Tags every passage with one area; the fingerprint is set by the test. The build runs in a
/// child process, so which documents it tagged is read from the index: each tagger has its own area.
class AreaTagger : public Tagger {
 public:
  AreaTagger(std::string version, std::string area) : version_(std::move(version)), area_(std::move(area)) {}
  void tag(Document& document) const override {
    for (Passage& passage : document.passages) passage.areas = {Tag{.id = area_, .score = 0.5, .evidence = {"rail"}}};
    document.areas = {Tag{.id = area_, .score = 0.5, .evidence = {"rail"}}};
  }
  std::string fingerprint() const override { return version_; }

 private:
  std::string version_;
  std::string area_;
};

TEST(Writer, TaggerTagsPassagesAndANewTaggerFingerprintRetagsEveryDocument) {
  Workspace ws;
  ws.corpus.write("a.md", "---\ntitle: A\n---\nRail links.\n");
  ws.corpus.write("b.md", "---\ntitle: B\nareas: education\n---\nSchools.\n");
  const AreaTagger v1("v1", "economy");
  EXPECT_EQ(ws.build({.tagger = &v1}).added, 2u);
  {
    Xapian::Database db(ws.db().string());
    EXPECT_TRUE(has_term(document_of(db, "a"), "XAeconomy"));
    EXPECT_TRUE(has_term(document_of(db, "a"), "XBeconomy"));
    EXPECT_TRUE(has_term(document_of(db, "b"), "XBeducation")) << "manual tags win at document level";
    EXPECT_FALSE(has_term(document_of(db, "b"), "XBeconomy"));
  }
  const AreaTagger same("v1", "public-space");  // the same fingerprint: nothing is tagged again
  EXPECT_EQ(ws.build({.tagger = &same}).unchanged, 2u);
  {
    Xapian::Database db(ws.db().string());
    EXPECT_TRUE(has_term(document_of(db, "a"), "XAeconomy"));
    EXPECT_FALSE(has_term(document_of(db, "a"), "XApublic-space"));
  }
  const AreaTagger v2("v2", "public-space");
  const BuildReport retagged = ws.build({.tagger = &v2});
  EXPECT_EQ(retagged.updated, 2u);
  Xapian::Database db(ws.db().string());
  EXPECT_TRUE(has_term(document_of(db, "a"), "XApublic-space"));
  EXPECT_FALSE(has_term(document_of(db, "a"), "XAeconomy"));
  EXPECT_TRUE(has_term(document_of(db, "b"), "XApublic-space"));
}

}  // namespace
}  // namespace liaison

// Bulk (.jsonl) files: one file, many documents, replaced together; bad lines are failures.
#include <gtest/gtest.h>
#include <xapian.h>

#include "core/analysis/analyzer.h"
#include "core/index/index_state.h"
#include "core/index/reader.h"
#include "core/index/writer.h"
#include "tests/support/temp_dir.h"

namespace liaison {
namespace {

using testing::TempDir;

struct Workspace {
  TempDir corpus;
  TempDir index;
  Analyzer analyzer;

  std::filesystem::path db() const { return index.path() / "db"; }
  BuildReport build() const { return build_index(corpus.path(), db(), analyzer); }
  Xapian::Database open() const { return Xapian::Database(db().string()); }
};

std::string line(const std::string& id, const std::string& body) {
  return "{" + (id.empty() ? std::string() : "\"id\": \"" + id + "\", ") + "\"body\": \"" + body + "\"}\n";
}

TEST(MultiDocumentFiles, IndexesTheGoodLinesAndCountsEachBadLineAsAFailure) {
  Workspace ws;
  ws.corpus.write("bulk.jsonl", line("a", "Demining of border areas.") + "not json\n" + line("", "Разминирование.") +
                                    "{\"date\": \"1850\", \"body\": \"Too old.\"}\n" + line("c", "Ականազերծում։"));
  const BuildReport r = ws.build();
  EXPECT_EQ(r.added, 3u);
  EXPECT_EQ(r.failed, 2u);
  ASSERT_EQ(r.failures.size(), 2u);
  EXPECT_EQ(r.failures[0].path, "bulk.jsonl");
  EXPECT_EQ(r.failures[0].reason, "bulk.jsonl:2: not valid JSON");
  EXPECT_EQ(r.failures[1].reason.rfind("bulk.jsonl:4: bad date '1850'", 0), 0u) << r.failures[1].reason;
  EXPECT_EQ(r.documents_total, 3u);

  const Xapian::Database db = ws.open();
  const auto files = read_indexed_files(db);
  ASSERT_EQ(files.count("bulk.jsonl"), 1u);
  EXPECT_EQ(files.at("bulk.jsonl").doc_ids, (std::vector<std::string>{"a", "bulk-3", "c"}));
  EXPECT_EQ(read_document(db, "bulk-3")->passages.at(0).text, "Разминирование.");
  EXPECT_TRUE(check_index(db).empty());

  // The failures stay in the report until the file is fixed; then the file is left alone.
  EXPECT_EQ(ws.build().failed, 2u);
  ws.corpus.write("bulk.jsonl", line("a", "Demining of border areas.") + line("", "Разминирование.") + line("c", "Ականազերծում։"));
  BuildReport fixed = ws.build();
  EXPECT_EQ(fixed.failed, 0u);
  EXPECT_EQ(fixed.added + fixed.updated, 3u);
  fixed = ws.build();
  EXPECT_EQ(fixed.unchanged, 3u);
  EXPECT_EQ(fixed.added + fixed.updated + fixed.removed, 0u);
}

TEST(MultiDocumentFiles, AChangedFileReplacesAllItsDocuments) {
  Workspace ws;
  ws.corpus.write("news.jsonl", line("one", "Rail links restored.") + line("two", "Direct line between ministers.") +
                                    line("three", "Economic advisory platform."));
  ws.corpus.write("single.md", "Single\n\nA single document about Lachin.\n");
  ASSERT_EQ(ws.build().added, 4u);

  ws.corpus.write("news.jsonl", line("one", "Rail links restored.") + line("three", "Economic forum in Baku.") +
                                    line("four", "Demining maps handed over."));
  const BuildReport r = ws.build();
  EXPECT_EQ(r.updated, 2u);
  EXPECT_EQ(r.added, 1u);
  EXPECT_EQ(r.removed, 1u);
  EXPECT_EQ(r.unchanged, 1u);
  EXPECT_EQ(r.documents_total, 4u);
  const Xapian::Database db = ws.open();
  EXPECT_FALSE(read_document(db, "two").has_value());
  EXPECT_EQ(db.get_termfreq("platform"), 0u);
  EXPECT_EQ(db.get_termfreq("forum"), 1u);
  EXPECT_EQ(db.get_termfreq("ministers"), 0u);
  EXPECT_TRUE(check_index(db).empty());

  std::filesystem::remove(ws.corpus.path() / "news.jsonl");
  const BuildReport gone = ws.build();
  EXPECT_EQ(gone.removed, 3u);
  EXPECT_EQ(gone.documents_total, 1u);
  EXPECT_TRUE(check_index(ws.open()).empty());
}

TEST(MultiDocumentFiles, AFileWhoseLinesAreAllBadKeepsItsPreviousDocuments) {
  Workspace ws;
  ws.corpus.write("news.jsonl", line("one", "Rail links restored.") + line("two", "Demining."));
  ws.build();
  ws.corpus.write("news.jsonl", "broken\n{\"id\": \"one\"}\n");
  const BuildReport r = ws.build();
  EXPECT_EQ(r.failed, 2u);
  EXPECT_EQ(r.documents_total, 2u);
  EXPECT_EQ(ws.open().get_termfreq("rail"), 1u);
}

TEST(MultiDocumentFiles, AnIdTakenByAnotherFileFailsOnlyThatLine) {
  Workspace ws;
  ws.corpus.write("a.md", "---\nid: shared\n---\nFrom the Markdown file.\n");
  ws.corpus.write("b.jsonl", line("shared", "From the bulk file.") + line("own", "Its own document."));
  const BuildReport r = ws.build();
  EXPECT_EQ(r.added, 2u);
  ASSERT_EQ(r.failures.size(), 1u);
  EXPECT_EQ(r.failures[0].reason, "b.jsonl:1: duplicate id 'shared': already used by a.md");
  const Xapian::Database db = ws.open();
  EXPECT_EQ(read_document(db, "shared")->path, "a.md");
  EXPECT_TRUE(read_document(db, "own").has_value());
  EXPECT_TRUE(check_index(db).empty());
}

TEST(MultiDocumentFiles, IndexStateRoundTripsManyIdsAndReadsTheOldOneIdForm) {
  const IndexedFile file{.fingerprint = "0123456789abcdef", .doc_id = "a", .doc_ids = {"a", "b-2", "c"}};
  EXPECT_EQ(encode_indexed_file(file), "0123456789abcdef\ta\tb-2\tc");
  TempDir dir;
  {
    Xapian::WritableDatabase db((dir.path() / "db").string(), Xapian::DB_CREATE);
    db.set_metadata("file:many.jsonl", encode_indexed_file(file));
    db.set_metadata("file:one.md", "fedcba9876543210\tone");
    db.commit();
  }
  const auto files = read_indexed_files(Xapian::Database((dir.path() / "db").string()));
  EXPECT_EQ(files.at("many.jsonl").doc_ids, file.doc_ids);
  EXPECT_EQ(files.at("many.jsonl").doc_id, "a");
  EXPECT_EQ(files.at("one.md").doc_ids, std::vector<std::string>{"one"});
  EXPECT_TRUE(files.at("one.md").has_document("one"));
  EXPECT_FALSE(files.at("one.md").has_document("two"));
}

}  // namespace
}  // namespace liaison

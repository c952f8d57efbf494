// indexer build --shards N (core/index/sharded_index.h): the layout on disk, documents in the
// shard of their id, incremental runs that write only the shards whose documents change (their
// Xapian revision is the witness: a database nobody commits to keeps its revision), resharding,
// and a failing run that leaves the whole sharded index as it was.
#include <csignal>
#include <cstdlib>
#include <fstream>
#include <set>

#include <sys/resource.h>

#include <gtest/gtest.h>
#include <xapian.h>

#include "core/analysis/analyzer.h"
#include "core/error.h"
#include "core/index/index_state.h"
#include "core/index/reader.h"
#include "core/index/schema.h"
#include "core/index/sharded_index.h"
#include "core/index/writer.h"
#include "tests/index/parallel_fixture.h"
#include "tests/support/temp_dir.h"

namespace liaison {
namespace {

using testing::TempDir;
namespace fs = std::filesystem;

struct Workspace {
  TempDir corpus;
  TempDir index;
  Analyzer analyzer;

  fs::path db() const { return index.path() / "db"; }
  BuildReport build(std::size_t shards, const Tagger* tagger = nullptr) const {
    BuildOptions options{.tagger = tagger};
    options.shards = shards;
    return build_index(corpus.path(), db(), analyzer, options);
  }
  fs::path part(std::size_t k) const { return db() / sharded::shard_folder(k); }
  Xapian::rev revision(const fs::path& part) const { return Xapian::Database(part.string()).get_revision(); }
};

/// Every document of every shard is in the shard of its id, once.
void expect_placed_by_id(const Workspace& ws, std::size_t shards, Xapian::doccount documents) {
  Xapian::doccount seen = 0;
  for (std::size_t k = 0; k < shards; ++k) {
    const Xapian::Database shard(ws.part(k).string());
    for (auto it = shard.postlist_begin(""); it != shard.postlist_end(""); ++it, ++seen) {
      const std::string id = shard.get_document(*it).get_value(schema::DocId);
      EXPECT_EQ(sharded::shard_of(id, shards), k) << id;
    }
  }
  EXPECT_EQ(seen, documents);
}

TEST(ShardedBuild, TheFolderHoldsACatalogAndShardsThatOpenAsOneIndex) {
  Workspace ws;
  testing::write_mixed_corpus(ws.corpus, 30);
  const BuildReport report = ws.build(3);
  EXPECT_EQ(report.added, 33u);
  EXPECT_EQ(report.documents_total, 33u);
  EXPECT_EQ(sharded::shard_count(ws.db()), 3u);
  const Xapian::Database catalog((ws.db() / sharded::kCatalogFolder).string());
  EXPECT_EQ(catalog.get_doccount(), 0u);
  EXPECT_EQ(catalog.get_metadata(std::string(schema::kMetaSchemaVersion)), schema::kSchemaVersion);
  EXPECT_EQ(read_indexed_files(catalog).size(), 32u);  // the bad front matter file gave nothing
  expect_placed_by_id(ws, 3, 33);
  for (std::size_t k = 0; k < 3; ++k) EXPECT_GT(Xapian::Database(ws.part(k).string()).get_doccount(), 0u) << k;

  const Xapian::Database whole(ws.db().string());  // Xapian reads the stub itself
  EXPECT_EQ(whole.size(), 4u);
  EXPECT_EQ(whole.get_doccount(), 33u);
  EXPECT_EQ(whole.get_termfreq("XDen-doc-100"), 1u);
  EXPECT_EQ(whole.get_metadata(std::string(schema::kMetaSchemaVersion)), schema::kSchemaVersion);
  EXPECT_TRUE(check_index(whole).empty());
  EXPECT_TRUE(testing::build_folders(ws.db()).empty());
}

TEST(ShardedBuild, AnIncrementalRunWritesOnlyTheShardsOfTheDocumentsThatChanged) {
  Workspace ws;
  testing::write_mixed_corpus(ws.corpus, 30);
  ASSERT_EQ(ws.build(3).added, 33u);
  // The changed file, and the bulk file, read again on every run for its bad line (writer.h).
  std::set<std::size_t> changed;
  for (const char* id : {"en-doc-104", "bulk-hy", "bulk-az"}) changed.insert(sharded::shard_of(id, 3));
  ASSERT_LT(changed.size(), 3u) << "the corpus must leave a shard unchanged";
  std::vector<Xapian::rev> before;
  for (std::size_t k = 0; k < 3; ++k) before.push_back(ws.revision(ws.part(k)));
  const Xapian::rev catalog_before = ws.revision(ws.db() / sharded::kCatalogFolder);

  ws.corpus.write("en/doc-104.md", "---\ntitle: Rewritten\nlang: en\n---\nThe commission met again in spring.\n");
  const BuildReport report = ws.build(0);  // 0: the layout the index has
  EXPECT_EQ(report.updated, 3u);
  EXPECT_EQ(report.unchanged, 30u);
  for (std::size_t k = 0; k < 3; ++k) {
    if (changed.count(k) != 0) EXPECT_GT(ws.revision(ws.part(k)), before[k]) << "the shard of a changed document";
    else EXPECT_EQ(ws.revision(ws.part(k)), before[k]) << "shard " << k << " holds no changed document";
  }
  EXPECT_GT(ws.revision(ws.db() / sharded::kCatalogFolder), catalog_before);  // fingerprints, last_indexed
  EXPECT_EQ(Xapian::Database(ws.part(sharded::shard_of("en-doc-104", 3)).string()).get_termfreq("XDen-doc-104"), 1u)
      << "the same shard again";
  expect_placed_by_id(ws, 3, 33);

  fs::remove(ws.corpus.path() / "en/doc-104.md");
  for (std::size_t k = 0; k < 3; ++k) before[k] = ws.revision(ws.part(k));
  EXPECT_EQ(ws.build(3).removed, 1u);  // the same number: no new layout
  for (std::size_t k = 0; k < 3; ++k)
    EXPECT_EQ(ws.revision(ws.part(k)) > before[k], changed.count(k) != 0) << "shard " << k;
  EXPECT_EQ(Xapian::Database(ws.db().string()).get_doccount(), 32u);
}

TEST(ShardedBuild, ReshardingMovesEveryDocumentToItsShardAndReadsNoFileAgain) {
  Workspace ws;
  testing::write_mixed_corpus(ws.corpus, 30);
  ASSERT_EQ(ws.build(0).added, 33u);  // one database first
  const testing::IndexSnapshot single = testing::snapshot(ws.db());
  Xapian::Database reader(ws.db().string());

  const BuildReport into_two = ws.build(2);
  // The documents are copied, not indexed again; only the bulk file with a bad line is read again, as on every run.
  EXPECT_EQ(into_two.unchanged, 31u);
  EXPECT_EQ(into_two.updated, 2u);
  EXPECT_EQ(into_two.added, 0u);
  EXPECT_EQ(sharded::shard_count(ws.db()), 2u);
  expect_placed_by_id(ws, 2, 33);
  const testing::IndexSnapshot two = testing::snapshot(ws.db());
  EXPECT_EQ(two.termfreqs, single.termfreqs);
  EXPECT_EQ(two.documents, single.documents);
  EXPECT_EQ(reader.get_doccount(), 33u) << "a reader keeps the index it opened";

  EXPECT_EQ(ws.build(3).unchanged, 31u);
  expect_placed_by_id(ws, 3, 33);
  EXPECT_EQ(testing::snapshot(ws.db()).termfreqs, single.termfreqs);
  EXPECT_TRUE(testing::build_folders(ws.db()).empty());
  EXPECT_EQ(ws.build(1).unchanged, 31u);
  EXPECT_FALSE(sharded::is_sharded(ws.db())) << "one database again";
  EXPECT_EQ(testing::snapshot(ws.db()).documents, single.documents);
  EXPECT_THROW(ws.build(sharded::kMaxShards + 1), ConfigError);
}

TEST(ShardedBuild, ReshardMovesTheIndexBetweenLayoutsWithoutACorpus) {
  Workspace ws;
  testing::write_mixed_corpus(ws.corpus, 30);
  ASSERT_EQ(ws.build(3).added, 33u);
  const testing::IndexSnapshot three = testing::snapshot(ws.db());
  fs::remove_all(ws.corpus.path());  // nothing of the corpus is read

  for (const std::size_t shards : {2, 4, 1, 3}) {
    const BuildReport report = reshard_index(ws.db(), shards);
    EXPECT_EQ(report.documents_total, three.passages) << shards;
    EXPECT_EQ(sharded::shard_count(ws.db()), shards == 1 ? 0 : shards);
    if (shards > 1) expect_placed_by_id(ws, shards, 33);
    const testing::IndexSnapshot now = testing::snapshot(ws.db());
    EXPECT_EQ(now.termfreqs, three.termfreqs) << shards;
    EXPECT_EQ(now.documents, three.documents) << shards;
    EXPECT_EQ(now.metadata, three.metadata) << shards;
    EXPECT_TRUE(testing::build_folders(ws.db()).empty());
  }
  const Xapian::rev revision = ws.revision(ws.part(0));
  EXPECT_EQ(reshard_index(ws.db(), 3).documents_total, three.passages);
  EXPECT_EQ(ws.revision(ws.part(0)), revision) << "the layout it has: nothing written";
  EXPECT_THROW(reshard_index(ws.db(), 0), ConfigError);
  EXPECT_THROW(reshard_index(ws.index.path() / "none", 2), IndexError);
  EXPECT_FALSE(fs::exists(ws.index.path() / "none"));
}

/// The changesets (`changes<revision>` files) of the databases of `index`.
std::size_t changesets_in(const fs::path& index) {
  std::size_t found = 0;
  for (const auto& entry : fs::recursive_directory_iterator(index))
    found += entry.path().filename().string().rfind("changes", 0) == 0 ? 1 : 0;
  return found;
}

TEST(ShardedBuild, ANewLayoutKeepsNoChangesetsOfItsCopyButLaterRunsDo) {
  Workspace ws;
  testing::write_mixed_corpus(ws.corpus, 30);
  ::setenv("XAPIAN_MAX_CHANGESETS", "10", 1);  // what indexer --changesets 10 does
  ASSERT_EQ(ws.build(0).added, 33u);
  reshard_index(ws.db(), 2);
  // A replica takes the new databases whole (their UUIDs are new): a changeset of the copy,
  // as large as the database, would only fill the disk.
  EXPECT_EQ(changesets_in(ws.db()), 0u);
  ws.corpus.write("en/new.md", "---\ntitle: New\nlang: en\n---\nThe parties met again.\n");
  EXPECT_EQ(ws.build(0).added, 1u);
  EXPECT_GT(changesets_in(ws.db()), 0u) << "the next run's changes are kept for replicas";
  ::unsetenv("XAPIAN_MAX_CHANGESETS");
}

TEST(ShardedBuild, AWriteErrorWhileReshardingIsAnIndexErrorAndLeavesTheIndexAsItWas) {
  Workspace ws;
  testing::write_mixed_corpus(ws.corpus, 300, "alpha");
  ASSERT_EQ(ws.build(2).added, 303u);
  const testing::IndexSnapshot before = testing::snapshot(ws.db());
  for (const std::size_t shards : {3, 1}) {
    // A file size limit stands in for a full disk: writes past it fail with EFBIG.
    const int status = testing::run_child(
        [&] {
          std::signal(SIGXFSZ, SIG_IGN);
          const rlimit limit{.rlim_cur = 64 * 1024, .rlim_max = 64 * 1024};
          setrlimit(RLIMIT_FSIZE, &limit);
          reshard_index(ws.db(), shards);
        },
        std::chrono::milliseconds(-1));
    EXPECT_EQ(status, 2) << "the write error must be an IndexError (" << shards << " shards)";
    EXPECT_EQ(sharded::shard_count(ws.db()), 2u);
    const testing::IndexSnapshot after = testing::snapshot(ws.db());
    EXPECT_EQ(after.termfreqs, before.termfreqs);
    EXPECT_EQ(after.documents, before.documents);
    EXPECT_TRUE(testing::build_folders(ws.db()).empty());
  }
}

TEST(ShardedBuild, AWriteErrorWhileShardingIsAnIndexErrorAndLeavesTheIndexAsItWas) {
  Workspace ws;
  testing::write_mixed_corpus(ws.corpus, 300, "alpha");
  ASSERT_EQ(ws.build(2).added, 303u);
  const testing::IndexSnapshot before = testing::snapshot(ws.db());
  testing::write_mixed_corpus(ws.corpus, 300, "beta");
  // A file size limit stands in for a full disk: writes past it fail with EFBIG.
  const int status = testing::run_child(
      [&] {
        std::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{.rlim_cur = 64 * 1024, .rlim_max = 64 * 1024};
        setrlimit(RLIMIT_FSIZE, &limit);
        ws.build(3);
      },
      std::chrono::milliseconds(-1));
  EXPECT_EQ(status, 2) << "the write error must be an IndexError";
  EXPECT_EQ(sharded::shard_count(ws.db()), 2u);
  const testing::IndexSnapshot after = testing::snapshot(ws.db());
  EXPECT_EQ(after.termfreqs, before.termfreqs);
  EXPECT_EQ(after.metadata, before.metadata);
  EXPECT_TRUE(testing::build_folders(ws.db()).empty());
}

}  // namespace
}  // namespace liaison

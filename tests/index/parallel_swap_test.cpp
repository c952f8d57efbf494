// A parallel build swaps its merged index in for the target: readers reopen onto it, a killed
// or failing run leaves the target as it was, and later runs carry on incrementally.
#include <csignal>
#include <chrono>
#include <random>
#include <thread>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>
#include <xapian.h>

#include "core/analysis/analyzer.h"
#include "core/error.h"
#include "core/index/reader.h"
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
  BuildReport build(std::size_t threads, const Tagger* tagger = nullptr) const {
    BuildOptions options{.tagger = tagger};
    options.threads = threads;
    return build_index(corpus.path(), db(), analyzer, options);
  }
};

TEST(ParallelSwap, ARebuildReplacesTheIndexAndAnOpenReaderSeesItAfterReopen) {
  Workspace ws;
  testing::write_mixed_corpus(ws.corpus, 20, "alpha");
  const testing::FixedTagger v1("v1"), v2("v2");
  ASSERT_EQ(ws.build(2, &v1).added, 23u);
  Xapian::Database reader(ws.db().string());
  EXPECT_GT(reader.get_termfreq("XDen-doc-100"), 0u);
  EXPECT_EQ(reader.get_termfreq("XDen-doc-120"), 0u);

  testing::write_mixed_corpus(ws.corpus, 24, "beta");
  const BuildReport rebuilt = ws.build(2, &v2);  // a new tagger: every file again, in parallel
  EXPECT_EQ(rebuilt.updated, 23u);
  EXPECT_EQ(rebuilt.added, 4u);
  EXPECT_EQ(reader.get_termfreq("XDen-doc-120"), 0u) << "a reader keeps its snapshot until it reopens";
  EXPECT_TRUE(reader.reopen());
  EXPECT_GT(reader.get_termfreq("XDen-doc-120"), 0u);
  EXPECT_EQ(reader.get_termfreq("Salpha"), 0u);
  EXPECT_EQ(reader.get_termfreq("Sbeta"), 24u);  // every one of the 24 documents
  EXPECT_EQ(reader.get_doccount(), rebuilt.documents_total);
  EXPECT_EQ(reader.get_metadata("tagger"), "v2");
  EXPECT_TRUE(check_index(reader).empty());
  EXPECT_TRUE(testing::build_folders(ws.db()).empty());
}

TEST(ParallelSwap, AnIndexPathThatIsASymbolicLinkStaysOneAndItsTargetGetsTheIndex) {
  Workspace ws;
  testing::write_mixed_corpus(ws.corpus, 8);
  fs::create_directories(ws.index.path() / "real/index");
  fs::create_directory_symlink("real/index", ws.db());
  EXPECT_EQ(ws.build(2).added, 11u);
  EXPECT_TRUE(fs::is_symlink(ws.db()));
  EXPECT_EQ(Xapian::Database((ws.index.path() / "real/index").string()).get_termfreq("XDbulk-az"), 1u);
  EXPECT_TRUE(testing::build_folders(ws.index.path() / "real/index").empty());
}

TEST(ParallelSwap, StaleBuildFoldersOfKilledRunsAreRemoved) {
  for (std::size_t threads : {1u, 2u}) {
    SCOPED_TRACE(std::to_string(threads) + " threads");
    Workspace ws;
    testing::write_mixed_corpus(ws.corpus, 8);
    ws.index.write("db.build-999999/shard-0/postlist.glass", "left by a killed run");
    ws.index.write("db.build-1/merged/iamglass", "left by a killed run");
    ws.index.write("db.builder/keep.txt", "not a work folder");
    EXPECT_EQ(ws.build(threads).added, 11u);
    EXPECT_TRUE(testing::build_folders(ws.db()).empty());
    EXPECT_TRUE(fs::exists(ws.index.path() / "db.builder/keep.txt"));
  }
}

TEST(ParallelSwap, IncrementalRunsAfterAParallelBuildAddUpdateAndRemove) {
  Workspace ws;
  testing::write_mixed_corpus(ws.corpus, 20);
  ASSERT_EQ(ws.build(2).added, 23u);
  ws.corpus.write("en/doc-100.md", "---\ntitle: Changed\n---\nA changed text about railways.\n");
  ws.corpus.write("new/added.md", "---\nid: added\n---\nA new text about prisoners.\n");
  fs::remove(ws.corpus.path() / "ru/doc-101.md");
  const BuildReport r = ws.build(2);
  EXPECT_EQ(r.added, 1u);
  EXPECT_EQ(r.updated, 3u);  // the changed file and the 2 lines of the bulk file with a bad line, read every run
  EXPECT_EQ(r.removed, 1u);
  EXPECT_EQ(r.unchanged, 19u);  // 18 documents and the page
  EXPECT_EQ(r.documents_total, 23u);
  const Xapian::Database db(ws.db().string());
  EXPECT_EQ(db.get_termfreq("railways"), 1u);
  EXPECT_EQ(db.get_termfreq("prisoners"), 1u);
  EXPECT_EQ(db.get_termfreq("XDru-doc-101"), 0u);
  EXPECT_TRUE(check_index(db).empty());
}

TEST(ParallelSwap, ALockedIndexIsRefusedBeforeAnyWork) {
  Workspace ws;
  testing::write_mixed_corpus(ws.corpus, 8);
  Xapian::WritableDatabase holder(ws.db().string(), Xapian::DB_CREATE_OR_OPEN);
  EXPECT_THROW(ws.build(2), IndexError);
  EXPECT_TRUE(testing::build_folders(ws.db()).empty());
}

TEST(ParallelSwap, KilledRunsLeaveThePreviousIndexOrTheWholeNewOneAndTheNextRunCompletes) {
  Workspace ws;
  testing::write_mixed_corpus(ws.corpus, 400, "alpha");
  const testing::FixedTagger first_tagger("alpha");
  const BuildReport first = ws.build(2, &first_tagger);
  ASSERT_EQ(first.added, 403u);

  const unsigned seed = std::random_device{}();
  SCOPED_TRACE("seed " + std::to_string(seed));
  std::mt19937 random(seed);
  std::uniform_real_distribution<double> fraction(0.02, 0.9);
  int killed = 0;
  // Each round changes every title and the tagger, so the run rebuilds the whole index in
  // parallel; a run killed before its swap leaves the previous index, after it the new one.
  for (int round = 0; round < 6; ++round) {
    const std::string marker = "round" + std::string(1, static_cast<char>('a' + round));
    testing::write_mixed_corpus(ws.corpus, 400, marker);
    const testing::IndexSnapshot before = testing::snapshot(ws.db());
    const auto delay = std::chrono::milliseconds(static_cast<int>(1000 * first.seconds * fraction(random)) + 1);
    SCOPED_TRACE(marker + " killed after " + std::to_string(delay.count()) + " ms");
    const testing::FixedTagger tagger(marker);
    BuildOptions serial{.tagger = &tagger};
    serial.threads = 1;
    const fs::path expected_db = ws.index.path() / ("expected-" + marker);
    build_index(ws.corpus.path(), expected_db, ws.analyzer, serial);
    const testing::IndexSnapshot expected = testing::snapshot(expected_db);

    const int status = testing::run_child([&] { ws.build(2, &tagger); }, delay);
    ASSERT_TRUE(status == 0 || status == -1) << status;
    // Killed before the swap: the previous index; after it (or not killed): the new one, whole.
    const testing::IndexSnapshot after = testing::snapshot(ws.db());
    const testing::IndexSnapshot& wanted = after.metadata.at("tagger") == marker ? expected : before;
    if (status == 0) {
      EXPECT_EQ(&wanted, &expected) << "a finished run leaves the new index";
    }
    killed += status == -1 && &wanted == &before;
    EXPECT_EQ(after.termfreqs, wanted.termfreqs);
    EXPECT_EQ(after.metadata, wanted.metadata);
    EXPECT_EQ(after.documents, wanted.documents);
  }
  EXPECT_GT(killed, 0) << "no run was killed before its swap: the test proved nothing";

  const testing::FixedTagger last_tagger("last");
  const BuildReport last = ws.build(2, &last_tagger);
  EXPECT_EQ(last.documents_total, 403u);
  const Xapian::Database db(ws.db().string());
  EXPECT_EQ(db.get_termfreq("Sroundf"), 400u);
  EXPECT_EQ(db.get_termfreq("Salpha"), 0u);
  EXPECT_TRUE(check_index(db).empty());
  EXPECT_TRUE(testing::build_folders(ws.db()).empty());
}

TEST(ParallelSwap, AWriteErrorInAShardIsAnIndexErrorAndLeavesTheIndexAsItWas) {
  Workspace ws;
  testing::write_mixed_corpus(ws.corpus, 300, "alpha");
  const testing::FixedTagger v1("v1"), v2("v2");
  ASSERT_EQ(ws.build(2, &v1).added, 303u);
  const testing::IndexSnapshot before = testing::snapshot(ws.db());
  testing::write_mixed_corpus(ws.corpus, 300, "beta");
  // A file size limit stands in for a full disk: writes past it fail with EFBIG.
  const int status = testing::run_child(
      [&] {
        std::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{.rlim_cur = 64 * 1024, .rlim_max = 64 * 1024};
        setrlimit(RLIMIT_FSIZE, &limit);
        ws.build(2, &v2);
      },
      std::chrono::milliseconds(-1));
  EXPECT_EQ(status, 2) << "the write error must be an IndexError";
  const testing::IndexSnapshot after = testing::snapshot(ws.db());
  EXPECT_EQ(after.termfreqs, before.termfreqs);
  EXPECT_EQ(after.metadata, before.metadata);
  EXPECT_TRUE(testing::build_folders(ws.db()).empty());
}

}  // namespace
}  // namespace liaison

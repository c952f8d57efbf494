// Disk full while indexing, injected with RLIMIT_FSIZE (no tmpfs or root needed): writes past
// the limit fail with EFBIG as on a full disk. The indexer stops with a clear error and the
// index it had is intact: it opens, check_index finds nothing, its documents are found.
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>

#include <gtest/gtest.h>
#include <xapian.h>

#include "core/index/reader.h"
#include "tests/faults/child_process.h"
#include "tests/faults/fault_support.h"

namespace liaison::testing {
namespace {

using namespace std::chrono_literals;

TEST(DiskFull, IndexerStopsWithAClearErrorAndThePreviousIndexStaysIntact) {
  TempDir dir;
  const auto corpus = (dir.path() / "corpus").string();
  const auto db = (dir.path() / "db").string();
  dir.write("corpus/seed.md", to_markdown({.title = "Seed", .body = "The first committed document about ceasefire."}));
  dir.write("corpus/rail.md", to_markdown({.title = "Rail", .body = "Restoration of rail links was agreed."}));
  ASSERT_EQ(indexer({"build", "--quiet", "--corpus", corpus, "--db", db}).exit_code, 0);

  write_versioned_corpus(dir, 1500, "overflowversion");  // megabytes of index: past the limit
  ChildProcess run({indexer_path(), "build", "--quiet", "--corpus", corpus, "--db", db},
                   {.output_dir = dir.path(), .max_file_bytes = 512 * 1024});
  const auto exit_code = run.wait_for_exit(300s);
  ASSERT_TRUE(exit_code.has_value()) << "the indexer hung on a full disk";
  EXPECT_NE(*exit_code, 0) << "a failed write went unreported: " << run.out();
  EXPECT_LT(*exit_code, 128) << "the indexer crashed instead of reporting the error: " << run.err();
  EXPECT_NE(run.err().find("indexer:"), std::string::npos) << run.err();
  std::printf("[ disk full ] exit %d, stderr: %s\n", *exit_code, run.err().c_str());

  const Xapian::Database index(db);
  EXPECT_TRUE(check_index(index).empty()) << check_index(index).front();
  EXPECT_EQ(searched_documents(db, "ceasefire"), 1u) << "the previous documents are found";
  EXPECT_EQ(searched_documents(db, "restoration"), 1u);
  // Each new document says its version once per paragraph: all four, or it was committed in part.
  EXPECT_EQ(index.get_collection_freq("overflowversion"), 4 * index.get_termfreq("overflowversion"))
      << "a new document was committed in part";

  // Space again: the next run completes the work.
  const auto retry = indexer({"build", "--quiet", "--corpus", corpus, "--db", db});
  EXPECT_EQ(retry.exit_code, 0) << retry.err;
  EXPECT_EQ(versioned_documents(db, "overflowversion"), 1500u);
  EXPECT_EQ(searched_documents(db, "ceasefire"), 1u);
}

/// The bytes of the index's table files.
std::uintmax_t table_bytes(const std::string& db) {
  std::uintmax_t total = 0;
  for (const auto& entry : std::filesystem::directory_iterator(db))
    if (entry.path().extension() == ".glass") total += entry.file_size();
  return total;
}

// A failed run used to leave the blocks it wrote past its last commit in the table files: the
// disk stayed full and the next small update failed too.
TEST(DiskFull, AFailedRunGivesBackTheSpaceItWrote) {
  TempDir dir;
  const auto corpus = (dir.path() / "corpus").string();
  const auto db = (dir.path() / "db").string();
  dir.write("corpus/seed.md", to_markdown({.title = "Seed", .body = "The first committed document about ceasefire."}));
  ASSERT_EQ(indexer({"build", "--quiet", "--corpus", corpus, "--db", db}).exit_code, 0);
  const std::uintmax_t before = table_bytes(db);

  write_versioned_corpus(dir, 1500, "overflowversion");
  const ChildOptions full_disk{.output_dir = dir.path(), .max_file_bytes = 512 * 1024};
  ChildProcess failed({indexer_path(), "build", "--quiet", "--corpus", corpus, "--db", db}, full_disk);
  ASSERT_TRUE(failed.wait_for_exit(300s).has_value()) << "the indexer hung on a full disk";
  ASSERT_NE(failed.err().find("cannot write the index"), std::string::npos) << failed.err();
  EXPECT_EQ(table_bytes(db), before) << "the failed run left its blocks behind";
  std::printf("[ disk full ] index tables %ju bytes before, %ju after the failed run\n", before, table_bytes(db));
  std::fflush(stdout);  // before the next fork, or the child writes it again

  std::filesystem::remove_all(dir.path() / "corpus" / "bulk");
  dir.write("corpus/one.md", to_markdown({.title = "One", .body = "One small update about demining."}));
  ChildProcess update({indexer_path(), "build", "--quiet", "--corpus", corpus, "--db", db}, full_disk);
  ASSERT_EQ(update.wait_for_exit(300s), 0) << update.err();
  EXPECT_EQ(searched_documents(db, "demining"), 1u);
  EXPECT_EQ(searched_documents(db, "ceasefire"), 1u);
  const Xapian::Database index(db);
  EXPECT_TRUE(check_index(index).empty()) << check_index(index).front();
}

}  // namespace
}  // namespace liaison::testing

// SIGKILL of the indexer at random moments, 20 times in a row (the CLI suite does 6): every
// document is wholly old or wholly new after each kill, and the index stays consistent.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <random>
#include <thread>

#include <gtest/gtest.h>
#include <xapian.h>

#include "core/index/reader.h"
#include "tests/faults/child_process.h"
#include "tests/faults/fault_support.h"

namespace liaison::testing {
namespace {

TEST(SlowFaults, IndexerKilledTwentyTimesLeavesEveryDocumentWhole) {
  TempDir dir;
  const auto corpus = (dir.path() / "corpus").string();
  const auto db = (dir.path() / "db").string();
  constexpr int kDocuments = 800;
  constexpr int kKills = 20;
  dir.write("corpus/seed.md", to_markdown({.title = "Seed", .body = "The first committed document about ceasefire."}));
  write_versioned_corpus(dir, kDocuments, "alphaversion");
  ASSERT_EQ(indexer({"build", "--quiet", "--corpus", corpus, "--db", db}).exit_code, 0);

  std::mt19937 random(20231119);
  const char* versions[] = {"betaversion", "gammaversion", "alphaversion"};
  int interrupted = 0;
  for (int attempt = 0; attempt < kKills; ++attempt) {
    SCOPED_TRACE(attempt);
    write_versioned_corpus(dir, kDocuments, versions[attempt % 3]);
    ChildProcess run({indexer_path(), "build", "--quiet", "--corpus", corpus, "--db", db},
                     {.output_dir = dir.path(), .max_file_bytes = {}});
    std::this_thread::sleep_for(std::chrono::milliseconds(std::uniform_int_distribution<int>(20, 500)(random)));
    run.signal_child(SIGKILL);
    interrupted += run.wait_for_exit(std::chrono::seconds(30)) == 128 + SIGKILL ? 1 : 0;

    const Xapian::Database index(db);
    const auto problems = check_index(index);
    EXPECT_TRUE(problems.empty()) << problems.front();
    EXPECT_EQ(searched_documents(db, "ceasefire"), 1u);
    EXPECT_EQ(versioned_documents(db, "alphaversion") + versioned_documents(db, "betaversion") +
                  versioned_documents(db, "gammaversion"),
              static_cast<std::uint64_t>(kDocuments))
        << "a document is split between two versions, or lost";
  }
  std::printf("[ kill ] %d SIGKILLs, %d interrupted a running indexer\n", kKills, interrupted);
  EXPECT_GE(interrupted, kKills / 2) << "the runs finished before SIGKILL: the test did not interrupt them";

  const auto final_run = indexer({"build", "--quiet", "--corpus", corpus, "--db", db});
  EXPECT_EQ(final_run.exit_code, 0) << final_run.err;
  EXPECT_EQ(versioned_documents(db, versions[(kKills - 1) % 3]), static_cast<std::uint64_t>(kDocuments));
}

}  // namespace
}  // namespace liaison::testing

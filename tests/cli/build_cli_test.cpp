// `indexer build` and `indexer search` on real on-disk indexes: counts, incremental runs,
// bad documents, and a run killed with SIGKILL.
#include <gtest/gtest.h>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <random>
#include <thread>

#include "tests/cli/cli_support.h"

namespace liaison::testing {
namespace {

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

TEST(IndexerBuild, ReportsCountsAndExitsZeroWhenAllDocumentsAreGood) {
  TempDir dir;
  dir.write("corpus/a.md", to_markdown({.title = "Demining", .body = "Demining of border areas began."}));
  dir.write("corpus/b.md",
            to_markdown({.title = "Разминирование", .lang = "ru", .body = "Разминирование продолжается."}));
  const auto result = indexer({"build", "--quiet", "--corpus", (dir.path() / "corpus").string(), "--db",
                               (dir.path() / "db").string()});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_TRUE(contains(result.out, "added 2, updated 0, removed 0, unchanged 0, failed 0")) << result.out;
  EXPECT_TRUE(contains(result.out, "2 documents")) << result.out;
}

TEST(IndexerBuild, ThreadsOptionGivesTheSameIndexSerialOrParallel) {
  TempDir dir;
  const char* languages[] = {"en", "ru", "hy", "az"};
  for (int i = 0; i < 12; ++i) {
    dir.write("corpus/d" + std::to_string(i) + ".md",
              to_markdown({.title = "Report " + std::to_string(i),
                           .lang = languages[i % 4],
                           .body = "Border talks number " + std::to_string(i) + "."}));
  }
  const std::string corpus = (dir.path() / "corpus").string();
  std::string outputs[2];
  for (const int threads : {1, 2}) {
    const std::string db = (dir.path() / ("db" + std::to_string(threads))).string();
    const auto built = indexer({"build", "--quiet", "--threads", std::to_string(threads), "--corpus", corpus, "--db", db});
    ASSERT_EQ(built.exit_code, 0) << built.err;
    EXPECT_TRUE(contains(built.out, "added 12, updated 0, removed 0, unchanged 0, failed 0")) << built.out;
    outputs[threads - 1] = indexer({"search", "--db", db, "--limit", "20", "border"}).out;
  }
  EXPECT_TRUE(contains(outputs[0], "12 documents")) << outputs[0];
  EXPECT_EQ(outputs[0], outputs[1]);
  const auto refused = indexer({"build", "--threads", "-1", "--corpus", corpus, "--db", (dir.path() / "db3").string()});
  EXPECT_NE(refused.exit_code, 0);
  EXPECT_TRUE(contains(refused.err, "threads")) << refused.err;
}

TEST(IndexerBuild, ReportsBadDocumentWithPathAndReasonAndIndexesTheRest) {
  TempDir dir;
  dir.write("corpus/good.md", to_markdown({.title = "Rail links", .body = "Restoration of rail links was agreed."}));
  dir.write("corpus/broken.md", "---\ntitle: Broken\n" + std::string("\xff\xfe bad bytes\n"));
  dir.write("corpus/binary.txt", std::string("\x00\x01\x02\x03", 4));
  dir.write("corpus/empty.md", "");
  const auto db = (dir.path() / "db").string();
  const auto result = indexer({"build", "--quiet", "--corpus", (dir.path() / "corpus").string(), "--db", db});
  EXPECT_EQ(result.exit_code, 1) << "some documents failed, the exit status must say so";
  EXPECT_TRUE(contains(result.out, "added 1,")) << result.out;
  EXPECT_TRUE(contains(result.out, "failed 3")) << result.out;
  for (const char* name : {"broken.md", "binary.txt", "empty.md"}) EXPECT_TRUE(contains(result.err, name)) << result.err;
  const auto search = indexer({"search", "--db", db, "rail"});
  EXPECT_EQ(search.exit_code, 0) << search.err;
  EXPECT_TRUE(contains(search.out, "Rail links")) << search.out;
}

TEST(IndexerBuild, SecondRunAddsUpdatesRemovesAndLeavesUnchangedAlone) {
  TempDir dir;
  const auto corpus = (dir.path() / "corpus").string();
  const auto db = (dir.path() / "db").string();
  dir.write("corpus/one.md", to_markdown({.title = "One", .body = "Border delimitation talks."}));
  dir.write("corpus/two.md", to_markdown({.title = "Two", .body = "Humanitarian demining."}));
  dir.write("corpus/three.md", to_markdown({.title = "Three", .body = "Economic connectivity."}));
  ASSERT_EQ(indexer({"build", "--quiet", "--corpus", corpus, "--db", db}).exit_code, 0);

  const auto again = indexer({"build", "--quiet", "--corpus", corpus, "--db", db});
  EXPECT_TRUE(contains(again.out, "added 0, updated 0, removed 0, unchanged 3, failed 0")) << again.out;

  dir.write("corpus/two.md", to_markdown({.title = "Two", .body = "Humanitarian demining and mine clearance maps."}));
  std::filesystem::remove(dir.path() / "corpus/three.md");
  dir.write("corpus/four.md", to_markdown({.title = "Four", .body = "Youth exchanges."}));
  const auto third = indexer({"build", "--quiet", "--corpus", corpus, "--db", db});
  EXPECT_TRUE(contains(third.out, "added 1, updated 1, removed 1, unchanged 1, failed 0")) << third.out;

  EXPECT_TRUE(contains(indexer({"search", "--db", db, "clearance"}).out, "Two"));
  EXPECT_TRUE(contains(indexer({"search", "--db", db, "connectivity"}).out, "0 documents"));
  EXPECT_TRUE(contains(indexer({"search", "--db", db, "youth"}).out, "Four"));
}

/// Starts `indexer build` and kills it with SIGKILL after `delay`; true if it was still running.
bool build_and_kill(const std::string& corpus, const std::string& db, std::chrono::milliseconds delay) {
  const pid_t pid = fork();
  if (pid < 0) return false;
  if (pid == 0) {
    const std::string path = indexer_path();
    execl(path.c_str(), path.c_str(), "build", "--quiet", "--corpus", corpus.c_str(), "--db", db.c_str(),
          static_cast<char*>(nullptr));
    _exit(127);
  }
  std::this_thread::sleep_for(delay);
  kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
}

/// Writes `count` documents of four paragraphs, each carrying the word `version`.
void write_bulk_corpus(const TempDir& dir, int count, const std::string& version) {
  for (int i = 0; i < count; ++i) {
    std::string body;
    for (int p = 0; p < 4; ++p)
      body += "Paragraph " + std::to_string(p) + " of report " + std::to_string(i) + " (" + version +
              ") on demining, rail links and border communities.\n\n";
    dir.write("corpus/bulk/doc" + std::to_string(i) + ".md",
              to_markdown({.title = "Report " + std::to_string(i), .body = body}));
  }
}

std::uint64_t count_matches(const std::string& db, const std::string& word) {
  const auto result = indexer({"search", "--db", db, "--limit", "1", "--count-all", word});
  EXPECT_EQ(result.exit_code, 0) << "index unusable: " << result.err;
  return std::strtoull(result.out.c_str(), nullptr, 10);
}

TEST(IndexerBuild, RunKilledAtRandomMomentsLeavesEachDocumentWhollyOldOrWhollyNew) {
  TempDir dir;
  const auto corpus = (dir.path() / "corpus").string();
  const auto db = (dir.path() / "db").string();
  constexpr int kDocuments = 1500;
  dir.write("corpus/seed.md", to_markdown({.title = "Seed", .body = "The first committed document about ceasefire."}));
  write_bulk_corpus(dir, kDocuments, "alphaversion");
  ASSERT_EQ(indexer({"build", "--quiet", "--corpus", corpus, "--db", db}).exit_code, 0);

  // Each attempt rewrites every document, so every run has work to be interrupted in.
  std::mt19937 random(20211214);
  int interrupted = 0;
  const char* versions[] = {"betaversion", "gammaversion"};
  for (int attempt = 0; attempt < 6; ++attempt) {
    SCOPED_TRACE(attempt);
    const std::string version = versions[attempt % 2];
    write_bulk_corpus(dir, kDocuments, version);
    const auto delay = std::chrono::milliseconds(std::uniform_int_distribution<int>(30, 700)(random));
    interrupted += build_and_kill(corpus, db, delay) ? 1 : 0;
    EXPECT_EQ(count_matches(db, "ceasefire"), 1u);
    const auto total = count_matches(db, "alphaversion") + count_matches(db, "betaversion") +
                       count_matches(db, "gammaversion");
    EXPECT_EQ(total, static_cast<std::uint64_t>(kDocuments)) << "a document is split between two versions";
  }
  EXPECT_GE(interrupted, 3) << "the runs finished before SIGKILL: the test did not interrupt them";

  const auto final_run = indexer({"build", "--quiet", "--corpus", corpus, "--db", db});
  EXPECT_EQ(final_run.exit_code, 0) << final_run.err;
  EXPECT_TRUE(contains(final_run.out, std::to_string(kDocuments + 1) + " documents")) << final_run.out;
  EXPECT_EQ(count_matches(db, "gammaversion"), static_cast<std::uint64_t>(kDocuments)) << "the last version written";
}

TEST(IndexerSearch, PrintsRankedHitsWithTitleDateLanguageAndSnippet) {
  TempDir dir;
  dir.write("corpus/a.md", to_markdown({.title = "Ceasefire statement", .kind = "article",
                                        .body = "The ceasefire entered into force."}));
  const auto db = (dir.path() / "db").string();
  ASSERT_EQ(indexer({"build", "--quiet", "--corpus", (dir.path() / "corpus").string(), "--db", db}).exit_code, 0);
  const auto result = indexer({"search", "--db", db, "--limit", "5", "ceasefire"});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_TRUE(contains(result.out, "1. Ceasefire statement  (2022-04-01, en, article")) << result.out;
  EXPECT_TRUE(contains(result.out, "[ceasefire]")) << "the match is marked: " << result.out;
}

TEST(IndexerSearch, MissingIndexIsAClearError) {
  TempDir dir;
  const auto result = indexer({"search", "--db", (dir.path() / "nothing").string(), "peace"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_TRUE(contains(result.err, "nothing")) << "the error names the path: " << result.err;
}

}  // namespace
}  // namespace liaison::testing

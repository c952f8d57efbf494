// A build killed at any moment must leave an index of whole documents that the next run completes.
#include <csignal>
#include <chrono>
#include <random>
#include <thread>

#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>
#include <xapian.h>

#include "core/analysis/analyzer.h"
#include "core/index/reader.h"
#include "core/index/schema.h"
#include "core/index/writer.h"
#include "tests/support/temp_dir.h"

namespace liaison {
namespace {

using testing::TempDir;

constexpr int kDocuments = 2000;
/// Small commits, so that a kill has many commit points to fall between.
constexpr std::size_t kDocumentsPerCommit = 100;

/// Generated document i has 1 to 4 passages, so a torn document would show a wrong count.
std::size_t passages_of(int i) { return static_cast<std::size_t>(i % 4 + 1); }

std::string paragraph(int i, std::size_t n) {
  static const char* const kSentences[] = {
      "The parties discussed demining near Lachin and the release of captives.",
      "Стороны обсудили разминирование и восстановление железных дорог.",
      "Կողմերը քննարկեցին ականազերծումը և սահմանազատումը։",
      "Tərəflər Qarabağ və sərhəd delimitasiyası barədə danışıqlar apardılar.",
  };
  return std::string(kSentences[(static_cast<std::size_t>(i) + n) % 4]) + " Item " + std::to_string(i) + "." +
         std::to_string(n) + ".";
}

/// The word that marks version `version` of every generated document ("versiona", "versionb", …).
std::string version_word(int version) { return std::string("version") + static_cast<char>('a' + version); }

/// Writes (or rewrites) every document, in version `version`: same ids and passage counts.
void write_corpus(const TempDir& corpus, int version) {
  for (int i = 0; i < kDocuments; ++i) {
    std::string text = "---\nid: doc-" + std::to_string(i) + "\ntitle: Generated " + std::to_string(i) + "\n---\n" +
                       version_word(version) + "\n\n";
    for (std::size_t n = 1; n < passages_of(i); ++n) text += paragraph(i, n) + "\n\n";
    corpus.write("gen/" + std::to_string(i % 10) + "/" + std::to_string(i) + ".md", text);
  }
}

/// Runs build_index in a child process and kills it after `delay`; true if it was killed mid-run.
bool build_and_kill(const TempDir& corpus, const std::filesystem::path& db, std::chrono::milliseconds delay) {
  const pid_t child = fork();
  if (child == 0) {
    int status = 0;
    try {
      const Analyzer analyzer;
      BuildOptions options;
      options.documents_per_commit = kDocumentsPerCommit;
      build_index(corpus.path(), db, analyzer, options);
    } catch (...) {
      status = 2;
    }
    _exit(status);
  }
  std::this_thread::sleep_for(delay);
  kill(child, SIGKILL);
  int status = 0;
  waitpid(child, &status, 0);
  return WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
}

/// The index holds every document, each with exactly the passages it was generated with.
void expect_whole_documents(const Xapian::Database& db) {
  const std::vector<std::string> problems = check_index(db);
  EXPECT_TRUE(problems.empty()) << problems.front();
  const std::string prefix(schema::kDocPrefix);
  int documents = 0;
  for (auto t = db.allterms_begin(prefix); t != db.allterms_end(prefix); ++t, ++documents) {
    const int i = std::stoi((*t).substr(prefix.size() + std::string("doc-").size()));
    const std::optional<Document> document = read_document(db, (*t).substr(prefix.size()));
    ASSERT_TRUE(document.has_value()) << *t;
    ASSERT_EQ(document->passages.size(), passages_of(i)) << *t;
  }
  // Every run only replaces documents: one deleted but not re-added would be missing here.
  EXPECT_EQ(documents, kDocuments);
}

TEST(InterruptedBuild, KilledRunsLeaveWholeDocumentsAndTheNextRunCompletes) {
  TempDir corpus, index;
  const auto db = index.path() / "db";
  const Analyzer analyzer;
  write_corpus(corpus, 0);
  const BuildReport first = build_index(corpus.path(), db, analyzer, {.documents_per_commit = kDocumentsPerCommit});
  ASSERT_EQ(first.added, static_cast<std::size_t>(kDocuments));

  // Each round rewrites every file, so a run has the whole corpus to replace and is killed
  // somewhere inside it, however fast the machine.
  const unsigned seed = std::random_device{}();
  SCOPED_TRACE("seed " + std::to_string(seed));
  std::mt19937 random(seed);
  std::uniform_real_distribution<double> fraction(0.05, 0.95);
  constexpr int kRounds = 5;
  int killed_mid_run = 0;
  for (int round = 1; round <= kRounds; ++round) {
    write_corpus(corpus, round);
    const auto delay = std::chrono::milliseconds(static_cast<int>(1000 * first.seconds * fraction(random)) + 1);
    SCOPED_TRACE("round " + std::to_string(round) + ", killed after " + std::to_string(delay.count()) + " ms");
    killed_mid_run += build_and_kill(corpus, db, delay);
    expect_whole_documents(Xapian::Database(db.string()));
  }
  EXPECT_GT(killed_mid_run, 0) << "no run was interrupted: the test proved nothing";

  const BuildReport report = build_index(corpus.path(), db, analyzer);
  EXPECT_EQ(report.failed, 0u);
  EXPECT_EQ(report.updated + report.unchanged, static_cast<std::size_t>(kDocuments));
  EXPECT_EQ(report.added + report.removed, 0u);
  EXPECT_EQ(report.documents_total, static_cast<std::size_t>(kDocuments));
  std::size_t passages = 0;
  for (int i = 0; i < kDocuments; ++i) passages += passages_of(i);
  EXPECT_EQ(report.passages_total, passages);
  const Xapian::Database final_db(db.string());
  expect_whole_documents(final_db);
  EXPECT_EQ(final_db.get_termfreq(version_word(kRounds)), static_cast<Xapian::doccount>(kDocuments));
}

}  // namespace
}  // namespace liaison

// The server follows the indexer: a commit made while it runs is visible to the next request,
// and no request fails while the indexer writes.
#include <atomic>
#include <mutex>
#include <string>

#include <gtest/gtest.h>

#include "core/tagging/tagger.h"
#include "tests/server/server_fixture.h"

namespace liaison::http {
namespace {

using namespace testing_support;

CorpusFile zanzibar_document(int number) {
  const std::string id = "en-zanzibar-" + std::to_string(number);
  return {"en/zanzibar-" + std::to_string(number) + ".md",
          front_matter_document(id, "Zanzibar notes " + std::to_string(number), "2024-03-0" + std::to_string(number % 9 + 1),
                                "en", "article", "economy",
                                "A zanzibar conference on connectivity was announced.\n")};
}

TEST(ServerReindex, SeesDocumentsAddedAfterItStarted) {
  IndexedCorpus corpus(small_corpus());
  RunningServer server({.db = corpus.db(), .web_dir = {}, .domain_dir = corpus.domain(), .threads = 2, .keep_alive_seconds = 0, .log = {}},
                       corpus.analyzer());
  httplib::Client client("127.0.0.1", server.port());

  auto before = get_json(client, "/api/search", {{"q", "zanzibar"}});
  ASSERT_EQ(before.status, 200) << before.raw;
  EXPECT_EQ(before.body["total"], 0);
  auto stats_before = get_json(client, "/api/stats");

  corpus.add(zanzibar_document(1));
  corpus.rebuild();

  auto after = get_json(client, "/api/search", {{"q", "zanzibar"}});
  ASSERT_EQ(after.status, 200) << after.raw;
  EXPECT_EQ(after.body["total"], 1);
  EXPECT_EQ(after.body["hits"][0]["id"], "en-zanzibar-1");
  auto stats_after = get_json(client, "/api/stats");
  EXPECT_EQ(stats_after.body["documents"].get<int>(), stats_before.body["documents"].get<int>() + 1);
  EXPECT_EQ(get_json(client, "/api/documents/en-zanzibar-1").status, 200);
}

TEST(ServerReindex, NoRequestFailsWhileTheIndexerRuns) {
  IndexedCorpus corpus(small_corpus());
  std::mutex errors_mutex;
  std::string errors;  // the server's own account of a failed request
  const LogSink log = [&](std::string_view line) {
    if (line.rfind("error", 0) != 0) return;
    const std::lock_guard lock(errors_mutex);
    errors.append(line).append("\n");
  };
  RunningServer server({.db = corpus.db(), .web_dir = {}, .domain_dir = corpus.domain(), .threads = 2, .keep_alive_seconds = 0, .log = log},
                       corpus.analyzer());
  std::atomic<bool> indexing{true};
  std::atomic<int> requests{0}, failures{0};
  std::mutex first_failure_mutex;
  std::string first_failure;
  std::vector<std::thread> readers;
  for (int reader = 0; reader < 2; ++reader) {
    readers.emplace_back([&] {
      httplib::Client client("127.0.0.1", server.port());
      while (indexing) {
        auto response = get_json(client, "/api/search", {{"q", "zanzibar connectivity demining"}});
        ++requests;
        if (response.status != 200 && failures++ == 0) {
          const std::lock_guard lock(first_failure_mutex);
          first_failure = std::to_string(response.status) + " " + response.raw;
        }
      }
    });
  }
  for (int round = 1; round <= 4; ++round) {
    corpus.add(zanzibar_document(round));
    corpus.rebuild();
  }
  indexing = false;
  for (auto& reader : readers) reader.join();
  EXPECT_GT(requests.load(), 0);
  EXPECT_EQ(failures.load(), 0) << "of " << requests.load() << "; first: " << first_failure << "\n" << errors;
  httplib::Client client("127.0.0.1", server.port());
  EXPECT_EQ(get_json(client, "/api/search", {{"q", "zanzibar"}}).body["total"], 4);
}

/// A tagger whose fingerprint differs from the index's: the next build rewrites every file, in
/// parallel, and swaps the new index in for the old one.
class RenamedTagger : public Tagger {
 public:
  void tag(Document&) const override {}
  std::string fingerprint() const override { return "renamed"; }
};

/// This process's descriptors open on deleted files under `dir`. (The replaced index is deleted
/// from the build's work folder beside the index, where the swap moved it.)
int deleted_files_open_under(const std::filesystem::path& dir) {
  const std::string prefix = std::filesystem::canonical(dir).string() + "/";
  int count = 0;
  for (const auto& entry : std::filesystem::directory_iterator("/proc/self/fd")) {
    std::error_code error;
    const std::string target = std::filesystem::read_symlink(entry.path(), error).string();
    if (!error && target.starts_with(prefix) && target.ends_with(" (deleted)")) ++count;
  }
  return count;
}

TEST(ServerReindex, ASwappedInRebuildLeavesNoHandleOnTheReplacedIndex) {
  IndexedCorpus corpus(small_corpus());
  RunningServer server({.db = corpus.db(), .web_dir = {}, .domain_dir = {}, .threads = 2, .keep_alive_seconds = 0, .log = {}},
                       corpus.analyzer());
  httplib::Client client("127.0.0.1", server.port());
  ASSERT_EQ(get_json(client, "/api/search", {{"q", "demining"}}).status, 200);

  corpus.add(zanzibar_document(1));
  const RenamedTagger tagger;
  BuildOptions rebuild{.tagger = &tagger};
  rebuild.threads = 2;
  ASSERT_EQ(build_index(corpus.corpus(), corpus.db(), corpus.analyzer(), rebuild).failed, 0u);
  for (int i = 0; i < 4; ++i) ASSERT_EQ(get_json(client, "/api/search", {{"q", "zanzibar"}}).body["total"], 1);
  EXPECT_EQ(deleted_files_open_under(corpus.db().parent_path()), 0) << "the server still holds the replaced index";
}

TEST(ServerReindex, StopsPromptlyWhenAsked) {
  IndexedCorpus corpus(small_corpus());
  const auto started = std::chrono::steady_clock::now();
  {
    RunningServer server({.db = corpus.db(), .web_dir = {}, .domain_dir = {}, .threads = 2, .keep_alive_seconds = 0, .log = {}},
                         corpus.analyzer());
    EXPECT_TRUE(server.is_running());
  }
  EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(5));
}

TEST(ServerStartup, RefusesAMissingIndex) {
  const testing::TempDir dir;
  const Analyzer analyzer;
  EXPECT_ANY_THROW(SearchServer({.db = dir.path() / "none", .web_dir = {}, .domain_dir = {}, .threads = 1, .keep_alive_seconds = 0, .log = {}},
                                analyzer));
}

}  // namespace
}  // namespace liaison::http

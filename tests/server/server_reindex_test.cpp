// The server follows the indexer: a commit made while it runs is visible to the next request,
// and no request fails while the indexer writes.
#include <atomic>
#include <mutex>
#include <string>

#include <gtest/gtest.h>

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

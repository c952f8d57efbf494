// The indexer binary rewrites the index again and again while eight clients query the server:
// no client gets an error, and the server sees every new document without a restart.
#include <atomic>
#include <chrono>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "tests/faults/child_process.h"
#include "tests/faults/fault_support.h"
#include "tests/server/server_fixture.h"

namespace liaison::http {
namespace {

using namespace testing_support;
using namespace std::chrono_literals;

CorpusFile new_document(int round) {
  const std::string id = "en-zanzibar-" + std::to_string(round);
  return {"en/zanzibar-" + std::to_string(round) + ".md",
          front_matter_document(id, "Zanzibar notes " + std::to_string(round), "2024-03-01", "en", "article", "economy",
                                "A zanzibar conference on connectivity, round " + std::to_string(round) + ".\n")};
}

struct LoadOutcome {
  std::atomic<int> requests{0}, errors{0}, went_back{0};
  std::mutex mutex;
  std::string first_error;  ///< the status and body of the first failed request, for the report
};

/// One client: mixed queries until `running` is false; counts non-200 answers and any moment
/// the number of new documents it sees goes down (a reader must never see an older index).
void query_until_stopped(int port, int client_number, const std::atomic<bool>& running, LoadOutcome& outcome) {
  httplib::Client client("127.0.0.1", port);
  client.set_read_timeout(30, 0);
  const auto& queries = testing::reader_queries();
  std::size_t next = static_cast<std::size_t>(client_number);
  int seen_new = 0;
  while (running) {
    const auto& target = queries[next++ % queries.size()];
    const auto response = get_json(client, target);
    ++outcome.requests;
    if (response.status != 200) {
      if (++outcome.errors == 1) {
        std::lock_guard lock(outcome.mutex);
        outcome.first_error = target + " → " + std::to_string(response.status) + " " + response.raw.substr(0, 300);
      }
      continue;
    }
    if (target == "/api/search?q=zanzibar") {
      const int total = response.body["total"].get<int>();
      if (total < seen_new) ++outcome.went_back;
      seen_new = total;
    }
  }
}

void reindex_under_load(std::chrono::seconds duration) {
  IndexedCorpus corpus(small_corpus());
  LogCollector log;
  RunningServer server({.db = corpus.db(), .web_dir = {}, .domain_dir = corpus.domain(), .threads = 2,
                        .keep_alive_seconds = 0, .log = log.sink()},
                       corpus.analyzer());
  std::atomic<bool> running{true};
  LoadOutcome outcome;
  std::vector<std::thread> clients;
  for (int number = 0; number < 8; ++number) {
    clients.emplace_back([&, number] { query_until_stopped(server.port(), number, running, outcome); });
  }
  testing::TempDir indexer_output;
  int rounds = 0;
  const auto until = std::chrono::steady_clock::now() + duration;
  while (std::chrono::steady_clock::now() < until) {
    ++rounds;
    corpus.add(new_document(rounds));
    // ChildProcess prepares everything before fork: a child forked from these busy threads may
    // not allocate before exec (another thread may hold the allocator's lock; it hung once).
    testing::ChildProcess run({testing::indexer_path(), "build", "--quiet", "--corpus", corpus.corpus().string(),
                               "--db", corpus.db().string()},
                              {.output_dir = indexer_output.path(), .max_file_bytes = std::nullopt});
    const auto exit_code = run.wait_for_exit(60s);
    ASSERT_TRUE(exit_code.has_value()) << "indexer run " << rounds << " did not finish within 60 s";
    ASSERT_EQ(*exit_code, 0) << run.err();
  }
  running = false;
  for (auto& client : clients) client.join();

  EXPECT_GT(outcome.requests.load(), 8 * 10);
  EXPECT_EQ(outcome.errors.load(), 0) << "of " << outcome.requests.load() << " requests; first: " << outcome.first_error;
  for (const auto& line : log.lines()) {
    if (line.rfind("error:", 0) == 0) ADD_FAILURE() << "server log: " << line;
  }
  EXPECT_EQ(outcome.went_back.load(), 0) << "a reader saw an older index after a newer one";
  httplib::Client client("127.0.0.1", server.port());
  const auto all_new = get_json(client, "/api/search", {{"q", "zanzibar"}, {"size", "100"}});
  EXPECT_EQ(all_new.body["total"], rounds) << "the server missed documents the indexer committed";
  std::printf("[ reindex ] %d indexer runs, %d requests from 8 clients, %d errors\n", rounds, outcome.requests.load(),
              outcome.errors.load());
}

TEST(ReindexUnderLoad, EightClientsForThreeSecondsSeeNoErrorAndEveryNewDocument) { reindex_under_load(3s); }

TEST(SlowFaults, ReindexUnderLoadEightClientsForTwentySeconds) { reindex_under_load(20s); }

}  // namespace
}  // namespace liaison::http

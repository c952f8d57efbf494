// A remote shard that stops answering (its real xapian-tcpsrv stopped with SIGSTOP or killed)
// while the server searches it with local shards: within about --shard-timeout the answer comes
// with the other shards' matches, "partial": true and the failed shard named; it is not kept in
// the answer cache; the shard is used again once it answers; a shard listed with replicas goes
// on at the next one (core/search/shard_parts.h, docs/scale.md).
#include <chrono>
#include <cmath>
#include <thread>

#include <gtest/gtest.h>

#include "core/index/sharded_index.h"
#include "core/search/searcher.h"
#include "core/search/shard_parts.h"
#include "tests/server/server_fixture.h"
#include "tests/server/tcp_server.h"

namespace liaison::http {
namespace {

using namespace testing_support;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

/// Short, so that the test waits little; the server's default is 2 s.
constexpr std::chrono::milliseconds kTimeout{500};
/// A weighted query whose matches are in both shards of the small corpus (checked below).
constexpr const char* kQuery = "the";

class ShardFailure : public ::testing::Test {
 protected:
  void SetUp() override {
    if (::access(kTcpServer, X_OK) != 0) GTEST_SKIP() << kTcpServer << " is missing: install xapian-tools (scripts/lib.sh)";
    write_small_corpus(dir_);
    BuildOptions options;
    options.shards = 2;
    ASSERT_EQ(build_index(dir_.path() / "corpus", sharded(), analyzer_, options).failed, 0u);
    fs::copy(sharded() / "shard-1", dir_.path() / "replica", fs::copy_options::recursive);
    all_local_ = serve({sharded() / "catalog", sharded() / "shard-0", sharded() / "shard-1"});
    without_shard_1_ = serve({sharded() / "catalog", sharded() / "shard-0"});
  }
  fs::path sharded() const { return dir_.path() / "sharded"; }

  std::unique_ptr<RunningServer> serve(std::vector<fs::path> shards) const {
    return std::make_unique<RunningServer>(
        ServerOptions{.db = sharded(), .shards = std::move(shards), .shard_timeout = kTimeout, .web_dir = {},
                      .domain_dir = testing::source_dir() / "corpus" / "domain", .threads = 2,
                      .keep_alive_seconds = 0, .log = {}},
        analyzer_);
  }
  /// The front end: the catalog and shard-0 local, shard 1 at `remote`.
  std::unique_ptr<RunningServer> front(const std::string& remote) const {
    return serve({sharded() / "catalog", sharded() / "shard-0", remote});
  }

  /// /api/search for kQuery, timed.
  static JsonResponse search(int port, double* seconds = nullptr) {
    const auto started = Clock::now();
    JsonResponse response = search_every_hit(port, {{"q", kQuery}});
    if (seconds != nullptr) *seconds = std::chrono::duration<double>(Clock::now() - started).count();
    EXPECT_EQ(response.status, 200) << response.raw;
    return response;
  }

  /// `got` has the hits, totals and facets of `expected` (scores to 1e-9), apart from the
  /// partial answer's own fields.
  static void expect_same_answer(nlohmann::json got, nlohmann::json expected) {
    for (nlohmann::json* answer : {&got, &expected}) {
      answer->erase("took_ms");
      answer->erase("partial");
      answer->erase("failed_shards");
      for (nlohmann::json& hit : (*answer)["hits"]) hit["score"] = std::round(hit["score"].get<double>() * 1e9);
    }
    EXPECT_EQ(got, expected) << nlohmann::json::diff(expected, got).dump();
  }

  /// The complete answer: as over the shards all local, and not marked partial.
  void expect_complete(const JsonResponse& response) const {
    EXPECT_FALSE(response.body.contains("partial")) << response.raw;
    expect_same_answer(response.body, search(all_local_->port()).body);
  }
  /// The partial answer: shard 1's matches left out, `failed` named.
  void expect_partial(const JsonResponse& response, const std::string& failed) const {
    EXPECT_EQ(response.body.value("partial", false), true) << response.raw;
    EXPECT_EQ(response.body["failed_shards"], nlohmann::json::array({failed}));
    expect_same_answer(response.body, search(without_shard_1_->port()).body);
  }

  /// Past the back-off of an address that failed once.
  static void wait_for_retry() { std::this_thread::sleep_for(search::kFirstShardRetry + std::chrono::milliseconds(100)); }

  testing::TempDir dir_;
  Analyzer analyzer_;
  std::unique_ptr<RunningServer> all_local_, without_shard_1_;
};

TEST_F(ShardFailure, TheQueryHasMatchesInBothShards) {
  const std::size_t all = search(all_local_->port()).body["hits"].size();
  const std::size_t without = search(without_shard_1_->port()).body["hits"].size();
  EXPECT_GT(without, 0u);
  EXPECT_GT(all, without);
}

TEST_F(ShardFailure, AStoppedShardIsLeftOutWithinTheTimeoutAndUsedAgainOnceItAnswers) {
  TcpServer shard(sharded() / "shard-1");
  const auto server = front(shard.address());
  expect_complete(search(server->port()));

  shard.stop();
  double seconds = 0;
  const JsonResponse first = search(server->port(), &seconds);
  expect_partial(first, shard.address());
  std::cout << "stopped shard: answered in " << seconds << " s (timeout " << kTimeout.count() << " ms)\n";
  EXPECT_LT(seconds, 4 * std::chrono::duration<double>(kTimeout).count() + 1.0);
  // Within its back-off the shard is not waited for again, and the partial answer was not kept.
  const JsonResponse again = search(server->port(), &seconds);
  expect_partial(again, shard.address());
  EXPECT_EQ(again.headers.find("X-Liaison-Cache")->second, "miss");
  EXPECT_LT(seconds, std::chrono::duration<double>(kTimeout).count());

  shard.resume();
  wait_for_retry();
  expect_complete(search(server->port()));
}

TEST_F(ShardFailure, AKilledShardIsLeftOutAndUsedAgainOnceRestarted) {
  auto shard = std::make_unique<TcpServer>(sharded() / "shard-1");
  const int port = shard->port();
  const std::string address = shard->address();
  const auto server = front(address);
  expect_complete(search(server->port()));

  shard->kill();
  double seconds = 0;
  expect_partial(search(server->port(), &seconds), address);
  EXPECT_LT(seconds, std::chrono::duration<double>(kTimeout).count());  // refused at once: no timeout
  // The other reads answer over the other shards too: none fails for the missing one.
  httplib::Client client("127.0.0.1", server->port());
  for (const std::string path : {"/api/said?q=the", "/api/export?q=the&format=json", "/api/documents/en-youth",
                                 "/api/documents/hy-statement", "/api/areas", "/api/measures", "/api/feed?q=the",
                                 "/api/stats", "/healthz"}) {
    const httplib::Result result = client.Get(path);
    ASSERT_TRUE(result) << path;
    EXPECT_TRUE(result->status == 200 || result->status == 404) << path << ": " << result->status << " " << result->body;
  }

  shard = std::make_unique<TcpServer>(sharded() / "shard-1", port);
  ASSERT_TRUE(accepts(port));
  wait_for_retry();
  expect_complete(search(server->port()));
}

TEST_F(ShardFailure, AShardWithReplicasGoesOnAtTheNextOneWhenOneIsKilled) {
  TcpServer first(sharded() / "shard-1");
  TcpServer second(dir_.path() / "replica");
  const std::string listed = first.address() + sharded::kReplicaSeparator + second.address();
  const auto server = front(listed);
  expect_complete(search(server->port()));

  first.kill();
  for (int request = 0; request < 3; ++request) expect_complete(search(server->port()));

  second.kill();
  expect_partial(search(server->port()), listed);

  TcpServer restarted(sharded() / "shard-1", first.port());
  wait_for_retry();
  expect_complete(search(server->port()));
}

TEST_F(ShardFailure, ASearcherWhoseShardStopsBetweenTwoSearchesAnswersPartiallyWithoutAReopen) {
  // No reopen before the search (the server's pool reopens first, a Searcher used alone does
  // not): the search itself meets the timeout, the shard is asked again and left out, and the
  // search runs again over the others.
  TcpServer shard(sharded() / "shard-1");
  const SearcherOptions options{.shards = {sharded() / "catalog", sharded() / "shard-0", shard.address()},
                                .shard_timeout = kTimeout};
  Searcher searcher(sharded(), analyzer_, options);
  SearchRequest request;
  request.query = kQuery;
  request.size = 100;
  EXPECT_FALSE(searcher.search(request).partial);
  shard.stop();
  const auto started = Clock::now();
  const SearchResult result = searcher.search(request);
  const double seconds = std::chrono::duration<double>(Clock::now() - started).count();
  std::cout << "stopped during a search: answered in " << seconds << " s\n";
  EXPECT_TRUE(result.partial);
  EXPECT_EQ(result.failed_shards, std::vector<std::string>{shard.address()});
  EXPECT_EQ(result.hits.size(), search(without_shard_1_->port()).body["hits"].size());
  EXPECT_LT(seconds, 4 * std::chrono::duration<double>(kTimeout).count() + 1.0);
}

TEST_F(ShardFailure, WhenNoPartOfTheIndexAnswersTheServerSaysSoWith503) {
  TcpServer shard(sharded() / "shard-1");
  const auto server = serve({shard.address()});
  EXPECT_EQ(search_every_hit(server->port(), {{"q", kQuery}}).status, 200);
  shard.kill();
  for (int request = 0; request < 2; ++request) {
    const JsonResponse response = search_every_hit(server->port(), {{"q", kQuery}});
    EXPECT_EQ(response.status, 503) << response.raw;
    EXPECT_NE(response.raw.find("answers"), std::string::npos) << response.raw;
  }
}

}  // namespace
}  // namespace liaison::http

// Slow clients (slowloris): connections that send a partial request and then nothing, or a byte
// now and then, must neither starve other clients nor stay open forever.
#include <atomic>
#include <chrono>
#include <memory>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "tests/faults/raw_http.h"
#include "tests/server/server_fixture.h"

namespace liaison::http {
namespace {

using namespace testing_support;
using liaison::testing::RawConnection;
using namespace std::chrono_literals;

TEST(HostileSlowClient, TwentyDripFeedingConnectionsDoNotStarveOtherClients) {
  IndexedCorpus corpus(small_corpus());
  RunningServer server({.db = corpus.db(), .web_dir = {}, .domain_dir = {}, .threads = 2, .keep_alive_seconds = 0, .log = {}},
                       corpus.analyzer());
  constexpr int kSlowClients = 20;  // ten times the worker threads
  std::atomic<bool> dripping{true};
  std::vector<std::unique_ptr<RawConnection>> slow;
  for (int i = 0; i < kSlowClients; ++i) {
    slow.push_back(std::make_unique<RawConnection>(server.port()));
    ASSERT_TRUE(slow.back()->connected());
    slow.back()->send_all("GET /api/search?q=");
  }
  std::thread dripper([&] {
    while (dripping) {
      for (auto& connection : slow) connection->send_all("a");
      std::this_thread::sleep_for(500ms);
    }
  });

  httplib::Client client("127.0.0.1", server.port());
  client.set_read_timeout(10, 0);
  int answered = 0;
  const auto until = std::chrono::steady_clock::now() + 3s;
  while (std::chrono::steady_clock::now() < until) {
    const auto started = std::chrono::steady_clock::now();
    const auto response = get_json(client, "/api/search", {{"q", "demining"}});
    const auto took = std::chrono::steady_clock::now() - started;
    EXPECT_EQ(response.status, 200);
    // Below the server's 5 s I/O timeout, so a request that waited for a slow client to time out
    // still fails, with room for a sanitizer build on a loaded machine.
    EXPECT_LT(took, 4s) << "a slow client held up an ordinary request";
    ++answered;
  }
  dripping = false;
  dripper.join();
  EXPECT_GT(answered, 5);
}

TEST(HostileSlowClient, SilentPartialRequestIsDisconnectedAfterTheTimeout) {
  IndexedCorpus corpus(small_corpus());
  RunningServer server({.db = corpus.db(), .web_dir = {}, .domain_dir = {}, .threads = 2, .keep_alive_seconds = 0, .log = {},
                        .slow_client_reserve = 4, .io_timeout_seconds = 1},
                       corpus.analyzer());
  RawConnection silent(server.port());
  ASSERT_TRUE(silent.connected());
  silent.send_all("GET /api/search?q=rail HTTP/1.1\r\nHost: x\r\n");  // no blank line: never complete
  bool closed = false;
  const auto started = std::chrono::steady_clock::now();
  silent.read_until_closed(10s, &closed);
  EXPECT_TRUE(closed) << "the server kept a silent connection open";
  EXPECT_LT(std::chrono::steady_clock::now() - started, 4s);
}

TEST(HostileSlowClient, SilentConnectionsBeyondTheReserveAreServedOnceTheyTimeOut) {
  IndexedCorpus corpus(small_corpus());
  RunningServer server({.db = corpus.db(), .web_dir = {}, .domain_dir = {}, .threads = 1, .keep_alive_seconds = 0, .log = {},
                        .slow_client_reserve = 1, .io_timeout_seconds = 1},
                       corpus.analyzer());
  std::vector<std::unique_ptr<RawConnection>> silent;
  for (int i = 0; i < 6; ++i) {
    silent.push_back(std::make_unique<RawConnection>(server.port()));
    silent.back()->send_all("GET /healthz HTTP/1.1\r\n");
  }
  httplib::Client client("127.0.0.1", server.port());
  client.set_read_timeout(20, 0);
  const auto started = std::chrono::steady_clock::now();
  EXPECT_EQ(get_json(client, "/healthz").status, 200);
  EXPECT_LT(std::chrono::steady_clock::now() - started, 10s) << "six silent clients on two threads, one second each";
}

}  // namespace
}  // namespace liaison::http

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
using liaison::testing::body_of;
using liaison::testing::RawConnection;
using liaison::testing::status_of;
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
                        .max_connections = 8, .io_timeout_seconds = 1},
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

TEST(HostileSlowClient, SilentConnectionsBeyondTheConnectionCapAreServedOnceTheyTimeOut) {
  IndexedCorpus corpus(small_corpus());
  RunningServer server({.db = corpus.db(), .web_dir = {}, .domain_dir = {}, .threads = 1, .keep_alive_seconds = 0, .log = {},
                        .max_connections = 2, .io_timeout_seconds = 1},
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

/// Opens `count` connections that send a request line and then one header line a second, each
/// (slowloris), until destroyed.
class HeaderDrippers {
 public:
  HeaderDrippers(int port, int count) {
    for (int i = 0; i < count; ++i) {
      connections_.push_back(std::make_unique<RawConnection>(port));
      connections_.back()->send_all("GET /api/search?q=rail HTTP/1.1\r\nHost: x\r\n");
    }
    thread_ = std::thread([this] {
      while (dripping_) {
        for (auto& connection : connections_) connection->send_all("X-Slow: 1\r\n");
        for (int tick = 0; tick < 10 && dripping_; ++tick) std::this_thread::sleep_for(100ms);
      }
    });
  }
  ~HeaderDrippers() {
    dripping_ = false;
    thread_.join();
  }
  HeaderDrippers(const HeaderDrippers&) = delete;
  HeaderDrippers& operator=(const HeaderDrippers&) = delete;

 private:
  std::vector<std::unique_ptr<RawConnection>> connections_;
  std::atomic<bool> dripping_{true};
  std::thread thread_;
};

TEST(HostileSlowClient, FiftyClientsSendingAHeaderLineASecondDoNotStopSearches) {
  IndexedCorpus corpus(small_corpus());
  RunningServer server({.db = corpus.db(), .web_dir = {}, .domain_dir = {}, .threads = 2, .keep_alive_seconds = 0, .log = {}},
                       corpus.analyzer());
  const HeaderDrippers drippers(server.port(), 50);  // once enough to take every connection thread
  std::this_thread::sleep_for(1s);
  httplib::Client client("127.0.0.1", server.port());
  client.set_read_timeout(15, 0);
  int answered = 0;
  const auto until = std::chrono::steady_clock::now() + 5s;
  while (std::chrono::steady_clock::now() < until) {
    const auto started = std::chrono::steady_clock::now();
    EXPECT_EQ(get_json(client, "/api/search", {{"q", "demining"}}).status, 200);
    EXPECT_LT(std::chrono::steady_clock::now() - started, 4s) << "a search waited for the slow clients";
    ++answered;
  }
  EXPECT_GE(answered, 3);
}

TEST(HostileSlowClient, AClientDripFeedingHeadersIsCutAtTheRequestDeadline) {
  IndexedCorpus corpus(small_corpus());
  RunningServer server({.db = corpus.db(), .web_dir = {}, .domain_dir = {}, .threads = 1, .keep_alive_seconds = 0, .log = {},
                        .max_connections = 8, .io_timeout_seconds = 5, .request_read_seconds = 2},
                       corpus.analyzer());
  RawConnection slow(server.port());
  ASSERT_TRUE(slow.connected());
  slow.send_all("GET /healthz HTTP/1.1\r\n");
  const auto started = std::chrono::steady_clock::now();
  bool closed = false;
  // A line every 300 ms: never silent for the 5 s I/O timeout, so only a deadline cuts it.
  while (!closed && std::chrono::steady_clock::now() - started < 15s) {
    slow.read_until_closed(300ms, &closed);
    if (!closed && !slow.send_all("X-Slow: 1\r\n")) closed = true;
  }
  EXPECT_TRUE(closed) << "a client that keeps sending header lines held its connection for 15 s";
  EXPECT_LT(std::chrono::steady_clock::now() - started, 10s);
}

TEST(HostileSlowClient, AnAnnouncedBodyIsRefusedAtOnceWithoutBeingRead) {
  IndexedCorpus corpus(small_corpus());
  RunningServer server({.db = corpus.db(), .web_dir = {}, .domain_dir = {}, .threads = 1, .keep_alive_seconds = 0, .log = {}},
                       corpus.analyzer());
  // Headers only: the body never comes. 50 MB gets 413, 1 KB (a slow body) 405, both at once.
  for (const auto& [length, status] : std::vector<std::pair<std::string, int>>{{"50000000", 413}, {"1000", 405}}) {
    SCOPED_TRACE(length);
    RawConnection connection(server.port());
    ASSERT_TRUE(connection.connected());
    const auto started = std::chrono::steady_clock::now();
    connection.send_all("POST /api/search HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: " + length +
                        "\r\n\r\n");
    bool closed = false;
    const std::string response = connection.read_until_closed(10s, &closed);
    EXPECT_EQ(status_of(response), status) << response;
    EXPECT_FALSE(nlohmann::json::parse(body_of(response), nullptr, false).value("error", "").empty()) << response;
    EXPECT_TRUE(closed) << "the connection stays open on a body nobody will read";
    EXPECT_LT(std::chrono::steady_clock::now() - started, 3s) << "the server waited for the body (5 s I/O timeout)";
  }
}

}  // namespace
}  // namespace liaison::http

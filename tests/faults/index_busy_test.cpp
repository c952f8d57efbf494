// When the index keeps changing under a read (the Searcher gave up after its reopens and threw
// IndexBusyError), every endpoint answers 503 with Retry-After, a JSON message, and no 500 or
// "error:" line in the log: a client is told to come back, not that the server is broken.
#include <atomic>
#include <string>
#include <thread>

#include <gtest/gtest.h>
#include <httplib.h>

#include "core/error.h"
#include "search-server/routes.h"
#include "tests/server/server_fixture.h"

namespace liaison::http {
namespace {

using namespace testing_support;

/// The routes of the real server, over a context whose searcher reports the index busy.
class BusyIndexServer {
 public:
  explicit BusyIndexServer(const LogSink& log) {
    context_.searcher = [this]() -> SearcherLease {
      ++searcher_calls_;
      throw IndexBusyError("The index is being rewritten; try again in a moment.");
    };
    install_routes(server_, context_, {.web_dir = {}, .log = log});
    port_ = server_.bind_to_any_port("127.0.0.1");
    thread_ = std::thread([this] { server_.listen_after_bind(); });
    while (!server_.is_running()) std::this_thread::yield();
  }
  ~BusyIndexServer() {
    server_.stop();
    thread_.join();
  }
  BusyIndexServer(const BusyIndexServer&) = delete;
  BusyIndexServer& operator=(const BusyIndexServer&) = delete;

  int port() const { return port_; }
  int searcher_calls() const { return searcher_calls_; }

 private:
  ApiContext context_;
  httplib::Server server_;
  std::atomic<int> searcher_calls_{0};
  int port_ = 0;
  std::thread thread_;
};

TEST(IndexBusy, EveryReadingEndpointAnswers503WithRetryAfter) {
  LogCollector log;
  BusyIndexServer server(log.sink());
  httplib::Client client("127.0.0.1", server.port());
  const std::string paths[] = {
      "/api/search?q=demining",
      "/api/search?q=%D5%A1%D5%AF%D5%A1%D5%B6%D5%A1%D5%A6%D5%A5%D6%80%D5%AE%D5%B8%D6%82%D5%B4&lang=hy",
      "/api/search?q=%D1%80%D0%B0%D0%B7%D0%BC%D0%B8%D0%BD%D0%B8%D1%80%D0%BE%D0%B2%D0%B0%D0%BD%D0%B8%D0%B5",
      "/api/search?q=minat%C9%99mizl%C9%99m%C9%99&lang=az",
      "/api/documents/en-brussels",
      "/api/documents/en-brussels/passages/1/cite",
      "/api/measures/youth-summer-school",
      "/api/stats",
      "/api/export?q=demining&format=csv",
  };
  for (const auto& path : paths) {
    SCOPED_TRACE(path);
    const auto response = get_json(client, path);
    EXPECT_EQ(response.status, 503);
    const auto retry_after = response.headers.find("Retry-After");
    ASSERT_NE(retry_after, response.headers.end()) << response.raw;
    EXPECT_EQ(retry_after->second, "1");
    ASSERT_TRUE(response.body.is_object()) << response.raw;
    EXPECT_NE(response.body.dump().find("try again"), std::string::npos) << response.raw;
  }
  EXPECT_EQ(server.searcher_calls(), static_cast<int>(std::size(paths)))
      << "each request asks for its searcher once: nothing above the Searcher retries";
  for (const auto& line : log.lines()) {
    EXPECT_EQ(line.rfind("error:", 0), std::string::npos) << "server log: " << line;
    EXPECT_EQ(line.find(" 500 "), std::string::npos) << "server log: " << line;
  }
}

TEST(IndexBusy, TheServerStillAnswersWhatNeedsNoIndex) {
  LogCollector log;
  BusyIndexServer server(log.sink());
  httplib::Client client("127.0.0.1", server.port());
  EXPECT_EQ(get_json(client, "/healthz").status, 200);
  EXPECT_EQ(get_json(client, "/api/search?page=0").status, 400) << "parameters are checked before the index is read";
  EXPECT_EQ(server.searcher_calls(), 0);
}

}  // namespace
}  // namespace liaison::http

// SIGTERM under load: requests the server has begun reading finish with complete answers, no
// answered request is cut short, and the process exits 0. Connections opened after the
// listener closed may be refused: that is the point of stopping.
#include <atomic>
#include <chrono>
#include <memory>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "tests/faults/child_process.h"
#include "tests/faults/fault_support.h"
#include "tests/faults/raw_http.h"
#include "tests/server/server_fixture.h"

namespace liaison::http {
namespace {

using namespace testing_support;
using namespace std::chrono_literals;

/// A search-server process on an ephemeral loopback port.
struct ServerProcess {
  ServerProcess(const IndexedCorpus& corpus, const testing::TempDir& logs)
      : process({testing::search_server_path(), "--db", corpus.db().string(), "--port", "0", "--threads", "2"},
                {.output_dir = logs.path(), .max_file_bytes = {}}) {
    if (process.wait_for_stderr("listening on", 20s)) port = testing::listening_port(process.err());
  }
  testing::ChildProcess process;
  int port = 0;
};

/// True when `response` is a whole HTTP answer: status 200 and as many body bytes as announced.
bool is_complete_200(const std::string& response) {
  if (testing::status_of(response) != 200) return false;
  const auto header = response.find("Content-Length: ");
  if (header == std::string::npos) return false;
  return testing::body_of(response).size() == std::stoul(response.substr(header + 16));
}

TEST(GracefulShutdown, RequestsBeingReadWhenSigtermArrivesGetCompleteAnswers) {
  IndexedCorpus corpus(small_corpus());
  const testing::TempDir logs;
  ServerProcess server(corpus, logs);
  ASSERT_GT(server.port, 0) << server.process.err();
  constexpr int kInFlight = 8;
  std::vector<std::unique_ptr<testing::RawConnection>> in_flight;
  for (int i = 0; i < kInFlight; ++i) {
    in_flight.push_back(std::make_unique<testing::RawConnection>(server.port));
    ASSERT_TRUE(in_flight.back()->connected());
    in_flight.back()->send_all("GET /api/search?q=demining HTTP/1.1\r\nHost: x\r\n");  // not finished yet
  }
  std::this_thread::sleep_for(300ms);  // accepted and being read by the server
  server.process.signal_child(SIGTERM);
  std::this_thread::sleep_for(200ms);
  int complete = 0;
  for (auto& connection : in_flight) {
    connection->send_all("\r\n");
    const auto response = connection->read_until_closed(10s);
    complete += is_complete_200(response) ? 1 : 0;
    EXPECT_TRUE(is_complete_200(response)) << response.substr(0, 200);
  }
  EXPECT_EQ(server.process.wait_for_exit(10s), 0) << server.process.err();
  std::printf("[ sigterm ] %d of %d requests in flight at SIGTERM answered completely\n", complete, kInFlight);
}

struct ShutdownOutcome {
  std::atomic<int> answered{0}, refused{0}, bad{0};
};

TEST(GracefulShutdown, UnderLoadEveryAnsweredRequestIsCompleteAndTheServerExitsCleanly) {
  IndexedCorpus corpus(small_corpus());
  const testing::TempDir logs;
  ServerProcess server(corpus, logs);
  ASSERT_GT(server.port, 0) << server.process.err();
  std::atomic<bool> running{true};
  ShutdownOutcome outcome;
  std::vector<std::thread> clients;
  for (int number = 0; number < 8; ++number) {
    clients.emplace_back([&, number] {
      httplib::Client client("127.0.0.1", server.port);
      const auto& queries = testing::reader_queries();
      for (std::size_t next = static_cast<std::size_t>(number); running; ++next) {
        const auto result = client.Get(queries[next % queries.size()]);
        if (!result) {
          ++outcome.refused;  // no answer at all: a connection the closed listener turned away
        } else if (result->status == 200 && !nlohmann::json::parse(result->body, nullptr, false).is_discarded()) {
          ++outcome.answered;
        } else {
          ++outcome.bad;
        }
      }
    });
  }
  std::this_thread::sleep_for(1500ms);
  const int answered_before = outcome.answered.load();
  server.process.signal_child(SIGTERM);
  const auto exit_code = server.process.wait_for_exit(10s);
  std::this_thread::sleep_for(200ms);
  running = false;
  for (auto& client : clients) client.join();
  EXPECT_EQ(exit_code, 0) << server.process.err();
  EXPECT_GT(answered_before, 20);
  EXPECT_EQ(outcome.bad.load(), 0) << "an answer was cut short or was an error";
  EXPECT_NE(server.process.err().find("stopped"), std::string::npos);
  std::printf("[ sigterm ] %d complete answers, %d connections refused after the listener closed, %d bad\n",
              outcome.answered.load(), outcome.refused.load(), outcome.bad.load());
}

}  // namespace
}  // namespace liaison::http

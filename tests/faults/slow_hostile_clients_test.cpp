// Hostile clients held for a while against a real search-server process, with the figures
// docs/reliability.md quotes: searches answered (count, p99) while 200 clients drip headers and
// 50 drip bodies for 30 s, and the server's memory (RSS) under a 2,600-range request and under
// 1,000 maximal (4,096-byte) queries. Label `slow`: minutes, run by `scripts/test --slow`.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <map>
#include <memory>
#include <string>
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
using testing::RawConnection;

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif

/// A search-server process with two search threads on an ephemeral loopback port.
struct ServerProcess {
  ServerProcess(const IndexedCorpus& corpus, const testing::TempDir& logs)
      : process({testing::search_server_path(), "--db", corpus.db().string(), "--port", "0", "--threads", "2"},
                {.output_dir = logs.path(), .max_file_bytes = {}}) {
    if (process.wait_for_stderr("listening on", 20s)) port = testing::listening_port(process.err());
  }
  /// Resident memory in MB (VmRSS).
  double rss_mb() const {
    std::ifstream status("/proc/" + std::to_string(process.pid()) + "/status");
    for (std::string line; std::getline(status, line);) {
      if (line.starts_with("VmRSS:")) return std::stod(line.substr(6)) / 1024.0;
    }
    return 0.0;
  }
  testing::ChildProcess process;
  int port = 0;
};

IndexedCorpus& shared_corpus() {
  static IndexedCorpus corpus([] {
    auto files = small_corpus();
    for (int i = 0; i < 300; ++i) {
      files.push_back({"en/report-" + std::to_string(i) + ".md",
                       front_matter_document("en-report-" + std::to_string(i), "Report " + std::to_string(i), "2022-01-01",
                                             "en", "report", "economy",
                                             "Demining, rail links and border delimitation, report " + std::to_string(i) +
                                                 ".\n\nThe communities discussed connectivity.\n")});
    }
    return files;
  }());
  return corpus;
}

/// Connections that each send a request's start and then one line (or one body byte) a second,
/// reconnecting whenever the server closes them, until destroyed.
class Drippers {
 public:
  Drippers(int port, int header_clients, int body_clients) : port_(port) {
    for (int i = 0; i < header_clients + body_clients; ++i) slots_.push_back({nullptr, i >= header_clients});
    thread_ = std::thread([this] { drip(); });
  }
  ~Drippers() {
    dripping_ = false;
    thread_.join();
  }
  Drippers(const Drippers&) = delete;
  Drippers& operator=(const Drippers&) = delete;
  int reconnections() const { return reconnections_; }

 private:
  struct Slot {
    std::unique_ptr<RawConnection> connection;
    bool body;
  };
  void open(Slot& slot) {
    slot.connection = std::make_unique<RawConnection>(port_);
    slot.connection->send_all(slot.body ? "POST /api/search HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n"
                                        : "GET /api/search?q=rail HTTP/1.1\r\nHost: x\r\n");
    ++reconnections_;
  }
  void drip() {
    while (dripping_) {
      for (auto& slot : slots_) {
        if (!slot.connection || !slot.connection->send_all(slot.body ? "x" : "X-Slow: 1\r\n")) open(slot);
      }
      for (int tick = 0; tick < 10 && dripping_; ++tick) std::this_thread::sleep_for(100ms);
    }
  }
  int port_;
  std::vector<Slot> slots_;
  std::atomic<bool> dripping_{true};
  std::atomic<int> reconnections_{0};
  std::thread thread_;
};

double percentile(std::vector<double> values, double p) {
  if (values.empty()) return 0.0;
  std::sort(values.begin(), values.end());
  return values[std::min(values.size() - 1, static_cast<std::size_t>(p * static_cast<double>(values.size())))];
}

TEST(SlowHostileClients, SearchesAreAnsweredWhile250SlowClientsHoldConnections) {
  const testing::TempDir logs;
  ServerProcess server(shared_corpus(), logs);
  ASSERT_GT(server.port, 0) << server.process.err();
  const Drippers drippers(server.port, 200, 50);
  std::this_thread::sleep_for(2s);  // every slow client connected
  httplib::Client client("127.0.0.1", server.port);
  client.set_read_timeout(30, 0);
  std::vector<double> millis;
  int failed = 0;
  const auto& queries = testing::reader_queries();
  const auto until = std::chrono::steady_clock::now() + 30s;
  for (std::size_t i = 0; std::chrono::steady_clock::now() < until; ++i) {
    const auto started = std::chrono::steady_clock::now();
    const std::string& query = queries[i % queries.size()];
    const char* joint = query.find('?') == std::string::npos ? "?" : "&";
    const auto response = client.Get(query + joint + "n=" + std::to_string(i));  // no cache hits
    millis.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count());
    if (!response || response->status != 200) ++failed;
    std::this_thread::sleep_for(20ms);
  }
  const double p99 = percentile(millis, 0.99);
  std::printf("[figures] searches answered %zu (failed %d) in 30 s, p50 %.1f ms, p99 %.1f ms, max %.1f ms, "
              "slow-client connections opened %d, server RSS %.0f MB\n",
              millis.size(), failed, percentile(millis, 0.5), p99, percentile(millis, 1.0), drippers.reconnections(),
              server.rss_mb());
  EXPECT_EQ(failed, 0);
  EXPECT_GT(millis.size(), 100u);
  // The target is p99 <= 1 s; a sanitizer build on a shared 2-core machine gets 5 s.
  EXPECT_LE(p99, kSanitized ? 5000.0 : 1000.0);
}

std::string maximal_query(int n) {
  std::string q;
  for (int word = 0; word < 63; ++word) q += std::string(63, static_cast<char>('a' + word % 26)) + " ";
  q += "n" + std::to_string(n);  // each query differs: no answer comes from the cache
  return q.substr(0, 4096);
}

TEST(SlowHostileClients, MemoryUnderManyRangesAndMaximalQueries) {
  const testing::TempDir logs;
  ServerProcess server(shared_corpus(), logs);
  ASSERT_GT(server.port, 0) << server.process.err();
  httplib::Client client("127.0.0.1", server.port);
  client.set_read_timeout(60, 0);
  const std::string export_target = "/api/export?q=&limit=1000&format=json";
  const auto plain = client.Get(export_target);
  ASSERT_TRUE(plain);
  const double before = server.rss_mb();
  std::string ranges = "bytes=0-";
  for (int i = 1; i < 2600; ++i) ranges += ",0-";
  const auto ranged = client.Get(export_target, {{"Range", ranges}});
  ASSERT_TRUE(ranged);
  const double after_ranges = server.rss_mb();
  std::printf("[figures] 2,600-range export: status %d, %zu bytes (plain %zu), RSS %.0f -> %.0f MB\n", ranged->status,
              ranged->body.size(), plain->body.size(), before, after_ranges);
  EXPECT_EQ(ranged->body.size(), plain->body.size());
  EXPECT_LT(after_ranges - before, 50.0) << "the answer was built once per range";

  std::map<int, int> statuses;
  for (int i = 0; i < 1000; ++i) {
    const auto response = client.Get("/api/search", httplib::Params{{"q", maximal_query(i)}}, httplib::Headers{});
    ++statuses[response ? response->status : 0];
  }
  const double after_queries = server.rss_mb();
  std::string counted;
  for (const auto& [status, count] : statuses) counted += " " + std::to_string(status) + "×" + std::to_string(count);
  std::printf("[figures] 1,000 maximal queries:%s, RSS %.0f -> %.0f MB\n", counted.c_str(), after_ranges, after_queries);
  EXPECT_EQ(statuses.count(0), 0u);
  EXPECT_EQ(statuses.count(500), 0u);
}

}  // namespace
}  // namespace liaison::http

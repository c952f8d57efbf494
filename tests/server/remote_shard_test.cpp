// A shard served by a real xapian-tcpsrv (Debian's xapian-tools) on a loopback port, searched
// with the catalog and the other shard through a stub's "remote tcp" line (or listed, the remote
// one as tcp://HOST:PORT, as search-server --shard takes them): what works over
// Xapian's remote protocol, and what does not yet (docs/scale.md lists the custom parts).
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <thread>

#include <gtest/gtest.h>

#include "core/analysis/analyzer.h"
#include "core/error.h"
#include "core/index/sharded_index.h"
#include "core/index/writer.h"
#include "core/search/domain_lexicon.h"
#include "core/search/searcher.h"
#include "search-server/json_encode.h"
#include "tests/server/server_fixture.h"

namespace liaison::http {
namespace {

using namespace testing_support;
namespace fs = std::filesystem;

constexpr const char* kTcpServer = "/usr/bin/xapian-tcpsrv";

/// A port nothing listens on now (the kernel's choice of a free one).
int free_port() {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t size = sizeof address;
  ::bind(fd, reinterpret_cast<sockaddr*>(&address), size);
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &size);
  ::close(fd);
  return ntohs(address.sin_port);
}

bool accepts(int port) {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  address.sin_port = htons(static_cast<std::uint16_t>(port));
  const bool connected = ::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
  ::close(fd);
  return connected;
}

/// xapian-tcpsrv serving `database` on 127.0.0.1:port() until destroyed.
class TcpServer {
 public:
  explicit TcpServer(const fs::path& database) : port_(free_port()) {
    pid_ = ::fork();
    if (pid_ == 0) {
      // A process group of its own: on SIGTERM xapian-tcpsrv signals its whole group (its
      // connection processes), which would otherwise be this test's.
      ::setpgid(0, 0);
      const std::string port = std::to_string(port_);
      ::execl(kTcpServer, kTcpServer, "--quiet", "--interface", "127.0.0.1", "--port", port.c_str(),
              database.c_str(), static_cast<char*>(nullptr));
      ::_exit(127);
    }
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (!accepts(port_) && std::chrono::steady_clock::now() < deadline)
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  ~TcpServer() {
    if (pid_ <= 0) return;  // fork failed: nothing to stop (and kill(-1 or 0) would reach other processes)
    ::kill(pid_, SIGTERM);
    int status = 0;
    ::waitpid(pid_, &status, 0);
  }
  TcpServer(const TcpServer&) = delete;
  TcpServer& operator=(const TcpServer&) = delete;
  int port() const { return port_; }

 private:
  int port_;
  pid_t pid_ = -1;
};

class RemoteShard : public ::testing::Test {
 protected:
  void SetUp() override {
    if (::access(kTcpServer, X_OK) != 0) GTEST_SKIP() << kTcpServer << " is missing: install xapian-tools (scripts/lib.sh)";
    for (const CorpusFile& file : small_corpus()) dir_.write("corpus/" + file.path, file.content);
    BuildOptions options;
    options.shards = 2;
    ASSERT_EQ(build_index(dir_.path() / "corpus", sharded(), analyzer_, options).failed, 0u);
    ASSERT_EQ(build_index(dir_.path() / "corpus", dir_.path() / "single", analyzer_).failed, 0u);
    server_ = std::make_unique<TcpServer>(sharded() / "shard-1");
    ASSERT_TRUE(accepts(server_->port()));
    std::ofstream(mixed() / "XAPIANDB") << "glass " << (sharded() / "catalog").string() << "\nglass "
                                         << (sharded() / "shard-0").string() << "\nremote tcp 127.0.0.1 "
                                         << server_->port() << "\n";
    lexicon_ = load_domain_lexicon(testing::source_dir() / "corpus/domain", analyzer_);
  }
  fs::path sharded() const { return dir_.path() / "sharded"; }
  fs::path mixed() const {
    fs::create_directories(dir_.path() / "mixed");
    return dir_.path() / "mixed";
  }
  Searcher searcher(const fs::path& db, std::vector<fs::path> shards = {}) const {
    return Searcher(db, analyzer_, SearcherOptions{.lexicon = lexicon_, .shards = std::move(shards)});
  }
  /// The same databases as mixed(), listed as search-server --shard takes them.
  std::vector<fs::path> listed() const {
    return {sharded() / "catalog", sharded() / "shard-0", "tcp://127.0.0.1:" + std::to_string(server_->port())};
  }

  testing::TempDir dir_;
  Analyzer analyzer_;
  std::shared_ptr<const DomainLexicon> lexicon_;
  std::unique_ptr<TcpServer> server_;
};

/// The answer without its timing and its hits' scores, which are compared to 1e-9.
nlohmann::json comparable(const SearchResult& result, const SearchResult& expected) {
  nlohmann::json json = to_json(result);
  json.erase("took_ms");
  for (std::size_t i = 0; i < result.hits.size() && i < expected.hits.size(); ++i) {
    EXPECT_NEAR(result.hits[i].score, expected.hits[i].score, 1e-9 * std::max(1.0, expected.hits[i].score));
    json["hits"][i].erase("score");
  }
  return json;
}

TEST_F(RemoteShard, APlainSearchOverARemoteShardAnswersAsOneIndex) {
  Searcher single = searcher(dir_.path() / "single");
  Searcher remote = searcher(mixed());
  Searcher by_address = searcher(sharded(), listed());
  for (const SearchMode mode : {SearchMode::Documents, SearchMode::Passages}) {
    for (const std::string query : {"demining", "разминирование", "Qarabag border", "kind:statement"}) {
      SearchRequest request;
      request.query = query;
      request.mode = mode;
      request.facets = false;  // no match spy: see the next test
      request.cross_language = single.wants_cross_language(query);
      const SearchResult expected = single.search(request);
      ASSERT_FALSE(expected.hits.empty()) << query;
      EXPECT_EQ(comparable(remote.search(request), expected), comparable(expected, expected)) << query;
      EXPECT_EQ(comparable(by_address.search(request), expected), comparable(expected, expected)) << query;
    }
  }
  nlohmann::json stats = to_json(remote.stats()), expected_stats = to_json(single.stats());
  stats.erase("last_indexed");
  expected_stats.erase("last_indexed");
  EXPECT_EQ(stats, expected_stats);
  for (const std::string id : {"en-brussels", "ru-demining", "hy-statement"})
    EXPECT_EQ(to_json(*remote.get_document(id)), to_json(*single.get_document(id))) << id;
  EXPECT_NE(remote.index_version().find("@remote"), std::string::npos);
}

TEST_F(RemoteShard, FacetsNeedAMatchSpyThatXapianTcpsrvDoesNotKnow) {
  Searcher remote = searcher(mixed());
  SearchRequest request;
  request.query = "demining";
  request.facets = true;  // the facet counter is a MatchSpy of our own (core/search/facets.h)
  try {
    remote.search(request);
    ADD_FAILURE() << "facets over a remote shard worked: update docs/scale.md";
  } catch (const IndexError& e) {
    EXPECT_NE(std::string(e.what()).find("MatchSpy"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace liaison::http

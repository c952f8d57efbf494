// Read replicas of a sharded index kept current by Xapian's own replication (Debian's
// xapian-tools): a real xapian-replicate-server on a loopback port serves the master's index
// folder, a real xapian-replicate copies each of its databases into a replica folder whose stub
// `indexer replica` writes, and the real indexer writes the master with --changesets. The replica
// is searched with the Searcher, as search-server --db REPLICA does (docs/scale.md, "Replicas").
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <thread>

#include <gtest/gtest.h>

#include "core/analysis/analyzer.h"
#include "core/error.h"
#include "core/index/sharded_index.h"
#include "core/search/searcher.h"
#include "tests/server/server_fixture.h"
#include "tests/server/tcp_server.h"
#include "tests/support/process.h"

namespace liaison::http {
namespace {

using namespace testing_support;
namespace fs = std::filesystem;

constexpr const char* kReplicateServer = "/usr/bin/xapian-replicate-server";
constexpr const char* kReplicate = "/usr/bin/xapian-replicate";

/// xapian-replicate-server serving the databases under `folder` on 127.0.0.1:port() until destroyed.
class ReplicationServer {
 public:
  explicit ReplicationServer(const fs::path& folder) : port_(free_port()) {
    pid_ = ::fork();
    if (pid_ == 0) {
      ::setpgid(0, 0);  // its connection processes in a group of their own, not this test's
      ::prctl(PR_SET_PDEATHSIG, SIGTERM);  // and gone with the test, should the test die
      const std::string port = std::to_string(port_);
      ::execl(kReplicateServer, kReplicateServer, "--interface", "127.0.0.1", "--port", port.c_str(), folder.c_str(),
              static_cast<char*>(nullptr));
      ::_exit(127);
    }
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (!accepts(port_) && std::chrono::steady_clock::now() < deadline)
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  ~ReplicationServer() {
    if (pid_ <= 0) return;  // fork failed: nothing to stop (and kill(-1 or 0) would reach other processes)
    ::kill(-pid_, SIGTERM);  // the group: the server and any connection process it forked
    int status = 0;
    ::waitpid(pid_, &status, 0);
  }
  ReplicationServer(const ReplicationServer&) = delete;
  ReplicationServer& operator=(const ReplicationServer&) = delete;
  int port() const { return port_; }

 private:
  int port_;
  pid_t pid_ = -1;
};

class Replica : public ::testing::Test {
 protected:
  void SetUp() override {
    if (::access(kReplicateServer, X_OK) != 0 || ::access(kReplicate, X_OK) != 0)
      GTEST_SKIP() << "xapian-replicate is missing: install xapian-tools (scripts/lib.sh)";
    write_small_corpus(dir_);
    ASSERT_EQ(indexer({"build", "--corpus", corpus().string(), "--db", master().string(), "--domain", "none", "--quiet",
                       "--shards", "2", "--changesets", "10"})
                  .exit_code,
              0);
    server_ = std::make_unique<ReplicationServer>(master());
    ASSERT_TRUE(accepts(server_->port()));
    ASSERT_EQ(indexer({"replica", "--db", replica().string(), "--shards", "2"}).exit_code, 0);
    replicate_all(2);
  }
  fs::path corpus() const { return dir_.path() / "corpus"; }
  fs::path master() const { return dir_.path() / "master"; }
  fs::path replica() const { return dir_.path() / "replica"; }

  static testing::ProcessResult indexer(std::vector<std::string> arguments) {
    arguments.insert(arguments.begin(), (testing::binary_dir() / "bin" / "indexer").string());
    return testing::run_process(arguments);
  }
  /// One pass of xapian-replicate over the master's database `name`; its report ("Update
  /// complete: 0 copies, 1 changesets, …").
  std::string replicate(const std::string& name) const {
    const testing::ProcessResult run =
        testing::run_process({kReplicate, "--host", "127.0.0.1", "--port", std::to_string(server_->port()), "--master",
                              name, "--one-shot", "--verbose", "--reader-time", "0", (replica() / name).string()});
    EXPECT_EQ(run.exit_code, 0) << name << ": " << run.err;
    return run.out + run.err;
  }
  void replicate_all(std::size_t shards) const {
    replicate(std::string(sharded::kCatalogFolder));
    for (std::size_t k = 0; k < shards; ++k) replicate(sharded::shard_folder(k));
  }
  void add_document(const std::string& id, const std::string& body) const {
    dir_.write("corpus/en/" + id + ".md",
               front_matter_document(id, "A note " + id, "2024-03-01", "en", "article", "diplomacy", body));
  }
  Searcher searcher(const fs::path& db) const { return Searcher(db, analyzer_); }
  static std::uint64_t total(Searcher& searcher, const std::string& query) {
    SearchRequest request;
    request.query = query;
    return searcher.search(request).total;
  }

  testing::TempDir dir_;
  Analyzer analyzer_;
  std::unique_ptr<ReplicationServer> server_;
};

TEST_F(Replica, ANewDocumentReachesTheReplicaAsAChangesetAndIsFoundThere) {
  Searcher on_replica = searcher(replica());
  Searcher on_master = searcher(master());
  const std::uint64_t before = total(on_master, "demining");
  EXPECT_GT(before, 0u);
  EXPECT_EQ(total(on_replica, "demining"), before);
  EXPECT_EQ(total(on_replica, "zanzibarian"), 0u);

  add_document("en-zanzibar", "The zanzibarian observers joined the demining talks.\n");
  ASSERT_EQ(indexer({"build", "--corpus", corpus().string(), "--db", master().string(), "--domain", "none", "--quiet",
                     "--changesets", "10"})
                .exit_code,
            0);
  const std::string shard = sharded::shard_folder(sharded::shard_of("en-zanzibar", 2));
  // The master kept the commit's changes: the replica gets them, not a full copy.
  EXPECT_NE(replicate(shard).find("0 copies, 1 changesets"), std::string::npos);
  replicate(std::string(sharded::kCatalogFolder));
  on_replica.reopen();
  EXPECT_EQ(total(on_replica, "zanzibarian"), 1u);
  EXPECT_EQ(total(on_replica, "demining"), before + 1);
}

TEST_F(Replica, WithoutChangesetsEveryUpdateIsAFullCopy) {
  add_document("en-zanzibar", "The zanzibarian observers joined the demining talks.\n");
  ASSERT_EQ(indexer({"build", "--corpus", corpus().string(), "--db", master().string(), "--domain", "none", "--quiet"})
                .exit_code,
            0);
  const std::string shard = sharded::shard_folder(sharded::shard_of("en-zanzibar", 2));
  EXPECT_NE(replicate(shard).find("1 copies"), std::string::npos);
  replicate(std::string(sharded::kCatalogFolder));
  Searcher on_replica = searcher(replica());
  EXPECT_EQ(total(on_replica, "zanzibarian"), 1u);
}

TEST_F(Replica, TheReplicaAnswersWhileTheMasterIndexesAndEndsWithEveryDocument) {
  constexpr int kNewDocuments = 300;
  for (int i = 0; i < kNewDocuments; ++i)
    add_document("en-batch-" + std::to_string(i), "Batch note " + std::to_string(i) + " on zanzibarian rail links.\n");
  Searcher on_replica = searcher(replica());
  std::atomic<bool> indexing{true};
  std::thread writer([&] {
    // Meanwhile this thread replicates and searches the replica, over and over.
    EXPECT_EQ(indexer({"build", "--corpus", corpus().string(), "--db", master().string(), "--domain", "none",
                       "--quiet", "--changesets", "50"})
                  .exit_code,
              0);
    indexing = false;
  });
  int searches = 0, while_indexing = 0;
  std::uint64_t last_seen = 0;
  try {
    while (indexing || searches == 0) {
      while_indexing += indexing ? 1 : 0;
      replicate_all(2);
      on_replica.reopen();
      const std::uint64_t seen = total(on_replica, "zanzibarian");
      EXPECT_LE(seen, static_cast<std::uint64_t>(kNewDocuments));
      last_seen = seen;
      ++searches;
    }
  } catch (const Error& e) {
    ADD_FAILURE() << "searching the replica while the master indexes: " << e.what();
  }
  writer.join();
  replicate_all(2);
  on_replica.reopen();
  EXPECT_GE(total(on_replica, "zanzibarian"), last_seen);
  EXPECT_EQ(total(on_replica, "zanzibarian"), static_cast<std::uint64_t>(kNewDocuments));
  EXPECT_GT(while_indexing, 0) << "a round of replication and search began while the indexer ran";
}

TEST_F(Replica, ANewLayoutOnTheMasterReachesTheReplicaByAFullCopyAndAnOpenReaderFollows) {
  Searcher on_replica = searcher(replica());
  const std::uint64_t before = total(on_replica, "demining");
  // The same number of shards, new databases (new UUIDs): each replica takes a full copy into
  // its other folder and deletes the one the reader has open.
  ASSERT_EQ(indexer({"reshard", "--db", master().string(), "--shards", "1"}).exit_code, 0);
  ASSERT_EQ(indexer({"reshard", "--db", master().string(), "--shards", "2"}).exit_code, 0);
  EXPECT_NE(replicate("shard-0").find("1 copies"), std::string::npos);
  replicate_all(2);
  on_replica.reopen();
  EXPECT_EQ(total(on_replica, "demining"), before);

  // Another number of shards: the replica's stub lists them, and one xapian-replicate each.
  ASSERT_EQ(indexer({"reshard", "--db", master().string(), "--shards", "3"}).exit_code, 0);
  ASSERT_EQ(indexer({"replica", "--db", replica().string(), "--shards", "3"}).exit_code, 0);
  replicate_all(3);
  on_replica.reopen();
  EXPECT_EQ(total(on_replica, "demining"), before);
  EXPECT_EQ(sharded::shard_count(replica()), 3u);
}

}  // namespace
}  // namespace liaison::http

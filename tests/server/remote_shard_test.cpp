// A shard served by a real xapian-tcpsrv (Debian's xapian-tools) on a loopback port, searched
// with the catalog and the other shard through a stub's "remote tcp" line (or listed, the remote
// one as tcp://HOST:PORT, as search-server --shard takes them): what works over
// Xapian's remote protocol (docs/scale.md lists the parts of our own and how each is served).
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
#include "tests/server/tcp_server.h"

namespace liaison::http {
namespace {

using namespace testing_support;
namespace fs = std::filesystem;

class RemoteShard : public ::testing::Test {
 protected:
  void SetUp() override {
    if (::access(kTcpServer, X_OK) != 0) GTEST_SKIP() << kTcpServer << " is missing: install xapian-tools (scripts/lib.sh)";
    write_small_corpus(dir_);
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
  Searcher searcher(const fs::path& db, std::vector<fs::path> shards = {}, SearcherOptions options = {}) const {
    options.lexicon = lexicon_;
    options.shards = std::move(shards);
    return Searcher(db, analyzer_, options);
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

TEST_F(RemoteShard, AWholeIndexServedRemotelyAloneAnswersAsLocally) {
  // One database, and that one remote: the proximity rerank of a query of several words cannot
  // name its documents by docid through a posting source of ours (xapian-tcpsrv runs Xapian's
  // own only), so it names them by their ids. Words as written: the fold and variant
  // dictionaries are in the synonym table, which Xapian's remote protocol does not serve
  // (docs/scale.md), so a word typed without its diacritics needs a local catalog.
  TcpServer whole(dir_.path() / "single");
  ASSERT_TRUE(accepts(whole.port()));
  Searcher single = searcher(dir_.path() / "single");
  Searcher remote = searcher(dir_.path() / "single", {"tcp://127.0.0.1:" + std::to_string(whole.port())});
  for (const std::string query : {"demining rail links", "border delimitation", "Qarabağ bölgəsində", "разминирование дороги"}) {
    SearchRequest request;
    request.query = query;
    request.facets = false;
    request.cross_language = single.wants_cross_language(query);
    const SearchResult expected = single.search(request);
    ASSERT_FALSE(expected.hits.empty()) << query;
    EXPECT_EQ(comparable(remote.search(request), expected), comparable(expected, expected)) << query;
  }
}

TEST_F(RemoteShard, ADocumentAddedToARemoteShardIsANewIndexVersionAndFound) {
  // A remote database has no revision: its version is read from its statistics, so that the
  // server's answer cache does not keep answering from before the change.
  Searcher remote = searcher(mixed());
  // The remote part's own: the catalog's revision changes too (it holds the file fingerprints).
  const auto remote_part = [&remote] {
    const std::string version = remote.index_version();
    return version.substr(version.rfind(';') + 1);
  };
  const std::string before = remote_part();
  EXPECT_NE(before.find("@remote-"), std::string::npos) << before;
  std::string id;
  for (int n = 0; id.empty() || sharded::shard_of(id, 2) != 1; ++n) id = "en-orchard-" + std::to_string(n);
  dir_.write("corpus/en/orchard.md", front_matter_document(id, "An orchard", "2024-03-01", "en", "report", "economy",
                                                           "Walnut orchards were replanted near the border.\n"));
  ASSERT_EQ(build_index(dir_.path() / "corpus", sharded(), analyzer_).failed, 0u);
  remote.reopen();
  EXPECT_NE(remote_part(), before);
  SearchRequest request;
  request.query = "walnut";
  const SearchResult found = remote.search(request);
  ASSERT_EQ(found.hits.size(), 1u);
  EXPECT_EQ(found.hits[0].id, id);
  EXPECT_FALSE(found.partial);
}

TEST_F(RemoteShard, FacetSearchesOverARemoteShardAnswerAsOneIndex) {
  // The facets are counted with Xapian's built-in ValueCountMatchSpy when a part is remote
  // (core/search/facets.h): exactly, and past the exact count from the sample.
  for (const bool sampled : {false, true}) {
    SearcherOptions options;
    if (sampled) {
      options.exact_count_up_to = 2;
      options.facet_sample_size = 2;
    }
    // Past the exact count, compared with the same shards all local: whether a query goes to
    // the sample follows Xapian's bounds on its matches, summed over the databases.
    Searcher single = searcher(sampled ? sharded() : dir_.path() / "single", {}, options);
    Searcher remote = searcher(mixed(), {}, options);
    std::size_t with_facets = 0;
    for (const SearchMode mode : {SearchMode::Documents, SearchMode::Passages}) {
      for (const std::string query : {"demining", "разминирование", "Qarabag border", "kind:statement", ""}) {
        SearchRequest request;
        request.query = query;
        request.mode = mode;
        request.facets = true;
        request.cross_language = single.wants_cross_language(query);
        const SearchResult expected = single.search(request);
        ASSERT_FALSE(expected.hits.empty()) << query;
        with_facets += expected.facets.empty() ? 0 : 1;
        const SearchResult got = remote.search(request);
        EXPECT_FALSE(got.partial) << query;
        EXPECT_EQ(comparable(got, expected), comparable(expected, expected)) << query << (sampled ? " (sampled)" : "");
        if (sampled && mode == SearchMode::Documents && query.empty()) {
          EXPECT_LT(got.sample, 1.0) << "the sample's route was not taken";
        }
      }
    }
    EXPECT_EQ(with_facets, 10u);
  }
}

}  // namespace
}  // namespace liaison::http

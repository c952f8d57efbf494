// The server over a sharded index (core/index/sharded_index.h), opened from its folder (--db) or
// from a list of folders (--shard …, SearcherOptions::shards): the same API answers as over one
// index of the same documents, and an incremental run on the shards reaches it at the next request.
#include <algorithm>

#include <gtest/gtest.h>

#include "core/index/sharded_index.h"
#include "tests/server/server_fixture.h"

namespace liaison::http {
namespace {

using namespace testing_support;
namespace fs = std::filesystem;

/// The small corpus indexed once as one database and once in two shards.
class ShardedServer : public ::testing::Test {
 protected:
  ShardedServer() : single_(small_corpus()) {
    write_small_corpus(dir_);
    reindex_shards();
  }

  BuildReport reindex_shards() {
    BuildOptions options;
    options.shards = 2;
    const BuildReport report = build_index(dir_.path() / "corpus", sharded(), single_.analyzer(), options);
    EXPECT_EQ(report.failed, 0u);
    return report;
  }
  fs::path sharded() const { return dir_.path() / "sharded"; }

  std::unique_ptr<RunningServer> serve(const fs::path& db, std::vector<fs::path> shards = {}) const {
    return std::make_unique<RunningServer>(ServerOptions{.db = db, .shards = std::move(shards), .web_dir = {},
                                                        .domain_dir = single_.domain(), .threads = 2,
                                                        .keep_alive_seconds = 0, .log = {}},
                                           single_.analyzer());
  }

  static nlohmann::json search(int port, const std::string& query) {
    JsonResponse response = search_every_hit(port, {{"q", query}});
    EXPECT_EQ(response.status, 200) << query;
    response.body.erase("took_ms");
    return response.body;
  }

  /// `got` is `expected`, the hits' scores to 1e-9 (the last bits of a sum follow the order
  /// Xapian adds in, which over several databases can differ).
  static void expect_same_answer(nlohmann::json got, nlohmann::json expected, const std::string& query) {
    ASSERT_EQ(got["hits"].size(), expected["hits"].size()) << query;
    for (std::size_t i = 0; i < got["hits"].size(); ++i) {
      const double score = expected["hits"][i]["score"].get<double>();
      EXPECT_NEAR(got["hits"][i]["score"].get<double>(), score, 1e-9 * std::max(1.0, score)) << query << " hit " << i;
      got["hits"][i].erase("score");
      expected["hits"][i].erase("score");
    }
    EXPECT_EQ(got, expected) << query << ": " << nlohmann::json::diff(expected, got).dump();
  }

  IndexedCorpus single_;
  testing::TempDir dir_;
};

TEST_F(ShardedServer, TheFolderAndTheListOfItsDatabasesAnswerAsOneIndex) {
  ASSERT_EQ(sharded::shard_count(sharded()), 2u);
  const auto one = serve(single_.db());
  const auto folder = serve(sharded());
  const auto listed = serve(sharded(), {sharded() / "catalog", sharded() / "shard-0", sharded() / "shard-1"});
  for (const std::string query : {"demining", "разминирование", "Qarabag", "kind:statement", "rail OR border"}) {
    const nlohmann::json expected = search(one->port(), query);
    EXPECT_FALSE(expected["hits"].empty()) << query;
    expect_same_answer(search(folder->port(), query), expected, query);
    expect_same_answer(search(listed->port(), query), expected, query);
  }
  httplib::Client single_client("127.0.0.1", one->port()), listed_client("127.0.0.1", listed->port());
  JsonResponse stats = get_json(listed_client, "/api/stats");
  JsonResponse expected_stats = get_json(single_client, "/api/stats");
  ASSERT_EQ(stats.status, 200);
  EXPECT_FALSE(stats.body["last_indexed"].get<std::string>().empty()) << "the catalog, listed first, holds it";
  stats.body.erase("last_indexed");
  expected_stats.body.erase("last_indexed");
  EXPECT_EQ(stats.body, expected_stats.body);
  EXPECT_EQ(get_json(listed_client, "/api/documents/ru-demining").body,
            get_json(single_client, "/api/documents/ru-demining").body);
}

TEST_F(ShardedServer, AnIncrementalRunOnTheShardsIsSeenAtTheNextRequest) {
  const auto folder = serve(sharded());
  const auto listed = serve(sharded(), {sharded() / "catalog", sharded() / "shard-0", sharded() / "shard-1"});
  EXPECT_TRUE(search(folder->port(), "Lachin")["hits"].empty());
  dir_.write("corpus/en/lachin.md", front_matter_document("en-lachin", "The Lachin road", "2023-04-23", "en", "article",
                                                          "economy", "Traffic on the Lachin road resumed.\n"));
  EXPECT_EQ(reindex_shards().added, 1u);
  for (const int port : {folder->port(), listed->port()}) {
    const nlohmann::json found = search(port, "Lachin");
    ASSERT_EQ(found["hits"].size(), 1u);
    EXPECT_EQ(found["hits"][0]["id"], "en-lachin");
  }
}

TEST_F(ShardedServer, ANewLayoutSwappedInIsOpenedAtTheNextRequest) {
  const auto server = serve(single_.db());
  const nlohmann::json before = search(server->port(), "demining");
  ASSERT_FALSE(before["hits"].empty());
  BuildOptions options;
  for (const std::size_t shards : {2u, 3u}) {  // one database → 2 shards → 3 shards, under the running server
    options.shards = shards;
    single_.add({"en/lachin-" + std::to_string(shards) + ".md",
                 front_matter_document("en-lachin-" + std::to_string(shards), "The Lachin road", "2023-04-23", "en",
                                       "article", "economy", "Traffic on the Lachin road resumed.\n")});
    ASSERT_EQ(build_index(single_.corpus(), single_.db(), single_.analyzer(), options).added, 1u);
    ASSERT_EQ(sharded::shard_count(single_.db()), shards);
    // The same documents match (the scores move: each run adds a document to the statistics).
    const nlohmann::json after = search(server->port(), "demining");
    EXPECT_EQ(after["total"], before["total"]);
    for (std::size_t i = 0; i < before["hits"].size() && i < after["hits"].size(); ++i)
      EXPECT_EQ(after["hits"][i]["id"], before["hits"][i]["id"]) << i;
    EXPECT_EQ(search(server->port(), "Lachin")["hits"].size(), shards - 1) << shards << " shards";
  }
}

}  // namespace
}  // namespace liaison::http

// `indexer reshard`: the bundled corpus's index moved between layouts (one database → 3 shards →
// 2 shards → one database), searched before and after each move: the same answers, and no
// corpus read (the command takes none).
#include <gtest/gtest.h>

#include "core/analysis/analyzer.h"
#include "core/index/sharded_index.h"
#include "core/search/searcher.h"
#include "tests/cli/cli_support.h"

namespace liaison::testing {
namespace {

namespace fs = std::filesystem;

/// What a reader sees of one search: the total, and each hit's id and language, in rank order.
std::vector<std::string> answer(Searcher& searcher, const std::string& query) {
  SearchRequest request;
  request.query = query;
  request.facets = true;
  const SearchResult result = searcher.search(request);
  std::vector<std::string> seen{query + ": " + std::to_string(result.total)};
  for (const Hit& hit : result.hits) seen.push_back(hit.id + " " + hit.lang);
  for (const auto& [facet, counts] : result.facets)
    for (const auto& [value, count] : counts) seen.push_back(facet + "=" + value + ":" + std::to_string(count));
  return seen;
}

std::vector<std::vector<std::string>> answers(const fs::path& db) {
  const Analyzer analyzer;
  Searcher searcher(db, analyzer);
  std::vector<std::vector<std::string>> all;
  for (const char* query : {"demining", "peace treaty", "border delimitation", "Pashinyan", "разминирование",
                            "sərhəd", "Լաչին", "\"rail links\"", "ceasefire -Brussels"})
    all.push_back(answer(searcher, query));
  return all;
}

std::string reshard(const fs::path& db, std::size_t shards) {
  const ProcessResult run = indexer({"reshard", "--db", db.string(), "--shards", std::to_string(shards)});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  return run.out;
}

TEST(IndexerReshard, MovesTheIndexBetweenLayoutsAndTheAnswersStayTheSame) {
  const TempDir dir;
  const fs::path db = dir.path() / "index";
  ASSERT_EQ(indexer({"build", "--corpus", (source_dir() / "corpus/documents").string(), "--db", db.string(), "--domain",
                     "none", "--quiet"})
                .exit_code,
            0);
  const auto single = answers(db);
  ASSERT_GT(single.front().size(), 1u) << "the first query finds something";

  EXPECT_NE(reshard(db, 3).find("in 3 shards"), std::string::npos);
  EXPECT_EQ(sharded::shard_count(db), 3u);
  EXPECT_EQ(answers(db), single) << "one database → 3 shards";

  EXPECT_NE(reshard(db, 2).find("in 2 shards"), std::string::npos);
  EXPECT_EQ(sharded::shard_count(db), 2u);
  EXPECT_EQ(answers(db), single) << "3 shards → 2";

  EXPECT_NE(reshard(db, 1).find("in one database"), std::string::npos);
  EXPECT_FALSE(sharded::is_sharded(db));
  EXPECT_EQ(answers(db), single) << "2 shards → one database";
  EXPECT_TRUE(fs::exists(db / "iamglass"));
}

TEST(IndexerReshard, RefusesAFolderWithoutAnIndexAndZeroShards) {
  const TempDir dir;
  const ProcessResult missing = indexer({"reshard", "--db", (dir.path() / "none").string(), "--shards", "2"});
  EXPECT_NE(missing.exit_code, 0);
  EXPECT_FALSE(fs::exists(dir.path() / "none"));
  const ProcessResult zero = indexer({"reshard", "--db", dir.path().string(), "--shards", "0"});
  EXPECT_NE(zero.exit_code, 0);
  EXPECT_NE(zero.err.find("--shards"), std::string::npos) << zero.err;
}

}  // namespace
}  // namespace liaison::testing

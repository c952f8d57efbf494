// Issue 19's core: a sharded index answers as one index of the same documents. Over the judged
// queries of bench/relevance and the bundled corpus, a real index of 2 and of 3 shards
// (core/index/sharded_index.h) and a real single index give the same API answer (the JSON the
// server sends, its timing aside): hits, their order and snippets, totals, facets, paging,
// suggestions, in both modes. Xapian keeps BM25 statistics global over a multi-database; the
// one difference allowed is what its estimate of a synonym group's frequency moves (compare()).
#include <algorithm>
#include <cmath>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/analysis/analyzer.h"
#include "core/index/sharded_index.h"
#include "core/index/writer.h"
#include "core/search/domain_lexicon.h"
#include "core/search/searcher.h"
#include "core/tagging/cbm_tagger.h"
#include "core/tagging/domain.h"
#include "search-server/json_encode.h"
#include "tests/server/tcp_server.h"
#include "tests/support/temp_dir.h"

namespace liaison {
namespace {

namespace fs = std::filesystem;

/// The query column of bench/relevance/queries.tsv (id, lang, split, kind, query).
std::vector<std::string> judged_queries() {
  std::ifstream in(liaison::testing::source_dir() / "bench/relevance/queries.tsv");
  std::vector<std::string> queries;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line.front() == '#' || line.rfind("id\t", 0) == 0) continue;
    queries.push_back(line.substr(line.rfind('\t') + 1));
  }
  return queries;
}

/// The bundled corpus indexed once as one database and once per shard count, with the bundled domain.
class Indexes {
 public:
  Indexes() : domain_(load_domain(liaison::testing::source_dir() / "corpus/domain")), tagger_(domain_, analyzer_) {
    lexicon_ = load_domain_lexicon(liaison::testing::source_dir() / "corpus/domain", analyzer_);
  }

  fs::path build(std::size_t shards) {
    const fs::path db = dir_.path() / ("index-" + std::to_string(shards));
    if (fs::exists(db)) return db;
    BuildOptions options;
    options.tagger = &tagger_;
    options.shards = shards == 1 ? 0 : shards;
    const BuildReport report = build_index(liaison::testing::source_dir() / "corpus/documents", db, analyzer_, options);
    EXPECT_EQ(report.failed, 0u);
    EXPECT_GT(report.documents_total, 50u);
    return db;
  }

  /// A searcher of `db`, or of `shards` when given (SearcherOptions::shards).
  std::unique_ptr<Searcher> searcher(const fs::path& db, std::vector<fs::path> shards = {}) const {
    return std::make_unique<Searcher>(db, analyzer_, SearcherOptions{.lexicon = lexicon_, .shards = std::move(shards)});
  }

 private:
  liaison::testing::TempDir dir_;
  Analyzer analyzer_;
  Domain domain_;
  CbmTagger tagger_;
  std::shared_ptr<const DomainLexicon> lexicon_;
};

Indexes& indexes() {
  static Indexes shared;
  return shared;
}

/// The answer as the server sends it, without what varies from run to run.
nlohmann::json answer(Searcher& searcher, const SearchRequest& request) {
  nlohmann::json json = http::to_json(searcher.search(request));
  json.erase("took_ms");
  return json;
}

/// How two answers to one request compare.
enum class Comparison {
  Identical,  ///< the same JSON, scores to 1e-9 (a sum's last bits follow the order Xapian adds in)
  Rescored,   ///< the same hits in the same order, some scores further apart
  Reordered,  ///< the same answer but for the order of the hits on the page (and which reach it)
  Different,  ///< anything else: a hit's contents, a total, a facet, a suggestion…
};

/// The answer without its hits (compared one by one), and without its total when that is
/// Xapian's estimate (`exact` false: an estimate is made per database and summed).
nlohmann::json beside_hits(nlohmann::json answer) {
  answer.erase("hits");
  if (!answer["exact"].get<bool>()) answer.erase("total");
  return answer;
}

nlohmann::json without_score(nlohmann::json hit) {
  hit.erase("score");
  return hit;
}

Comparison compare(const nlohmann::json& single, const nlohmann::json& sharded) {
  if (beside_hits(single) != beside_hits(sharded)) return Comparison::Different;
  const nlohmann::json& a = single["hits"];
  const nlohmann::json& b = sharded["hits"];
  if (a.size() != b.size()) return Comparison::Different;
  const auto key = [](const nlohmann::json& hit) {
    return hit.value("id", "") + "¶" + hit.value("passage", nlohmann::json()).dump();
  };
  bool reordered = false, rescored = false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    for (std::size_t j = 0; j < b.size(); ++j)  // the same hit, shown otherwise
      if (key(b[j]) == key(a[i]) && without_score(a[i]) != without_score(b[j])) return Comparison::Different;
    reordered = reordered || key(a[i]) != key(b[i]);
    const double x = a[i]["score"].get<double>(), y = b[i]["score"].get<double>();
    rescored = rescored || std::abs(x - y) > 1e-9 * std::max(1.0, std::abs(x));
  }
  return reordered ? Comparison::Reordered : rescored ? Comparison::Rescored : Comparison::Identical;
}

/// The requests compared for one query: both modes, pages 1 and 2 with facets, the first page
/// without them (the plain answer), and the first page by date.
std::vector<SearchRequest> requests_for(const std::string& query, bool cross_language) {
  std::vector<SearchRequest> requests;
  for (const SearchMode mode : {SearchMode::Documents, SearchMode::Passages}) {
    SearchRequest request;
    request.query = query;
    request.mode = mode;
    request.cross_language = cross_language;
    request.size = 10;
    for (const std::uint32_t page : {1u, 2u}) {
      request.page = page;
      requests.push_back(request);
    }
    request.page = 1;
    request.facets = false;
    requests.push_back(request);
    request.facets = true;
    request.sort = SortOrder::DateDescending;
    requests.push_back(request);
  }
  return requests;
}

/// A sharded index searched all local, or with its last shard served by a real xapian-tcpsrv
/// (then the matches are counted with Xapian's built-in spy: core/search/facets.h).
struct Layout {
  std::size_t shards;
  bool remote;
};

std::ostream& operator<<(std::ostream& out, const Layout& layout) {
  return out << layout.shards << (layout.remote ? " shards, one remote" : " shards");
}

class ShardedEquivalence : public ::testing::TestWithParam<Layout> {
 protected:
  /// The searcher of the layout (its xapian-tcpsrv kept running in server_).
  std::unique_ptr<Searcher> layout_searcher() {
    const fs::path db = indexes().build(GetParam().shards);
    EXPECT_EQ(sharded::shard_count(db), GetParam().shards);
    if (!GetParam().remote) return indexes().searcher(db);
    if (::access(http::testing_support::kTcpServer, X_OK) != 0) return nullptr;
    std::vector<fs::path> parts = {db / sharded::kCatalogFolder};
    for (std::size_t k = 0; k + 1 < GetParam().shards; ++k) parts.push_back(db / sharded::shard_folder(k));
    server_ = std::make_unique<http::testing_support::TcpServer>(db / sharded::shard_folder(GetParam().shards - 1));
    parts.push_back(server_->address());
    return indexes().searcher(db, parts);
  }

  std::unique_ptr<http::testing_support::TcpServer> server_;
};

TEST_P(ShardedEquivalence, EveryJudgedQueryGetsTheAnswerOfOneIndex) {
  const fs::path single_db = indexes().build(1);
  const auto single = indexes().searcher(single_db);
  const auto sharded = layout_searcher();
  if (!sharded) GTEST_SKIP() << "xapian-tcpsrv is missing: install xapian-tools (scripts/lib.sh)";
  const std::vector<std::string> queries = judged_queries();
  ASSERT_GT(queries.size(), 100u);
  std::map<Comparison, std::size_t> counts;
  std::size_t with_hits = 0;
  for (const std::string& query : queries) {
    const bool xlang = single->wants_cross_language(query);
    EXPECT_EQ(sharded->wants_cross_language(query), xlang) << query;
    for (const SearchRequest& request : requests_for(query, xlang)) {
      const nlohmann::json expected = answer(*single, request);
      const nlohmann::json got = answer(*sharded, request);
      with_hits += expected["hits"].empty() ? 0 : 1;
      const Comparison comparison = compare(expected, got);
      // The first few differences in full (as a JSON patch from the single index's answer).
      if (comparison == Comparison::Different && ++counts[comparison] <= 5)
        ADD_FAILURE() << "«" << query << "» mode " << static_cast<int>(request.mode) << " page " << request.page
                      << " facets " << request.facets << " sort " << static_cast<int>(request.sort) << ": "
                      << nlohmann::json::diff(expected, got).dump().substr(0, 3000);
      else if (comparison != Comparison::Different)
        ++counts[comparison];
    }
  }
  const std::size_t compared = queries.size() * requests_for("", false).size();
  EXPECT_EQ(counts[Comparison::Different], 0u) << "of " << compared << " answers";
  // The top 10 is the single index's (issue 19). Xapian 1.4 estimates the document frequency of
  // an OP_SYNONYM of three or more terms pairwise, rounding each step, in an order each database
  // picks from its own frequencies, and until schema 15 a word's exact, XF and stem forms made
  // such groups: 3 of these answers were reordered over 2 shards (docs/scale.md). A score apart in
  // its last digits, order kept, is a sum made in another order and allowed (Rescored).
  EXPECT_EQ(counts[Comparison::Reordered], 0u) << "of " << compared << " answers";
  EXPECT_GT(with_hits, compared / 2);  // the comparison is over real hits, not empty pages
  std::cout << GetParam() << ", " << compared << " answers: " << counts[Comparison::Identical] << " identical, "
            << counts[Comparison::Rescored] << " rescored in the same order, " << counts[Comparison::Reordered]
            << " reordered, " << counts[Comparison::Different] << " different\n";
}

TEST_P(ShardedEquivalence, StatisticsDocumentsMeasuresAndTagsAreTheSame) {
  const auto single = indexes().searcher(indexes().build(1));
  const auto sharded = layout_searcher();
  if (!sharded) GTEST_SKIP() << "xapian-tcpsrv is missing: install xapian-tools (scripts/lib.sh)";
  nlohmann::json single_stats = http::to_json(single->stats()), sharded_stats = http::to_json(sharded->stats());
  EXPECT_FALSE(sharded_stats["last_indexed"].get<std::string>().empty());  // read from the catalog
  single_stats.erase("last_indexed");
  sharded_stats.erase("last_indexed");
  EXPECT_EQ(sharded_stats, single_stats);
  const TagCounts single_tags = single->tag_counts();
  const TagCounts sharded_tags = sharded->tag_counts();
  EXPECT_EQ(sharded_tags.areas, single_tags.areas);
  EXPECT_EQ(sharded_tags.measures, single_tags.measures);
  for (const std::string measure : {"A01", "B04", "C02"})
    EXPECT_EQ(http::to_json(sharded->track_measure(measure)), http::to_json(single->track_measure(measure))) << measure;
  for (const std::string id : {"en-brussels-meeting-2021-12", "ru-sovmestnaya-gruppa-monitoringa-2022-05"}) {
    const auto expected = single->get_document(id);
    ASSERT_TRUE(expected.has_value()) << id;
    const auto got = sharded->get_document(id);
    ASSERT_TRUE(got.has_value()) << id;
    EXPECT_EQ(http::to_json(*got), http::to_json(*expected)) << id;
  }
}

INSTANTIATE_TEST_SUITE_P(Shards, ShardedEquivalence,
                         ::testing::Values(Layout{2, false}, Layout{3, false}, Layout{2, true}),
                         [](const ::testing::TestParamInfo<Layout>& tested) {
                           return std::to_string(tested.param.shards) + (tested.param.remote ? "OneRemote" : "Local");
                         });

}  // namespace
}  // namespace liaison

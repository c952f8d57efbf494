// The first tier of the ranking matched on its own (query::BuiltQuery::all_words_tier and the
// searcher's first pass): each of its documents weighs what the whole query gives it, and a
// search that stops at the tier shows the pages, scores and totals of one that does not.
#include <cmath>
#include <map>
#include <string>

#include <gtest/gtest.h>

#include <xapian.h>

#include "core/query/builder.h"
#include "core/query/parser.h"
#include "core/query/ranking.h"
#include "tests/search/search_fixture.h"

namespace liaison::testing {
namespace {

/// Twelve documents with both words (some in the title, some often), seven with one of them,
/// three with neither; English, Russian and Azerbaijani.
std::vector<CorpusDoc> tiered_corpus() {
  std::vector<CorpusDoc> docs;
  for (int i = 0; i < 12; ++i) {
    std::string body = "The pipeline was inspected.";
    for (int k = 0; k <= i % 4; ++k) body += " Monitoring of the pipeline went on in district " + std::to_string(k) + ".";
    docs.push_back({.id = "both-" + std::to_string(i),
                    .title = i % 3 == 0 ? "Pipeline monitoring report" : "Report " + std::to_string(i),
                    .body = body + " Lengthy unrelated remarks follow" + std::string(i, '.')});
  }
  for (int i = 0; i < 4; ++i)
    docs.push_back({.id = "pipeline-" + std::to_string(i), .title = "Pipeline", .body = "A pipeline was built."});
  for (int i = 0; i < 3; ++i)
    docs.push_back({.id = "monitoring-" + std::to_string(i), .title = "Notes", .body = "Monitoring resumed today."});
  docs.push_back({.id = "ru-1", .title = "Мониторинг", .lang = "ru", .body = "Мониторинг трубопровода продолжился."});
  docs.push_back({.id = "az-1", .title = "Monitorinq", .lang = "az", .body = "Boru kəmərinin monitorinqi davam etdi."});
  docs.push_back({.id = "other", .title = "Border", .body = "The commissions met on the border."});
  return docs;
}

/// Weights of the matches of `query` on `db`, by document id.
std::map<Xapian::docid, double> weights_of(const Xapian::Database& db, const Xapian::Query& query) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  enquire.set_weighting_scheme(query::bm25({}));
  std::map<Xapian::docid, double> out;
  const Xapian::MSet mset = enquire.get_mset(0, db.get_doccount());
  for (auto it = mset.begin(); it != mset.end(); ++it) out[*it] = it.get_weight();
  return out;
}

class FirstTier : public ::testing::TestWithParam<std::string> {};

TEST_P(FirstTier, EachDocumentOfTheTierWeighsWhatTheWholeQueryGivesIt) {
  SearchIndex index(tiered_corpus());
  const Xapian::Database db(index.db_path().string());
  const query::ParseResult parsed = query::parse(GetParam());
  ASSERT_TRUE(parsed.error.empty());
  const query::BuiltQuery built = query::build_query(parsed.root.get(), index.analyzer(), {});
  ASSERT_FALSE(built.all_words_tier.empty()) << GetParam();
  const std::map<Xapian::docid, double> whole = weights_of(db, built.query);
  const std::map<Xapian::docid, double> tier = weights_of(db, built.all_words_tier);
  ASSERT_FALSE(tier.empty());
  for (const auto& [docid, weight] : tier) {
    ASSERT_TRUE(whole.count(docid)) << docid;
    EXPECT_NEAR(weight, whole.at(docid), 1e-9 * weight) << docid;
  }
  // The tier is exactly the whole query's matches that hold every word (the all-words bonus).
  for (const auto& [docid, weight] : whole) EXPECT_EQ(tier.count(docid) == 1, weight >= 1000.0) << docid;
}

// The totals count BuiltQuery::all_matches (each part once) instead of the rungs of the whole
// query: the same documents, weights aside.
TEST_P(FirstTier, AllMatchesHoldsTheDocumentsOfTheWholeQuery) {
  SearchIndex index(tiered_corpus());
  const Xapian::Database db(index.db_path().string());
  const query::ParseResult parsed = query::parse(GetParam());
  ASSERT_TRUE(parsed.error.empty());
  const query::BuiltQuery built = query::build_query(parsed.root.get(), index.analyzer(), {});
  ASSERT_FALSE(built.all_matches.empty()) << GetParam();
  std::vector<Xapian::docid> whole, counted;
  for (const auto& [docid, weight] : weights_of(db, built.query)) whole.push_back(docid);
  for (const auto& [docid, weight] : weights_of(db, built.all_matches)) counted.push_back(docid);
  EXPECT_FALSE(whole.empty());
  EXPECT_EQ(counted, whole);
}

INSTANTIATE_TEST_SUITE_P(Queries, FirstTier,
                         ::testing::Values("pipeline monitoring", "Pipeline MONITORING report",
                                           "pipeline monitoring -border", "pipeline monitoring kind:statement",
                                           "pipeline +monitoring", "мониторинг трубопровода",
                                           "monitorinq davam"));

TEST(FirstTier, IsNotBuiltForOneWordOrAnOr) {
  SearchIndex index(tiered_corpus());
  for (const std::string text : {"pipeline", "pipeline OR monitoring", "\"pipeline monitoring\""}) {
    const query::ParseResult parsed = query::parse(text);
    EXPECT_TRUE(query::build_query(parsed.root.get(), index.analyzer(), {}).all_words_tier.empty()) << text;
  }
}

SearchResult search_with(SearchIndex& index, bool first_tier, const std::string& text, int page,
                         bool group_versions = true) {
  Searcher searcher(index.db_path(), index.analyzer(), SearcherOptions{.first_tier_pass = first_tier});
  SearchRequest request;
  request.query = text;
  request.page = page;
  request.size = 4;
  request.facets = false;
  request.group_versions = group_versions;
  return searcher.search(request);
}

TEST(FirstTier, ASearchThatStopsAtTheTierShowsWhatTheWholeQueryShows) {
  SearchIndex index(tiered_corpus());
  for (const std::string text : {"pipeline monitoring", "monitoring pipeline -district", "pipeline inspected"}) {
    for (const bool grouped : {true, false}) {
      for (int page = 1; page <= 6; ++page) {
        const SearchResult stopped = search_with(index, true, text, page, grouped);
        const SearchResult whole = search_with(index, false, text, page, grouped);
        ASSERT_EQ(index.ids(stopped), index.ids(whole)) << text << " page " << page;
        for (std::size_t i = 0; i < whole.hits.size(); ++i) {
          EXPECT_NEAR(stopped.hits[i].score, whole.hits[i].score, 1e-9 * whole.hits[i].score);
          EXPECT_EQ(stopped.hits[i].passage, whole.hits[i].passage);
        }
        // A result this small is counted either way.
        EXPECT_EQ(stopped.total, whole.total) << text << " page " << page;
        EXPECT_EQ(stopped.exact, whole.exact) << text << " page " << page;
      }
    }
  }
}

}  // namespace
}  // namespace liaison::testing

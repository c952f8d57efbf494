// Query syntax and request options against a real index: ranking, operators, fields, filters,
// sorting and paging.
#include <cmath>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "core/error.h"
#include "core/index/schema.h"
#include "tests/search/search_fixture.h"

namespace liaison::testing {
namespace {

Date date(std::string_view text) { return Date::parse(text).value(); }

std::vector<CorpusDoc> peace_corpus() {
  return {
      {.id = "all-words", .title = "Border statement", .date = "2021-12-14",
       .body = "The ceasefire agreement included demining of the border areas."},
      {.id = "rare-repeat", .title = "Field notes", .date = "2020-11-10",
       .body = "Demining, demining, demining: demining teams, demining maps, demining everywhere, demining."},
      {.id = "ceasefire-1", .title = "Notes one", .date = "2020-11-09", .body = "The ceasefire held in the north."},
      {.id = "ceasefire-2", .title = "Notes two", .date = "2021-01-11", .body = "The ceasefire held in the south."},
      {.id = "ceasefire-3", .title = "Notes three", .date = "2021-11-26", .body = "Another ceasefire was announced."},
      {.id = "baku", .title = "Visit to Baku", .date = "2022-05", .kind = "report", .areas = "communities",
       .measures = "M09", .body = "Civil society visited Baku for talks about peace."},
      {.id = "yerevan", .title = "Visit to Yerevan", .date = "2022", .kind = "report", .areas = "communities",
       .body = "Civil society visited Yerevan for talks about peace and war."},
      {.id = "osce", .title = "Minsk Group communique", .date = "2019-03-01", .source = "OSCE Minsk Group",
       .areas = "diplomacy", .body = "The co-chairs called for peace talks."},
      {.id = "ru-peace", .title = "Заявление", .lang = "ru", .date = "2021-12-15", .source = "МИД",
       .areas = "economy", .measures = "M13", .body = "Стороны обсудили мирный договор и экономический форум."},
      {.id = "brussels", .title = "Brussels meeting", .date = "2021-12-14", .kind = "article",
       .body = "Leaders met for talks on rail links."},
  };
}

class QuerySearch : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { index_ = new SearchIndex(peace_corpus()); }
  static void TearDownTestSuite() {
    delete index_;
    index_ = nullptr;
  }
  static SearchIndex* index_;
};
SearchIndex* QuerySearch::index_ = nullptr;

struct FindCase {
  std::string query;
  std::vector<std::string> expected_ids;
};

TEST_F(QuerySearch, PassageWithAllWordsOutranksOneRareWordRepeated) {
  const std::vector<std::string> ids = index_->ids("ceasefire demining");
  ASSERT_GE(ids.size(), 2u);
  EXPECT_EQ(ids[0], "all-words");
  // Without the other word, the repeated rare word alone does rank above a lone common word.
  EXPECT_EQ(ids[1], "rare-repeat");
}

TEST_F(QuerySearch, ImplicitAndStillReturnsPassagesWithSomeWords) {
  EXPECT_EQ(sorted(index_->ids("ceasefire demining")),
            sorted({"all-words", "rare-repeat", "ceasefire-1", "ceasefire-2", "ceasefire-3"}));
}

TEST_F(QuerySearch, OperatorsAndFieldsSelectDocuments) {
  const std::vector<FindCase> cases = {
      {"peace -war", {"baku", "osce"}},
      {"peace -\"peace and war\"", {"baku", "osce"}},
      {"Baku OR Yerevan", {"baku", "yerevan"}},
      {"(Baku OR Yerevan) -war", {"baku"}},
      {"peace lang:ru", {}},
      {"договор lang:ru", {"ru-peace"}},
      {"peace kind:report", {"baku", "yerevan"}},
      {"peace source:osce", {"osce"}},
      {"peace source:\"OSCE Minsk\"", {"osce"}},
      {"peace -source:osce", {"baku", "yerevan"}},
      {"title:Brussels", {"brussels"}},
      {"title:\"Brussels meeting\"", {"brussels"}},
      {"title:Baku", {"baku"}},
      {"demin*", {"all-words", "rare-repeat"}},
      {"lang:ru", {"ru-peace"}},
      {"-peace -ceasefire -demining", {"brussels", "ru-peace"}},
  };
  for (const FindCase& c : cases) {
    SCOPED_TRACE(c.query);
    EXPECT_EQ(sorted(index_->ids(c.query)), sorted(c.expected_ids));
  }
}

TEST_F(QuerySearch, TitleMatchRanksAboveBodyMatch) {
  // "baku" is in the title and body of one document, in neither of the others.
  const std::vector<std::string> ids = index_->ids("Baku OR talks");
  ASSERT_FALSE(ids.empty());
  EXPECT_EQ(ids[0], "baku");
}

SearchRequest request_for(const std::string& query) {
  SearchRequest request;
  request.query = query;
  return request;
}

TEST_F(QuerySearch, RequestFiltersNarrowTheMatches) {
  struct FilterCase {
    std::string name;
    SearchRequest request;
    std::vector<std::string> expected_ids;
  };
  std::vector<FilterCase> cases;
  const auto add = [&cases](std::string name, auto set, std::vector<std::string> expected) {
    SearchRequest request = request_for("");
    set(request);
    cases.push_back({std::move(name), std::move(request), std::move(expected)});
  };
  add("languages", [](SearchRequest& r) { r.languages = {Language::Russian}; }, {"ru-peace"});
  add("kinds", [](SearchRequest& r) { r.kinds = {"report", "article"}; }, {"baku", "yerevan", "brussels"});
  add("sources", [](SearchRequest& r) { r.sources = {"OSCE"}; }, {"osce"});
  add("sources cyrillic", [](SearchRequest& r) { r.sources = {"мид"}; }, {"ru-peace"});
  add("areas", [](SearchRequest& r) { r.areas = {"communities"}; }, {"baku", "yerevan"});
  add("areas any", [](SearchRequest& r) { r.areas = {"economy", "diplomacy"}; }, {"ru-peace", "osce"});
  add("measures", [](SearchRequest& r) { r.measures = {"M13"}; }, {"ru-peace"});
  add("date year", [](SearchRequest& r) { r.date_from = date("2022"); }, {"baku", "yerevan"});
  add("date month range", [](SearchRequest& r) {
    r.date_from = date("2021-12");
    r.date_to = date("2021-12");
  }, {"all-words", "ru-peace", "brussels"});
  add("date day", [](SearchRequest& r) {
    r.date_from = date("2020-11-10");
    r.date_to = date("2021-01-11");
  }, {"rare-repeat", "ceasefire-2"});
  add("date to", [](SearchRequest& r) { r.date_to = date("2019"); }, {"osce"});
  add("query and filter", [](SearchRequest& r) {
    r.query = "peace";
    r.areas = {"communities"};
    r.measures = {"M09"};
  }, {"baku"});
  for (FilterCase& c : cases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(sorted(index_->ids(index_->search(c.request))), sorted(c.expected_ids));
  }
}

TEST_F(QuerySearch, RefusesBadRequestsWithQueryError) {
  // A malformed date or an unknown language cannot be written into a request: its types refuse them.
  std::vector<SearchRequest> bad(7, request_for("peace"));
  bad[0].size = 0;
  bad[1].size = 101;
  bad[2].page = 0;
  bad[3].page = 1001;
  bad[4].date_from = date("2022");
  bad[4].date_to = date("2021");
  bad[5].kinds = {"novel"};
  bad[6].query = "\"\" OR ()";
  for (std::size_t i = 0; i < bad.size(); ++i) {
    SCOPED_TRACE(i);
    EXPECT_THROW(index_->search(bad[i]), QueryError);
  }
}

TEST_F(QuerySearch, EmptyQueryListsAllDocumentsNewestFirst) {
  SearchRequest request = request_for("");
  request.size = 100;
  const SearchResult result = index_->search(request);
  EXPECT_EQ(result.total, 10u);
  ASSERT_EQ(result.hits.size(), 10u);
  EXPECT_EQ(result.hits.front().id, "baku");  // 2022-05 sorts after 2022 (20220500 > 20220000)
  EXPECT_EQ(result.hits.back().id, "osce");
}

TEST_F(QuerySearch, SortsByDateBothWays) {
  SearchRequest request = request_for("ceasefire");
  request.sort = SortOrder::DateAscending;
  EXPECT_EQ(index_->ids(index_->search(request)),
            (std::vector<std::string>{"ceasefire-1", "ceasefire-2", "ceasefire-3", "all-words"}));
  request.sort = SortOrder::DateDescending;
  EXPECT_EQ(index_->ids(index_->search(request)),
            (std::vector<std::string>{"all-words", "ceasefire-3", "ceasefire-2", "ceasefire-1"}));
}

TEST_F(QuerySearch, PagesThroughTheMatchesWithAnExactTotal) {
  SearchRequest request = request_for("");
  request.size = 4;
  std::vector<std::string> seen;
  for (std::uint32_t page = 1; page <= 3; ++page) {
    request.page = page;
    const SearchResult result = index_->search(request);
    SCOPED_TRACE(page);
    EXPECT_EQ(result.total, 10u);
    EXPECT_EQ(result.page, page);
    EXPECT_EQ(result.size, 4u);
    EXPECT_EQ(result.hits.size(), page < 3 ? 4u : 2u);
    for (const Hit& hit : result.hits) seen.push_back(hit.id);
  }
  EXPECT_EQ(sorted(seen).size(), 10u);
  std::vector<std::string> unique = sorted(seen);
  unique.erase(std::unique(unique.begin(), unique.end()), unique.end());
  EXPECT_EQ(unique.size(), 10u);
  request.page = 4;
  EXPECT_TRUE(index_->search(request).hits.empty());
}

// The index holds a translation, so that a grouped search collapses and the matcher stops at
// the bound; without one (nothing to collapse) a date order reads every match and counts them.
TEST(QuerySearchTotals, TotalsAreExactUpToTheCountBoundAndEstimatedFromASamplePastIt) {
  std::vector<CorpusDoc> docs = peace_corpus();
  docs.push_back({.id = "brussels-ru", .title = "Встреча в Брюсселе", .lang = "ru", .date = "2021-12-14",
                  .kind = "article", .translation_of = "brussels", .body = "Лидеры встретились."});
  SearchIndex grouped(docs);
  SearchIndex* index_ = &grouped;
  SearchRequest request = request_for("");
  request.size = 2;
  const SearchResult counted = index_->search(request);
  EXPECT_TRUE(counted.exact);
  EXPECT_EQ(counted.total, 10u);

  // Past a bound of 3 matches, a sample as large as the index is the whole index: exact again.
  Searcher whole(index_->db_path(), index_->analyzer(), SearcherOptions{.exact_count_up_to = 3, .facet_sample_size = 1000});
  const SearchResult recounted = whole.search(request);
  EXPECT_TRUE(recounted.exact);
  EXPECT_EQ(recounted.total, 10u);
  EXPECT_EQ(recounted.facets, counted.facets);

  // A sample of about 4 of the 11 documents (10 texts): the documents of the first
  // ceil(4/11 × 64) = 24 buckets, scaled by 64/24; the result says it is an estimate and from
  // which share.
  Searcher sampled(index_->db_path(), index_->analyzer(), SearcherOptions{.exact_count_up_to = 3, .facet_sample_size = 4});
  const SearchResult estimated = sampled.search(request);
  std::uint64_t in_sample = 0;
  SearchRequest all = request_for("");
  all.size = 10;
  for (const Hit& hit : index_->search(all).hits) {
    if (schema::sample_bucket(hit.id) < 24) ++in_sample;
  }
  EXPECT_FALSE(estimated.exact);
  EXPECT_DOUBLE_EQ(estimated.sample, 24.0 / 64);
  EXPECT_EQ(estimated.total, static_cast<std::uint64_t>(std::llround(static_cast<double>(in_sample) * 64.0 / 24.0)));
  EXPECT_EQ(index_->ids(estimated), index_->ids(counted));  // the page itself is the same

  // Without facets the total past the bound is Xapian's estimate.
  request.facets = false;
  const SearchResult plain = sampled.search(request);
  EXPECT_FALSE(plain.exact);
  EXPECT_EQ(plain.sample, 1.0);
  EXPECT_EQ(index_->ids(plain), index_->ids(counted));
}

TEST_F(QuerySearch, HitsCarryTheDocumentFields) {
  const SearchResult result = index_->search("Minsk");
  ASSERT_EQ(result.hits.size(), 1u);
  const Hit& hit = result.hits[0];
  EXPECT_EQ(hit.id, "osce");
  EXPECT_EQ(hit.title, "Minsk Group communique");
  EXPECT_EQ(hit.date, "2019-03-01");
  EXPECT_EQ(hit.lang, "en");
  EXPECT_EQ(hit.kind, "statement");
  EXPECT_EQ(hit.source, "OSCE Minsk Group");
  EXPECT_EQ(hit.passage, 1u);
  ASSERT_EQ(hit.areas.size(), 1u);
  EXPECT_EQ(hit.areas[0].id, "diplomacy");
  EXPECT_GT(hit.score, 0.0);
  EXPECT_GE(result.took_ms, 0.0);
}

TEST(PrefixSearch, ExpandsToTheMostFrequentTermsWithoutFailing) {
  std::string many_words;
  for (int i = 0; i < 400; ++i) many_words += "prefixword" + std::to_string(i) + " ";
  SearchIndex index({{.id = "many", .title = "Many", .body = many_words},
                     {.id = "frequent", .title = "Frequent", .body = "prefixwordcommon prefixwordcommon"},
                     {.id = "other", .title = "Other", .body = "prefixwordcommon"}});
  const SearchResult result = index.search("prefixword*");
  EXPECT_EQ(sorted(index.ids(result)), sorted({"many", "frequent", "other"}));
}

TEST(QueryWithoutTerms, MatchesNothingInsteadOfFailing) {
  SearchIndex index({{.id = "a", .title = "A", .body = "Some text."}});
  SearchRequest request;
  // A lone combining acute: a word character to the parser, nothing at all to the Analyzer.
  request.query = "\u0301";
  request.languages = {Language::English};
  EXPECT_EQ(index.search(request).total, 0u);
}

}  // namespace
}  // namespace liaison::testing

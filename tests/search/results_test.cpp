// What a search returns besides the ranking: modes, facets, snippets, suggestions, documents
// and statistics, on a real index.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "core/error.h"
#include "tests/search/search_fixture.h"

namespace liaison::testing {
namespace {

std::size_t count_of(const std::string& text, const std::string& needle) {
  std::size_t count = 0;
  for (std::size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++count;
  return count;
}

std::vector<CorpusDoc> border_corpus() {
  return {
      {.id = "three-passages", .title = "Border commission", .kind = "report", .areas = "diplomacy, communities",
       .body = "The border commission met in spring.\n\n"
               "Border delimitation was discussed at length.\n\n"
               "A second border meeting is planned."},
      {.id = "one-passage", .title = "Railways", .lang = "en", .date = "2021-12-14",
       .body = "Rail links across the border will be restored."},
      {.id = "escaping", .title = "Unsafe <b>title</b>", .date = "2020-01-01",
       .body = "Text with <script>alert('x')</script> & \"quotes\" about demining near villages."},
      {.id = "ru-border", .title = "Граница", .lang = "ru", .date = "2022-02-02", .source = "МИД",
       .body = "Делимитация границы обсуждалась. Border experts met too."},
      {.id = "long", .title = "A long passage", .date = "2019-05-05",
       .body = "One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
               "sixteen seventeen eighteen nineteen twenty twentyone twentytwo twentythree twentyfour "
               "twentyfive twentysix twentyseven twentyeight twentynine thirty thirtyone thirtytwo "
               "thirtythree thirtyfour thirtyfive thirtysix thirtyseven thirtyeight thirtynine forty "
               "humanitarian demining matters here fortyone fortytwo fortythree fortyfour fortyfive "
               "fortysix fortyseven fortyeight fortynine fifty fiftyone fiftytwo fiftythree fiftyfour "
               "fiftyfive fiftysix fiftyseven fiftyeight fiftynine sixty sixtyone sixtytwo sixtythree."},
  };
}

class Results : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { index_ = new SearchIndex(border_corpus()); }
  static void TearDownTestSuite() {
    delete index_;
    index_ = nullptr;
  }
  static SearchRequest request_for(const std::string& query, SearchMode mode = SearchMode::Documents) {
    SearchRequest request;
    request.query = query;
    request.mode = mode;
    return request;
  }
  static SearchIndex* index_;
};
SearchIndex* Results::index_ = nullptr;

TEST_F(Results, DocumentsModeShowsEachDocumentOnceWithItsBestPassage) {
  const SearchResult result = index_->search(request_for("border delimitation"));
  EXPECT_EQ(result.total, 3u);
  EXPECT_EQ(sorted(index_->ids(result)), sorted({"three-passages", "one-passage", "ru-border"}));
  ASSERT_FALSE(result.hits.empty());
  EXPECT_EQ(result.hits[0].id, "three-passages");
  EXPECT_EQ(result.hits[0].passage, 2u);  // the passage holding both words
}

TEST_F(Results, PassagesModeShowsEveryMatchingPassage) {
  const SearchResult result = index_->search(request_for("border", SearchMode::Passages));
  EXPECT_EQ(result.total, 5u);
  EXPECT_EQ(result.hits.size(), 5u);
  std::vector<std::uint32_t> passages;
  for (const Hit& hit : result.hits) {
    if (hit.id == "three-passages") passages.push_back(hit.passage);
  }
  std::sort(passages.begin(), passages.end());
  EXPECT_EQ(passages, (std::vector<std::uint32_t>{1, 2, 3}));
}

TEST_F(Results, DocumentsModeShowsDocumentTagsAndPassagesModePassageTags) {
  const auto ids_of = [](const std::vector<Tag>& tags) {
    std::vector<std::string> ids;
    for (const Tag& tag : tags) ids.push_back(tag.id);
    return sorted(ids);
  };
  const std::optional<DocumentView> view = index_->searcher().get_document("three-passages");
  ASSERT_TRUE(view.has_value());
  const SearchResult documents = index_->search(request_for("delimitation"));
  ASSERT_EQ(documents.hits.size(), 1u);
  EXPECT_EQ(ids_of(documents.hits[0].areas), sorted({"communities", "diplomacy"}));  // front matter
  const SearchResult passages = index_->search(request_for("delimitation", SearchMode::Passages));
  ASSERT_EQ(passages.hits.size(), 1u);
  ASSERT_EQ(passages.hits[0].passage, 2u);
  EXPECT_EQ(ids_of(passages.hits[0].areas), ids_of(view->document.passages[1].areas));
}

TEST_F(Results, FacetsCountDocumentsNotPassages) {
  for (const SearchMode mode : {SearchMode::Documents, SearchMode::Passages}) {
    SCOPED_TRACE(mode == SearchMode::Documents ? "documents" : "passages");
    const SearchResult result = index_->search(request_for("border", mode));
    EXPECT_EQ(result.facets.at("kind").at("report"), 1u);  // three passages, one document
    EXPECT_EQ(result.facets.at("kind").at("statement"), 2u);
    EXPECT_EQ(result.facets.at("lang").at("en"), 2u);
    EXPECT_EQ(result.facets.at("lang").at("ru"), 1u);
    EXPECT_EQ(result.facets.at("area").at("diplomacy"), 1u);
    EXPECT_EQ(result.facets.at("area").at("communities"), 1u);
    EXPECT_EQ(result.facets.at("year").at("2022"), 2u);
    EXPECT_EQ(result.facets.at("year").at("2021"), 1u);
    EXPECT_EQ(result.facets.at("source").at("МИД"), 1u);
    EXPECT_EQ(result.facets.at("source").at("Liaison Group"), 2u);
  }
  SearchRequest without = request_for("border");
  without.facets = false;
  EXPECT_TRUE(index_->search(without).facets.empty());
}

TEST_F(Results, SnippetEscapesHtmlAndMarksOnlyMatchedWords) {
  const SearchResult result = index_->search(request_for("demining villages"));
  const auto hit = std::find_if(result.hits.begin(), result.hits.end(), [](const Hit& h) { return h.id == "escaping"; });
  ASSERT_NE(hit, result.hits.end());
  const std::string& snippet = hit->snippet;
  EXPECT_EQ(snippet.find("<script>"), std::string::npos) << snippet;
  EXPECT_NE(snippet.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), std::string::npos) << snippet;
  EXPECT_NE(snippet.find("&amp; &quot;quotes&quot;"), std::string::npos) << snippet;
  EXPECT_NE(snippet.find("<mark>demining</mark>"), std::string::npos) << snippet;
  EXPECT_NE(snippet.find("<mark>villages</mark>"), std::string::npos) << snippet;
  EXPECT_EQ(count_of(snippet, "<mark>"), 2u) << snippet;
}

TEST_F(Results, SnippetMarksInflectedAndForeignScriptMatchesInTheirOwnBytes) {
  const SearchResult result = index_->search(request_for("границ"));
  ASSERT_EQ(result.hits.size(), 1u);
  EXPECT_NE(result.hits[0].snippet.find("<mark>границы</mark>"), std::string::npos) << result.hits[0].snippet;
}

TEST_F(Results, SnippetOfALongPassageIsAWindowAroundTheMatches) {
  const SearchResult result = index_->search(request_for("humanitarian demining"));
  const auto hit = std::find_if(result.hits.begin(), result.hits.end(), [](const Hit& h) { return h.id == "long"; });
  ASSERT_NE(hit, result.hits.end());
  const std::string& snippet = hit->snippet;
  EXPECT_TRUE(snippet.starts_with("…")) << snippet;
  EXPECT_TRUE(snippet.ends_with("…")) << snippet;
  EXPECT_NE(snippet.find("<mark>humanitarian</mark> <mark>demining</mark>"), std::string::npos) << snippet;
  EXPECT_EQ(snippet.find("One two"), std::string::npos) << snippet;
  EXPECT_EQ(snippet.find("sixtythree"), std::string::npos) << snippet;
}

TEST_F(Results, SuggestsTheClosestIndexTermForATypo) {
  struct Case {
    std::string query;
    std::string suggestion;
  };
  for (const Case& c : {Case{"deminnig", "demining"}, Case{"border comission", "border commission"},
                        Case{"делимитцаия", "делимитация"}}) {
    SCOPED_TRACE(c.query);
    const SearchResult result = index_->search(request_for(c.query));
    ASSERT_TRUE(result.did_you_mean.has_value());
    EXPECT_EQ(*result.did_you_mean, c.suggestion);
  }
  EXPECT_FALSE(index_->search(request_for("border commission")).did_you_mean.has_value());
  EXPECT_FALSE(index_->search(request_for("xyzzyq")).did_you_mean.has_value());
}

TEST_F(Results, SnippetsAndSuggestionsCanBeSwitchedOff) {
  SearchRequest request = request_for("deminnig");
  ASSERT_TRUE(index_->search(request).did_you_mean.has_value());
  request.suggestions = false;
  EXPECT_FALSE(index_->search(request).did_you_mean.has_value());

  request = request_for("demining");
  const SearchResult with = index_->search(request);
  ASSERT_FALSE(with.hits.empty());
  EXPECT_FALSE(with.hits.front().snippet.empty());
  request.snippets = false;
  const SearchResult without = index_->search(request);
  ASSERT_EQ(without.hits.size(), with.hits.size());
  for (std::size_t i = 0; i < with.hits.size(); ++i) {
    EXPECT_EQ(without.hits[i].id, with.hits[i].id) << "the same hits, in the same order";
    EXPECT_TRUE(without.hits[i].snippet.empty()) << without.hits[i].id;
  }
}

TEST_F(Results, WarningsOfTheParserReachTheResult) {
  const SearchResult result = index_->search(request_for("\"border commission"));
  EXPECT_EQ(result.warnings.size(), 1u);
  EXPECT_EQ(result.total, 1u);
}

TEST_F(Results, GetDocumentReturnsPassagesInOrder) {
  const std::optional<DocumentView> view = index_->searcher().get_document("three-passages");
  ASSERT_TRUE(view.has_value());
  const Document& document = view->document;
  EXPECT_EQ(document.title, "Border commission");
  ASSERT_EQ(document.passages.size(), 3u);
  for (std::uint32_t n = 1; n <= 3; ++n) EXPECT_EQ(document.passages[n - 1].n, n);
  EXPECT_EQ(document.passages[1].text, "Border delimitation was discussed at length.");
  EXPECT_FALSE(index_->searcher().get_document("no-such-document").has_value());
}

TEST_F(Results, StatsCountDocumentsPassagesAndLanguages) {
  const IndexStats stats = index_->searcher().stats();
  EXPECT_EQ(stats.documents, 5u);
  EXPECT_EQ(stats.passages, 7u);
  EXPECT_EQ(stats.languages.at("en"), 4u);  // documents with passages in English
  EXPECT_EQ(stats.languages.at("ru"), 1u);
  EXPECT_EQ(stats.languages.count("hy"), 0u);
  EXPECT_FALSE(stats.last_indexed.empty());
}

TEST(Searcher, MissingIndexThrowsIndexErrorNamingThePath) {
  const TempDir dir;
  const Analyzer analyzer;
  const std::filesystem::path missing = dir.path() / "nowhere";
  try {
    Searcher searcher(missing, analyzer);
    FAIL() << "no exception";
  } catch (const IndexError& e) {
    EXPECT_NE(std::string(e.what()).find(missing.string()), std::string::npos) << e.what();
  }
}

TEST(Searcher, ReopenSeesTheIndexersLatestCommit) {
  const TempDir corpus;
  const TempDir db;
  const Analyzer analyzer;
  corpus.write("en/a.md", to_markdown({.id = "a", .title = "A", .body = "First demining report."}));
  build_index(corpus.path(), db.path() / "index", analyzer);
  Searcher searcher(db.path() / "index", analyzer);
  SearchRequest request;
  request.query = "demining";
  EXPECT_EQ(searcher.search(request).total, 1u);
  corpus.write("en/b.md", to_markdown({.id = "b", .title = "B", .body = "Second demining report."}));
  build_index(corpus.path(), db.path() / "index", analyzer);
  searcher.reopen();
  EXPECT_EQ(searcher.search(request).total, 2u);
}

// Xapian 1.4's collapsed-match estimate is loose (it said 4 for one matching passage among
// thousands of multi-passage documents); the total must count matching documents exactly.
TEST(SearchTotals, CountEachMatchingDocumentExactlyOnceAmongManyMultiPassageDocuments) {
  std::vector<CorpusDoc> docs;
  for (int i = 0; i < 300; ++i) {
    docs.push_back(CorpusDoc{.id = "report-" + std::to_string(i), .title = "Report " + std::to_string(i),
                             .body = "Demining of fields near village " + std::to_string(i) +
                                     ".\n\nRail links and border communities.\n\nA third paragraph on roads."});
  }
  docs.push_back(CorpusDoc{.id = "seed", .title = "Seed", .body = "The ceasefire took effect at midnight."});
  SearchIndex index(docs);
  EXPECT_EQ(index.search("ceasefire").total, 1u);
  EXPECT_EQ(index.search("demining").total, 300u);
  SearchRequest passages;
  passages.query = "rail";
  passages.mode = SearchMode::Passages;
  EXPECT_EQ(index.search(passages).total, 300u);
  SearchRequest no_facets;
  no_facets.query = "ceasefire";
  no_facets.facets = false;
  EXPECT_EQ(index.search(no_facets).total, 1u);
  EXPECT_TRUE(index.search(no_facets).exact);  // every match on the page: counted
  // Without facets the matcher stops at the page: its own count, said when it is an estimate.
  for (const char* many : {"demining", "demining roads"}) {
    no_facets.query = many;
    const SearchResult plain = index.search(no_facets);
    if (plain.exact) {
      EXPECT_EQ(plain.total, 300u) << many;
    }
    EXPECT_NEAR(static_cast<double>(plain.total), 300.0, 30.0) << many;
  }
}

}  // namespace
}  // namespace liaison::testing

// The index matches whole documents (one Xapian document per document, schema 9); the passages a
// search shows are found afterwards in each matched document (core/search/passage_matches.h,
// core/search/hits.h). These tests hold that choice on real indexes in all four languages.
#include <gtest/gtest.h>

#include "core/search/passage_matches.h"
#include "tests/search/search_fixture.h"

namespace liaison::testing {
namespace {

/// Three passages: the query's words are in the second (exact forms) or only as other forms of
/// the same stem (the inflected case).
struct LanguageCase {
  const char* lang;
  const char* first;
  const char* second;
  const char* third;
  const char* query;  ///< a word of `second` only, as typed or inflected otherwise
};

const LanguageCase kCases[] = {
    {"en", "The delegations arrived in the morning.", "Demining of the fields near the border villages began.",
     "The ministers spoke to the press.", "demining"},
    {"ru", "Делегации прибыли утром.", "На границе начали разминирование полей у сёл.",
     "Министры выступили перед прессой.", "разминированием"},
    {"az", "Nümayəndə heyətləri səhər gəldilər.", "Sərhəd kəndlərinin yaxınlığında tarlaların minalardan təmizlənməsi başladı.",
     "Nazirlər mətbuata danışdılar.", "kəndləri"},
    {"hy", "Պատվիրակությունները ժամանեցին առավոտյան։", "Սահմանամերձ գյուղերի մոտ սկսվեց դաշտերի ականազերծումը։",
     "Նախարարները խոսեցին մամուլի հետ։", "ականազերծում"},
};

std::string body_of(const LanguageCase& c) {
  return std::string(c.first) + "\n\n" + c.second + "\n\n" + c.third + "\n";
}

/// Searching `c`'s query in its language gives one hit, showing passage `expected` with a mark.
void expect_shown_passage(SearchIndex& index, const LanguageCase& c, std::size_t expected) {
  SCOPED_TRACE(c.lang);
  SearchRequest request;
  request.query = c.query;
  request.languages = {*parse_language(c.lang)};
  const SearchResult result = index.search(request);
  ASSERT_EQ(result.hits.size(), 1u);
  EXPECT_EQ(result.hits[0].passage, expected) << "the passage that holds the word";
  EXPECT_NE(result.hits[0].snippet.find("<mark>"), std::string::npos) << result.hits[0].snippet;
}

TEST(PassageChoice, AHitShowsThePassageHoldingTheQueryInEveryLanguage) {
  std::vector<CorpusDoc> docs;
  for (const LanguageCase& c : kCases)
    docs.push_back({.id = std::string("doc-") + c.lang, .title = "Report", .lang = c.lang, .body = body_of(c)});
  SearchIndex index(docs);
  for (const LanguageCase& c : kCases) expect_shown_passage(index, c, 2);
}

// A word that matched through its stem alone (the inflected query) is found from the document's
// own words and their positions, not by re-analysing passages: so also past the passages that
// would be re-analysed (kMaxReanalysedPassages).
TEST(PassageChoice, AStemMatchFarIntoALongDocumentShowsItsPassage) {
  std::vector<CorpusDoc> docs;
  const std::size_t before = search::kMaxReanalysedPassages + 50;
  for (const LanguageCase& c : kCases) {
    std::string body;
    for (std::size_t i = 0; i < before; ++i) body += std::string(c.first) + " " + std::to_string(i) + "\n\n";
    docs.push_back({.id = std::string("long-") + c.lang, .title = "Report", .lang = c.lang, .body = body + body_of(c)});
  }
  SearchIndex index(docs);
  for (const LanguageCase& c : kCases) expect_shown_passage(index, c, before + 2);
}

// A stem's forms are listed once per search from the index's words when its beginning begins
// few of them, else read from each document's term list: both place the passage.
TEST(PassageChoice, AStemMatchShowsItsPassageAlsoWhenItsBeginningBeginsManyWords) {
  const LanguageCase& english = kCases[0];
  for (const std::size_t others : {std::size_t{0}, std::size_t{100}}) {
    SCOPED_TRACE(others);
    std::string crowd;  // words that begin as "demining" does and have other stems
    for (std::size_t i = 0; i < others; ++i) crowd += "demi" + std::string(1, static_cast<char>('a' + i % 26)) +
                                                      std::string(1, static_cast<char>('a' + i / 26)) + "x ";
    std::vector<CorpusDoc> docs{{.id = "doc-en", .title = "Report", .lang = "en", .body = body_of(english)}};
    if (others > 0) docs.push_back({.id = "crowd", .title = "Words", .lang = "en", .body = crowd + "\n"});
    SearchIndex index(docs);
    LanguageCase inflected = english;
    inflected.query = "demined";
    expect_shown_passage(index, inflected, 2);
  }
}

TEST(PassageChoice, PassagesModeListsEachMatchingPassageOnceAndNoOther) {
  SearchIndex index({
      {.id = "two", .title = "Border", .body = "Rail links were discussed.\n\nThe weather was fine.\n\nRail links again.\n"},
      {.id = "one", .title = "Border", .body = "Nothing here.\n\nA rail link to the port.\n"},
  });
  SearchRequest request;
  request.query = "rail";
  request.mode = SearchMode::Passages;
  const SearchResult result = index.search(request);
  std::vector<std::string> found;
  for (const Hit& hit : result.hits) found.push_back(hit.id + "#" + std::to_string(hit.passage));
  EXPECT_EQ(sorted(found), (std::vector<std::string>{"one#2", "two#1", "two#3"}));
  EXPECT_EQ(result.total, 3u);
  EXPECT_TRUE(result.exact);
}

TEST(PassageChoice, PassagesModeByDateKeepsTheDocumentsOrder) {
  SearchIndex index({
      {.id = "old", .title = "Rail", .date = "2020-01-01", .body = "Rail links.\n\nMore rail links, and rail again.\n"},
      {.id = "new", .title = "Rail", .date = "2024-01-01", .body = "A rail link.\n"},
  });
  SearchRequest request;
  request.query = "rail";
  request.mode = SearchMode::Passages;
  request.sort = SortOrder::DateDescending;
  const SearchResult result = index.search(request);
  ASSERT_EQ(result.hits.size(), 3u);
  EXPECT_EQ(result.hits[0].id, "new");
  EXPECT_EQ(result.hits[1].id, "old");
  EXPECT_EQ(result.hits[1].passage, 1u);
  EXPECT_EQ(result.hits[2].passage, 2u);
}

TEST(PassageChoice, APassageInAnotherLanguageIsNotShownForALanguageFilter) {
  // A Russian article with an English summary: lang=en shows the summary, lang=ru the article.
  SearchIndex index({{.id = "mixed", .title = "Разминирование", .lang = "ru",
                      .body = "Разминирование полей продолжается у границы.\n\nIn short: demining goes on near the border.\n"}});
  SearchRequest request;
  request.query = "border";
  request.cross_language = false;
  request.languages = {Language::English};
  SearchResult result = index.search(request);
  ASSERT_EQ(result.hits.size(), 1u);
  EXPECT_EQ(result.hits[0].passage, 2u);
  EXPECT_EQ(result.hits[0].lang, "en");
  request.query = "lang:ru границы";
  request.languages = {};
  request.mode = SearchMode::Passages;
  result = index.search(request);
  ASSERT_EQ(result.hits.size(), 1u);
  EXPECT_EQ(result.hits[0].passage, 1u);
}

TEST(PassageChoice, PassagesModeExcludesThePassageNotTheDocument) {
  SearchIndex index({{.id = "report", .title = "Report",
                      .body = "Demining near Brussels was discussed.\n\nDemining in the south went on.\n"}});
  SearchRequest request;
  request.query = "demining -Brussels";
  request.mode = SearchMode::Passages;
  SearchResult result = index.search(request);
  ASSERT_EQ(result.hits.size(), 1u);
  EXPECT_EQ(result.hits[0].passage, 2u);
  request.mode = SearchMode::Documents;  // documents mode: the document mentions Brussels
  EXPECT_TRUE(index.search(request).hits.empty());
}

}  // namespace
}  // namespace liaison::testing

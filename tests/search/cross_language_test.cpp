// Cross-language search (xlang) on a real index, through the domain's thesaurus and gazetteer.
#include <gtest/gtest.h>

#include "core/search/domain_lexicon.h"
#include "tests/search/search_fixture.h"
#include "tests/tagging/domain_fixture.h"

namespace liaison::testing {
namespace {

std::vector<CorpusDoc> multilingual_corpus() {
  return {
      {.id = "demining-en", .title = "Fields", .lang = "en", .body = "Demining of the fields near the villages continues."},
      {.id = "demining-ru", .title = "Поля", .lang = "ru", .body = "Работы по разминированию полей продолжаются."},
      {.id = "demining-hy", .title = "Դաշտեր", .lang = "hy", .body = "Դաշտերի ականազերծման աշխատանքները շարունակվում են։"},
      {.id = "demining-az", .title = "Tarlalar", .lang = "az", .body = "Tarlalarda minatəmizləmə işləri davam edir."},
      {.id = "pm-en", .title = "Speech", .lang = "en", .body = "Prime Minister Pashinyan spoke in parliament."},
      {.id = "pm-ru", .title = "Речь", .lang = "ru", .body = "Премьер-министр встретился с Николом Пашиняном."},
      {.id = "pm-hy", .title = "Ելույթ", .lang = "hy", .body = "Վարչապետ Նիկոլ Փաշինյանը ելույթ ունեցավ։"},
      {.id = "pm-az", .title = "Çıxış", .lang = "az", .body = "Baş nazir Nikol Paşinyan çıxış etdi."},
      {.id = "treaty-en", .title = "Text", .lang = "en", .body = "The sides discussed the peace treaty."},
      {.id = "treaty-ru", .title = "Текст", .lang = "ru", .body = "Стороны обсудили текст мирного договора."},
      {.id = "treaty-az", .title = "Mətn", .lang = "az", .body = "Tərəflər sülh müqaviləsinin mətnini müzakirə etdilər."},
      {.id = "mixed", .title = "Digest", .lang = "en",
       .body = "Weekly digest of the news.\n\nНовости: разминирование продолжается."},
      {.id = "trade-en", .title = "Trade", .lang = "en", .body = "Trade across the border resumed."},
  };
}

class CrossLanguageSearch : public ::testing::Test {
 protected:
  SearchResult search(const std::string& query, bool cross_language) {
    SearchRequest request;
    request.query = query;
    request.cross_language = cross_language;
    request.size = 20;
    return index_.search(request);
  }
  std::vector<std::string> found(const std::string& query, bool cross_language) {
    return sorted(index_.ids(search(query, cross_language)));
  }

  Analyzer lexicon_analyzer_;
  std::shared_ptr<const DomainLexicon> lexicon_ = std::make_shared<const DomainLexicon>(test_domain(), lexicon_analyzer_);
  SearchIndex index_{multilingual_corpus(), {.tagger = nullptr, .lexicon = lexicon_}};
};

TEST_F(CrossLanguageSearch, DeminingFindsTheOtherThreeLanguages) {
  EXPECT_EQ(found("demining", false), (std::vector<std::string>{"demining-en"}));
  EXPECT_EQ(found("demining", true),
            (std::vector<std::string>{"demining-az", "demining-en", "demining-hy", "demining-ru", "mixed"}));
  // From any language to the others.
  EXPECT_EQ(found("разминирование", true),
            (std::vector<std::string>{"demining-az", "demining-en", "demining-hy", "demining-ru", "mixed"}));
  EXPECT_EQ(found("minatəmizləmə", true),
            (std::vector<std::string>{"demining-az", "demining-en", "demining-hy", "demining-ru", "mixed"}));
}

TEST_F(CrossLanguageSearch, WhatWasTypedRanksFirst) {
  const SearchResult result = search("demining", true);
  ASSERT_FALSE(result.hits.empty());
  EXPECT_EQ(result.hits.front().id, "demining-en");
}

TEST_F(CrossLanguageSearch, PashinyanFindsEverySpelling) {
  // Without xlang too, through the name keys (XK), below the exact spelling.
  EXPECT_EQ(found("Pashinyan", false), (std::vector<std::string>{"pm-az", "pm-en", "pm-hy", "pm-ru"}));
  EXPECT_EQ(search("Pashinyan", false).hits.front().id, "pm-en");
  EXPECT_EQ(found("Pashinyan", true), (std::vector<std::string>{"pm-az", "pm-en", "pm-hy", "pm-ru"}));
  EXPECT_EQ(found("Փաշինյան", true), (std::vector<std::string>{"pm-az", "pm-en", "pm-hy", "pm-ru"}));
}

TEST_F(CrossLanguageSearch, OnlyAsTypedLeavesOutTheOtherScripts) {
  SearchRequest request;
  request.query = "Pashinyan";
  request.as_typed = true;
  const std::vector<std::string> found = sorted(index_.ids(index_.search(request)));
  EXPECT_EQ(std::count(found.begin(), found.end(), "pm-hy"), 0);
  EXPECT_EQ(std::count(found.begin(), found.end(), "pm-ru"), 0);
  EXPECT_TRUE(std::count(found.begin(), found.end(), "pm-en"));
}

TEST_F(CrossLanguageSearch, PhrasesAndRunsOfWordsExpandAsOneEntry) {
  const std::vector<std::string> treaty = {"treaty-az", "treaty-en", "treaty-ru"};
  EXPECT_EQ(found("\"peace treaty\"", true), treaty);
  EXPECT_EQ(found("peace treaty", true), treaty);
  EXPECT_EQ(found("мирный договор", true), treaty);
  EXPECT_EQ(found("peace treaty", false), (std::vector<std::string>{"treaty-en"}));
}

TEST_F(CrossLanguageSearch, HitsSayWhichLanguagesMatched) {
  const SearchResult result = search("demining", true);
  std::map<std::string, std::vector<std::string>> languages;
  for (const Hit& hit : result.hits) languages[hit.id] = hit.matched_languages;
  EXPECT_EQ(languages["demining-hy"], (std::vector<std::string>{"hy"}));
  EXPECT_EQ(languages["demining-az"], (std::vector<std::string>{"az"}));
  EXPECT_EQ(languages["mixed"], (std::vector<std::string>{"ru"}));  // its Russian passage matched
  SearchRequest passages;
  passages.query = "demining";
  passages.cross_language = true;
  passages.mode = SearchMode::Passages;
  for (const Hit& hit : index_.search(passages).hits) EXPECT_EQ(hit.matched_languages, std::vector<std::string>{hit.lang});
}

TEST_F(CrossLanguageSearch, ResultListsTheExpansionsAndMarksTheTranslations) {
  const SearchResult result = search("demining", true);
  ASSERT_EQ(result.expansions.size(), 1u);
  EXPECT_EQ(result.expansions[0].typed, "demining");
  EXPECT_EQ(result.expansions[0].entry, "demining,B05");  // a concept, and the alias of measure B05
  EXPECT_EQ(result.expansions[0].forms.at("ru"), (std::vector<std::string>{"разминирование"}));
  EXPECT_EQ(result.expansions[0].forms.at("hy"), (std::vector<std::string>{"ականազերծում"}));
  const auto russian = std::find_if(result.hits.begin(), result.hits.end(), [](const Hit& h) { return h.id == "demining-ru"; });
  ASSERT_NE(russian, result.hits.end());
  EXPECT_NE(russian->snippet.find("<mark>разминированию</mark>"), std::string::npos) << russian->snippet;
  EXPECT_TRUE(search("demining", false).expansions.empty());
}

TEST_F(CrossLanguageSearch, OnlyDomainEntriesExpand) {
  EXPECT_EQ(found("fields", true), (std::vector<std::string>{"demining-en"}));
  EXPECT_TRUE(search("fields", true).expansions.empty());
}

TEST_F(CrossLanguageSearch, TellsWhetherAQueryIsADomainEntry) {
  const std::vector<std::pair<std::string, bool>> cases = {
      {"demining", true},        {"Demining", true},          {"разминирование", true}, {"ականազերծում", true},
      {"minatəmizləmə", true},   {"Pashinyan", true},         {"Пашинян", true},        {"Nikol Paşinyan", true},
      {"\"peace treaty\"", true}, {"Joint Monitoring Group", true}, {"Совместная группа мониторинга", true},
      {"demining talks", false}, {"weather", false},           {"", false},
  };
  for (const auto& [query, expected] : cases) {
    SCOPED_TRACE(query);
    EXPECT_EQ(index_.searcher().is_domain_entry(query), expected);
  }
}

TEST(CrossLanguageWithoutDomain, SearchesAsTypedWithAWarning) {
  SearchIndex index(multilingual_corpus());
  SearchRequest request;
  request.query = "demining";
  request.cross_language = true;
  const SearchResult result = index.search(request);
  EXPECT_EQ(index.ids(result), (std::vector<std::string>{"demining-en"}));
  ASSERT_EQ(result.warnings.size(), 1u);
  EXPECT_NE(result.warnings[0].find("Cross-language"), std::string::npos);
  EXPECT_FALSE(index.searcher().is_domain_entry("demining"));
}

}  // namespace
}  // namespace liaison::testing

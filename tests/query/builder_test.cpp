#include "core/query/builder.h"

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "core/analysis/analyzer.h"
#include "core/query/parser.h"

namespace liaison::query {
namespace {

BuiltQuery build(const Analyzer& analyzer, const std::string& text) {
  const ParseResult parsed = parse(text);
  EXPECT_TRUE(parsed.error.empty()) << parsed.error;
  return build_query(parsed.root.get(), analyzer);
}

std::string description_of(const Analyzer& analyzer, const std::string& text) {
  return build(analyzer, text).query.get_description();
}

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

std::set<std::string> terms_of(const Xapian::Query& query) {
  return {query.get_unique_terms_begin(), query.get_unique_terms_end()};
}

bool has_stem_in(const QueryTerm& term, Language language) {
  return std::any_of(term.stems.begin(), term.stems.end(),
                     [language](const auto& entry) { return entry.first == language; });
}

TEST(Builder, EmptyTreeGivesEmptyQuery) {
  const Analyzer analyzer;
  const BuiltQuery built = build_query(nullptr, analyzer);
  EXPECT_TRUE(built.query.empty());
  EXPECT_TRUE(built.words.empty());
}

TEST(Builder, WordLooksForExactFoldedStemmedAndTitleForms) {
  const Analyzer analyzer;
  const std::string description = description_of(analyzer, "Qarabağ");
  SCOPED_TRACE(description);
  EXPECT_TRUE(contains(description, "qarabağ"));
  EXPECT_TRUE(contains(description, "XFqarabag"));
  EXPECT_TRUE(contains(description, "Sqarabağ"));
  EXPECT_TRUE(contains(description, "SYNONYM"));
  EXPECT_TRUE(contains(description, "3 * (Sqarabağ"));  // title weighs triple (docs/ranking.md)
}

TEST(Builder, LatinWordIsStemmedAsEnglishAndAzerbaijani) {
  const Analyzer analyzer;
  const BuiltQuery built = build(analyzer, "agreements");
  ASSERT_EQ(built.words.size(), 1u);
  EXPECT_TRUE(has_stem_in(built.words[0], Language::English));
  EXPECT_TRUE(has_stem_in(built.words[0], Language::Azerbaijani));
  EXPECT_TRUE(contains(built.query.get_description(), "Zagreement"));
}

TEST(Builder, WordInOneScriptIsStemmedInItsLanguageOnly) {
  const Analyzer analyzer;
  struct Case {
    std::string word;
    Language language;
  };
  for (const Case& c : {Case{"договора", Language::Russian}, Case{"պայմանագրի", Language::Armenian},
                        Case{"müqavilələrin", Language::Azerbaijani}}) {
    SCOPED_TRACE(c.word);
    const BuiltQuery built = build(analyzer, c.word);
    ASSERT_EQ(built.words.size(), 1u);
    ASSERT_EQ(built.words[0].stems.size(), 1u);
    EXPECT_EQ(built.words[0].stems[0].first, c.language);
  }
}

TEST(Builder, DropsStopWordsBesideOtherWordsOnly) {
  const Analyzer analyzer;
  struct Case {
    std::string query;
    std::string stop_word;
  };
  for (const Case& c : {Case{"the treaty", "the"}, Case{"мирный и договор", "и"},
                        Case{"sülh və müqavilə", "və"}, Case{"խաղաղություն և պայմանագիր", "և"}}) {
    SCOPED_TRACE(c.query);
    const std::set<std::string> terms = terms_of(build(analyzer, c.query).query);
    EXPECT_EQ(terms.count(c.stop_word), 0u);
    EXPECT_GE(terms.size(), 2u);
  }
  EXPECT_EQ(terms_of(build(analyzer, "the").query).count("the"), 1u);
  const BuiltQuery phrase = build(analyzer, "\"the treaty\"");
  EXPECT_EQ(terms_of(phrase.query).count("the"), 1u);
  EXPECT_TRUE(contains(phrase.query.get_description(), "PHRASE 2")) << phrase.query.get_description();
}

TEST(Builder, ImplicitAndRanksAllWordsFirst) {
  const Analyzer analyzer;
  const std::string description = description_of(analyzer, "ceasefire demining");
  EXPECT_TRUE(contains(description, "FixedWeightPostingSource")) << description;
  EXPECT_TRUE(contains(description, " AND ")) << description;
  EXPECT_TRUE(contains(description, " OR ")) << description;
}

TEST(Builder, HyphenatedWordIsAPhrase) {
  const Analyzer analyzer;
  const BuiltQuery built = build(analyzer, "confidence-building");
  EXPECT_EQ(built.words.size(), 2u);
  EXPECT_TRUE(contains(built.query.get_description(), "PHRASE 2")) << built.query.get_description();
}

TEST(Builder, PrefixIsABoundedWildcard) {
  const Analyzer analyzer;
  const std::string description = description_of(analyzer, "demin*");
  EXPECT_TRUE(contains(description, "WILDCARD")) << description;
  EXPECT_TRUE(contains(description, "demin")) << description;
}

TEST(Builder, FieldsBecomeFiltersAndTitleTerms) {
  const Analyzer analyzer;
  struct Case {
    std::string query;
    std::vector<std::string> parts;
  };
  const std::vector<Case> cases = {
      {"peace lang:hy", {"FILTER", "Lhy"}},
      {"peace lang:RU", {"FILTER", "Lru"}},
      {"peace kind:report", {"FILTER", "Kreport"}},
      {"peace source:OSCE", {"FILTER", "WILDCARD", "XSosce"}},
      {"title:Brussels", {"Sbrussels"}},
      {"title:\"peace treaty\"", {"PHRASE", "Speace", "Streaty"}},
      {"peace -war", {"AND_NOT", "war"}},
      {"-war", {"AND_NOT", "<alldocuments>"}},
      {"Baku OR Yerevan", {"baku", "yerevan", " OR "}},
  };
  for (const Case& c : cases) {
    const std::string description = description_of(analyzer, c.query);
    SCOPED_TRACE(c.query + " → " + description);
    for (const std::string& part : c.parts) EXPECT_TRUE(contains(description, part)) << part;
  }
}

TEST(Builder, FilterOnlyQueriesAreUnscored) {
  const Analyzer analyzer;
  EXPECT_FALSE(build(analyzer, "lang:en").scored);
  EXPECT_FALSE(build(analyzer, "-war").scored);
  EXPECT_TRUE(build(analyzer, "war").scored);
  EXPECT_TRUE(build(analyzer, "war lang:en").scored);
}

TEST(Builder, WarnsAboutUnknownLanguagesAndKinds) {
  const Analyzer analyzer;
  EXPECT_EQ(build(analyzer, "peace lang:xx").warnings.size(), 1u);
  EXPECT_EQ(build(analyzer, "peace kind:novel").warnings.size(), 1u);
  EXPECT_TRUE(build(analyzer, "peace lang:az kind:agreement").warnings.empty());
}

TEST(Builder, ExcludedWordsAreNotHighlighted) {
  const Analyzer analyzer;
  const BuiltQuery built = build(analyzer, "peace -war");
  ASSERT_EQ(built.words.size(), 1u);
  EXPECT_EQ(built.words[0].text, "peace");
}

}  // namespace
}  // namespace liaison::query

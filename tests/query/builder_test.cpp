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

// Found by fuzz/fuzz_query (a timeout): every implicit AND repeated its parts (all words first,
// then some), so brackets nested in brackets doubled the Xapian query per level; 16 levels of
// about 100 bytes made 800,000 terms, seconds and hundreds of MB per search.
TEST(Builder, NestedBracketsKeepTheQuerySizeLinear) {
  const Analyzer analyzer;
  std::string nested = "w0";
  for (int level = 1; level <= 16; ++level) nested += " (w" + std::to_string(level);
  nested += std::string(16, ')');
  const std::string fuzzed = std::string(
      "karQ\x22\x22\x22\x22\x22""arb\x05)\xC4\x9F""abakh Qa"
      "raba\xC4\x9F \xD0\x9A\xD0N\xB0\xD1\x80\xD0\xB0\xD0\xB1\xD0""a\xC4\x9F \xFF"
      "\xFF\xFF\xFF\xFF""a\xAFQ\x8A\x8A\x8AQQQQ\xD1Q(QQ \xD0\xB8\xD0\x81"
      "Fx\x00\xD0""a\x00\x00\xC0""c\xFF]]QQQphr'as]]]"
      "] \x9A\x91\x9C\xC5\x90-\x22pe\xBDniC\x00(dB(QQQQ"
      "(QQQQQph\x00 OR Orase\x00""B(dem"
      "i(deminiC\x00(dB(dk\xFF\xFF\xFF\xFF""a\xAFQ\x8A"
      "\x8A\x8AQQQ\x22\x22\x22""arb\x05)\xC4\x9F""abakh Qar"
      "aba\xC4\x9F \xD0\x9A\xD0N\xB0\xD1\x80\xD0\xB0\xD0\xB1\xD0""a\xC4\x9F \xFF\xFF"
      "\xFF\xFF\xFF""a\xAFQ\x8A\x8A\x8AQQQQ\xD1Q(QQ \xD0\xB8\xD0\x81""F"
      "x\x00\xD0""a\x00\x00\xC0""c\xFF]]QQQphr'as]]]]"
      " \x9A\x91\x9C\xC5\x90-\x22pe\xBDniC\x00(dB(QQQQ("
      "QQQQQph\x00 OR Orase\x00""B(demi"
      "(deminiC\x00(dB(dk\xFF\xFF\xFF\xFF""a\xAFQ\x8A\x8A"
      "\x8AQQQQQQ(QQ \xD0\xB8\xD0\x81inGGGGGGG"
      "GGGGGGGGGGGGGGGGGGGGGGGG"
      "GGGGGGGGGGGGGGGGGGGGGGGG"
      "GGGGQQQ(QQ \xD0\xB8\xD0\x81inGGGGGGG"
      "GGGGGGGGGGGGGGGGGGGGGGGG"
      "GGGGGGGGGGGGGGGGGGGGGGGG"
      "GGGGGGGGGGGG\xB9\xB9\xB9\xB9\x01\x00\x00\x00\xB9\xB9\xB9\xB9"
      "\xB9\xB9\xB9\xD6\x82\xA3""2\x9A\x8F\x00\x00\x00\x00\xEF\xBC""Fx\x00\xD0""a\x00\x00\xC0""c"
      "\xFF]]QQQphr'as]]]] \x9A\x91\x9C\xC5\x90-\x22"
      "pe\xBDniC\x00(\xBD\xD0\xBDR", 564);
  for (const std::string& text : {nested, fuzzed}) {
    SCOPED_TRACE(text);
    const ParseResult parsed = parse(text);
    ASSERT_TRUE(parsed.error.empty()) << parsed.error;
    const BuiltQuery built = build_query(parsed.root.get(), analyzer);
    EXPECT_LT(built.query.get_length(), 200u * built.words.size()) << built.words.size() << " words";
  }
}

TEST(Builder, NestedBracketsMatchWhatTheirWordsMatch) {
  const Analyzer analyzer;
  const std::set<std::string> nested = terms_of(build(analyzer, "ceasefire (demining (border OR crossing))").query);
  const std::set<std::string> flat = terms_of(build(analyzer, "ceasefire demining (border OR crossing)").query);
  EXPECT_EQ(nested, flat);
  EXPECT_TRUE(contains(description_of(analyzer, "ceasefire (demining border)"), "FixedWeightPostingSource"));
}

}  // namespace
}  // namespace liaison::query

namespace liaison::query {
namespace {

/// Stands for the index: every part it is asked about is in the documents "XDdoc".
class FakeScope : public DocumentScope {
 public:
  std::optional<Xapian::Query> documents_matching(const Xapian::Query& query) const override {
    asked.push_back(query.get_description());
    if (too_many) return std::nullopt;
    return Xapian::Query("XDdoc");
  }
  mutable std::vector<std::string> asked;
  bool too_many = false;
};

BuiltQuery build_with(const Analyzer& analyzer, const std::string& text, const QueryContext& options) {
  const ParseResult parsed = parse(text);
  EXPECT_TRUE(parsed.error.empty()) << parsed.error;
  return build_query(parsed.root.get(), analyzer, options);
}

TEST(Builder, DocumentsModeWidensExclusionsAndRequirementsToWholeDocuments) {
  const Analyzer analyzer;
  FakeScope scope;
  QueryContext options;
  options.documents = &scope;
  EXPECT_TRUE(terms_of(build_with(analyzer, "peace -war", options).query).contains("XDdoc"));
  EXPECT_EQ(scope.asked.size(), 1u);
  const BuiltQuery strict = build_with(analyzer, "railway AND Brussels", options);
  EXPECT_TRUE(terms_of(strict.query).contains("XDdoc"));
  EXPECT_EQ(scope.asked.size(), 3u);
  EXPECT_EQ(strict.words.size(), 2u);  // both still weigh and are highlighted
  EXPECT_TRUE(strict.scored);
  build_with(analyzer, "peace treaty", options);
  EXPECT_EQ(scope.asked.size(), 3u);
}

TEST(Builder, TooManyDocumentsKeepThePassageLevelWithAWarning) {
  const Analyzer analyzer;
  FakeScope scope;
  scope.too_many = true;
  QueryContext options;
  options.documents = &scope;
  const BuiltQuery built = build_with(analyzer, "peace -war", options);
  EXPECT_EQ(built.warnings.size(), 1u);
  EXPECT_TRUE(terms_of(built.query).contains("war"));
}

TEST(Builder, RequiredPartsFilterPassagesWithoutAScope) {
  const Analyzer analyzer;
  EXPECT_TRUE(contains(description_of(analyzer, "+railway"), "FILTER"));
  EXPECT_TRUE(contains(description_of(analyzer, "railway AND Brussels"), "FILTER"));
  EXPECT_FALSE(contains(description_of(analyzer, "railway Brussels"), "FILTER"));
  // A required filter is a filter: the query stays unscored.
  EXPECT_FALSE(build(analyzer, "+lang:en").scored);
}

}  // namespace
}  // namespace liaison::query

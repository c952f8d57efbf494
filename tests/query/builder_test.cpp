#include "core/query/builder.h"
#include "core/index/schema.h"

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "core/analysis/analyzer.h"
#include "core/query/compose.h"
#include "core/query/parser.h"
#include "tests/query/query_tree.h"

namespace liaison::query {
namespace {

BuiltQuery build(const Analyzer& analyzer, const std::string& text) {
  const ParseResult parsed = parse(text);
  EXPECT_TRUE(parsed.error.empty()) << parsed.error;
  return build_query(parsed.root.get(), analyzer);
}

using testing::has_filter;
using testing::has_operator;
using testing::has_phrase;
using testing::has_subquery;
using testing::scaled_by;
using testing::synonym;
using testing::terms_of;

/// The bonus all_words_first gives passages with every word typed (QueryContext::all_words_bonus).
Xapian::Query all_words_bonus() {
  return Xapian::Query((new Xapian::FixedWeightPostingSource(QueryContext{}.all_words_bonus))->release());
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
  const Xapian::Query query = build(analyzer, "Qarabağ").query;
  SCOPED_TRACE(query.get_description());
  const std::set<std::string> terms = terms_of(query);
  for (const std::string term : {"qarabağ", "qarabag", "Zqarabağ", "Sqarabağ", "Sqarabag", "ZSqarabağ"}) {
    EXPECT_TRUE(terms.contains(term)) << term;
  }
  EXPECT_TRUE(has_subquery(query, synonym({"qarabağ", "qarabag", "Zqarabağ"})));
  // The title forms as one synonym weighing triple (docs/ranking.md).
  EXPECT_TRUE(has_subquery(query, scaled_by(3.0, synonym({"Sqarabağ", "Sqarabag", "ZSqarabağ"}))));
}

/// An index whose fold dictionary knows the words of a few folds.
class FoldedIndex final : public IndexedWords {
 public:
  Xapian::doccount passages_with(const std::string& /*term*/) const override { return 0; }
  std::vector<std::string> words_of_fold(const std::string& fold) const override {
    if (fold == "qarabag") return {"qarabağ"};
    if (fold == "seki") return {"şəki", "şeki"};
    return {};
  }
  std::vector<std::string> words_of_folds_starting(const std::string& prefix, Xapian::termcount /*limit*/) const override {
    return prefix == "qaraba" ? std::vector<std::string>{"qarabağ", "qarabağda"} : std::vector<std::string>{};
  }
};

BuiltQuery build_over(const FoldedIndex& index, const Analyzer& analyzer, const std::string& text) {
  const ParseResult parsed = parse(text);
  QueryContext context;
  context.indexed = &index;
  return build_query(parsed.root.get(), analyzer, context);
}

TEST(Builder, AWordTypedWithoutDiacriticsFindsTheIndexsWordsOfItsFold) {
  const Analyzer analyzer;
  const FoldedIndex index;
  const Xapian::Query query = build_over(index, analyzer, "Qarabag").query;
  SCOPED_TRACE(query.get_description());
  // In the word's synonym, with its own forms: the fold is written once per word in the index
  // (the fold dictionary), not beside each occurrence.
  EXPECT_TRUE(has_subquery(query, synonym({"qarabag", "qarabağ", "Zqarabag"})));
  EXPECT_FALSE(terms_of(query).contains("XFqarabag"));
  // In a phrase, each slot holds them too (their positions are the words' own).
  const Xapian::Query phrase = build_over(index, analyzer, "\"seki qarabag\"").query;
  EXPECT_TRUE(has_phrase(phrase, 2, {"seki", "şəki", "şeki", "qarabag", "qarabağ"})) << phrase.get_description();
  // A prefix typed without diacritics reaches the words whose fold starts with it.
  const std::set<std::string> prefixed = terms_of(build_over(index, analyzer, "qaraba*").query);
  EXPECT_TRUE(prefixed.contains("qarabağda"));
}

TEST(Builder, LatinWordIsStemmedAsEnglishAndAzerbaijani) {
  const Analyzer analyzer;
  const BuiltQuery built = build(analyzer, "agreements");
  ASSERT_EQ(built.words.size(), 1u);
  EXPECT_TRUE(has_stem_in(built.words[0], Language::English));
  EXPECT_TRUE(has_stem_in(built.words[0], Language::Azerbaijani));
  EXPECT_TRUE(terms_of(built.query).contains("Zagreement"));
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
  EXPECT_TRUE(has_phrase(phrase.query, 2, {"the", "treaty"})) << phrase.query.get_description();
}

TEST(Builder, ImplicitAndRanksAllWordsFirst) {
  const Analyzer analyzer;
  const Xapian::Query query = build(analyzer, "ceasefire demining").query;
  SCOPED_TRACE(query.get_description());
  // One alternative holds both words and the all-words bonus, another either word.
  EXPECT_TRUE(testing::any_node(query, [](const Xapian::Query& node) {
    return node.get_type() == Xapian::Query::OP_AND && has_subquery(node, all_words_bonus()) &&
           terms_of(node).contains("ceasefire") && terms_of(node).contains("demining");
  }));
  EXPECT_TRUE(has_operator(query, Xapian::Query::OP_OR));
}

TEST(Builder, HyphenatedWordIsAPhrase) {
  const Analyzer analyzer;
  const BuiltQuery built = build(analyzer, "confidence-building");
  EXPECT_EQ(built.words.size(), 2u);
  EXPECT_TRUE(has_phrase(built.query, 2, {"confidence", "building"}))
      << built.query.get_description();
}

TEST(Builder, PrefixIsABoundedWildcard) {
  const Analyzer analyzer;
  const Xapian::Query query = build(analyzer, "demin*").query;
  const Xapian::Query bounded(Xapian::Query::OP_WILDCARD, "demin", QueryContext{}.prefix_expansion,
                              Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT, Xapian::Query::OP_SYNONYM);
  EXPECT_TRUE(has_subquery(query, bounded)) << query.get_description();
}

TEST(Builder, FilterFieldsFilterOnTheirNormalisedTerms) {
  const Analyzer analyzer;
  struct Case {
    std::string query;
    Xapian::Query filter;
  };
  const std::vector<Case> cases = {
      {"peace lang:hy", Xapian::Query("Lhy")},
      {"peace lang:RU", Xapian::Query("Lru")},
      {"peace kind:report", Xapian::Query("Kreport")},
      // source: by the start of the lower-cased name.
      {"peace source:OSCE", Xapian::Query(Xapian::Query::OP_WILDCARD, "XSosce", 0, Xapian::Query::WILDCARD_LIMIT_ERROR,
                                          Xapian::Query::OP_OR)},
  };
  for (const Case& c : cases) {
    const Xapian::Query query = build(analyzer, c.query).query;
    SCOPED_TRACE(c.query + " → " + query.get_description());
    EXPECT_TRUE(has_filter(query, c.filter));
    EXPECT_TRUE(terms_of(query).contains("peace"));
  }
}

TEST(Builder, TitleFieldLooksInTheTitleOnly) {
  const Analyzer analyzer;
  for (const std::string& term : terms_of(build(analyzer, "title:Brussels").query)) {
    if (term.starts_with(schema::kDocLangPrefix)) continue;  // the language bonus (ranking.h)
    EXPECT_TRUE(term.starts_with("S") || term.starts_with("ZS")) << term;
  }
  EXPECT_TRUE(terms_of(build(analyzer, "title:Brussels").query).contains("Sbrussels"));
  const Xapian::Query phrase = build(analyzer, "title:\"peace treaty\"").query;
  EXPECT_TRUE(has_phrase(phrase, 2, {"Speace", "Streaty"})) << phrase.get_description();
}

TEST(Builder, ExclusionsAndAlternatives) {
  const Analyzer analyzer;
  const Xapian::Query excluded = build(analyzer, "peace -war").query;
  SCOPED_TRACE(excluded.get_description());
  EXPECT_TRUE(testing::any_node(excluded, [](const Xapian::Query& node) {
    return node.get_type() == Xapian::Query::OP_AND_NOT && node.get_num_subqueries() == 2 &&
           terms_of(node.get_subquery(0)).contains("peace") && !terms_of(node.get_subquery(0)).contains("war") &&
           terms_of(node.get_subquery(1)).contains("war");
  }));
  // A lone exclusion excludes from every document.
  const Xapian::Query only_excluded = build(analyzer, "-war").query;
  EXPECT_EQ(only_excluded.get_type(), Xapian::Query::OP_AND_NOT);
  EXPECT_TRUE(has_subquery(only_excluded.get_subquery(0), match_all()));
  EXPECT_TRUE(terms_of(only_excluded.get_subquery(1)).contains("war"));
  const Xapian::Query either = build(analyzer, "Baku OR Yerevan").query;
  EXPECT_TRUE(terms_of(either).contains("baku") && terms_of(either).contains("yerevan"));
  EXPECT_FALSE(has_subquery(either, all_words_bonus()));  // OR does not rank both first
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
  EXPECT_TRUE(has_subquery(build(analyzer, "ceasefire (demining border)").query, all_words_bonus()));
}

}  // namespace
}  // namespace liaison::query

namespace liaison::query {
namespace {

TEST(Builder, RequiredPartsFilterTheMatches) {
  const Analyzer analyzer;
  const auto requires_railway = [&analyzer](const std::string& text) {
    return has_filter(build(analyzer, text).query, Xapian::Query("railway"));
  };
  EXPECT_TRUE(requires_railway("+railway"));
  EXPECT_TRUE(requires_railway("railway AND Brussels"));
  EXPECT_FALSE(has_operator(build(analyzer, "railway Brussels").query, Xapian::Query::OP_FILTER));
  // A required filter is a filter: the query stays unscored.
  EXPECT_FALSE(build(analyzer, "+lang:en").scored);
}

}  // namespace
}  // namespace liaison::query

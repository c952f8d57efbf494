// The lower-weighted matches and bonuses of the ranking (core/query/ranking.h) in built queries.
#include "core/query/ranking.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "core/analysis/analyzer.h"
#include "core/query/builder.h"
#include "core/query/parser.h"

namespace liaison::query {
namespace {

std::string description_of(const std::string& text, const QueryContext& options = {}) {
  static const Analyzer analyzer;
  const ParseResult parsed = parse(text);
  return build_query(parsed.root.get(), analyzer, options).query.get_description();
}

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

/// Gives fixed neighbours for one word.
class FixedNeighbours final : public TermNeighbours {
 public:
  std::vector<std::string> near_terms(const QueryTerm& term) const override {
    return term.terms.front() == "delimitaton" ? std::vector<std::string>{"delimitation"} : std::vector<std::string>{};
  }
};

TEST(Ranking, AWordAlsoMatchesItsNameKeysWeightedLower) {
  const std::string description = description_of("Pashinyan");
  SCOPED_TRACE(description);
  EXPECT_TRUE(contains(description, "XKpsnn"));
  EXPECT_TRUE(contains(description, "0.29") && contains(description, "* XKpsnn"));  // scaled by name_key_weight
}

TEST(Ranking, NameKeysOffWithZeroWeight) {
  EXPECT_FALSE(contains(description_of("Pashinyan", {.name_key_weight = 0.0}), "XK"));
}

TEST(Ranking, TypoNeighboursJoinWeightedLower) {
  const FixedNeighbours neighbours;
  const std::string description = description_of("delimitaton", {.typos = &neighbours});
  SCOPED_TRACE(description);
  EXPECT_TRUE(contains(description, "* delimitation"));
  EXPECT_FALSE(contains(description_of("delimitaton"), " delimitation"));
}

TEST(Ranking, WordsOfTheTopLevelImplicitAndScoreABonusNearEachOtherAddedByTheSearcher) {
  static const Analyzer analyzer;
  const ParseResult parsed = parse("climate finance");
  const BuiltQuery built = build_query(parsed.root.get(), analyzer);
  const std::string bonus = built.proximity_bonus.get_description();
  SCOPED_TRACE(bonus);
  EXPECT_TRUE(contains(bonus, "PHRASE 2"));
  EXPECT_TRUE(contains(bonus, "NEAR 10"));
  // Not in the matcher's query: positions are checked on the top matches only.
  EXPECT_FALSE(contains(built.query.get_description(), "NEAR"));
  const ParseResult one_word = parse("climate");
  EXPECT_TRUE(build_query(one_word.root.get(), analyzer).proximity_bonus.empty());
}

TEST(Ranking, WordsOfAnImplicitAndInsideAnotherOperatorKeepTheirBonusInTheQuery) {
  const std::string description = description_of("(climate finance) OR Lachin");
  SCOPED_TRACE(description);
  EXPECT_TRUE(contains(description, "AND_MAYBE"));
  EXPECT_TRUE(contains(description, "NEAR 10"));
}

TEST(Ranking, EarlyPassagesScoreABonusOnlyWhereTheQueryMatches) {
  const std::string early = "ValueMapPostingSource(slot=7)";  // PassageNo
  const std::string description = description_of("climate");
  SCOPED_TRACE(description);
  EXPECT_TRUE(contains(description, "AND_MAYBE"));
  EXPECT_TRUE(contains(description, early));
  EXPECT_FALSE(contains(description_of("climate", {.early_passage_bonus = 0.0}), early));
  EXPECT_FALSE(contains(description_of("lang:en"), early));  // nothing weighs
  EXPECT_FALSE(contains(description_of("clim*"), early));   // may match most passages
}

TEST(Ranking, DocumentsInALanguageTheQueryCanBeInScoreABonus) {
  const std::string language = "ValueMapPostingSource(slot=8)";  // DocLang
  EXPECT_TRUE(contains(description_of("climate"), language));
  EXPECT_FALSE(contains(description_of("climate", {.query_language_bonus = 0.0}), language));
  EXPECT_FALSE(contains(description_of("lang:en"), language));  // nothing weighs
}

TEST(Ranking, AllWordsBonusIsFullOnlyForTheFormsTyped) {
  // "march" has name keys: a passage reaching it only through them gets the smaller bonus.
  const std::string description = description_of("climate march");
  SCOPED_TRACE(description);
  EXPECT_TRUE(contains(description, "PostingSource(Xapian::FixedWeightPostingSource(wt=1000))"));
  EXPECT_TRUE(contains(description, "PostingSource(Xapian::FixedWeightPostingSource(wt=100))"));
}

}  // namespace
}  // namespace liaison::query

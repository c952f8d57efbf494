// The lower-weighted matches and bonuses of the ranking (core/query/ranking.h) in built queries.
#include "core/query/ranking.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>

#include "core/analysis/analyzer.h"
#include "core/query/builder.h"
#include "core/index/schema.h"
#include "core/query/parser.h"
#include "tests/query/query_tree.h"

namespace liaison::query {
namespace {

Xapian::Query query_of(const std::string& text, const QueryContext& options = {}) {
  static const Analyzer analyzer;
  const ParseResult parsed = parse(text);
  return build_query(parsed.root.get(), analyzer, options).query;
}

using testing::has_operator;
using testing::has_subquery;
using testing::scaled_by;
using testing::terms_of;

Xapian::Query fixed_bonus(double weight) {
  return Xapian::Query((new Xapian::FixedWeightPostingSource(weight))->release());
}

bool has_name_key(const Xapian::Query& query) {
  const std::set<std::string> terms = terms_of(query);
  return std::any_of(terms.begin(), terms.end(), [](const std::string& term) { return term.starts_with("XK"); });
}

/// Gives fixed neighbours for one word.
class FixedNeighbours final : public TermNeighbours {
 public:
  std::vector<std::string> near_terms(const QueryTerm& term) const override {
    return term.terms.front() == "delimitaton" ? std::vector<std::string>{"delimitation"} : std::vector<std::string>{};
  }
};

TEST(Ranking, AWordAlsoMatchesItsNameKeysWeightedLower) {
  const Xapian::Query query = query_of("Pashinyan");
  SCOPED_TRACE(query.get_description());
  EXPECT_TRUE(has_subquery(query, scaled_by(QueryContext{}.name_key_weight, Xapian::Query("XKpsnn"))));
}

TEST(Ranking, NameKeysOffWithZeroWeight) {
  EXPECT_TRUE(has_name_key(query_of("Pashinyan")));
  EXPECT_FALSE(has_name_key(query_of("Pashinyan", {.name_key_weight = 0.0})));
}

TEST(Ranking, TypoNeighboursJoinWeightedLower) {
  const FixedNeighbours neighbours;
  const Xapian::Query query = query_of("delimitaton", {.typos = &neighbours});
  SCOPED_TRACE(query.get_description());
  EXPECT_TRUE(has_subquery(query, scaled_by(QueryContext{}.typo_weight, Xapian::Query("delimitation"))));
  EXPECT_FALSE(terms_of(query_of("delimitaton")).contains("delimitation"));
}

TEST(Ranking, WordsOfTheTopLevelImplicitAndScoreABonusNearEachOtherAddedByTheSearcher) {
  static const Analyzer analyzer;
  const ParseResult parsed = parse("climate finance");
  const BuiltQuery built = build_query(parsed.root.get(), analyzer);
  SCOPED_TRACE(built.proximity_bonus.get_description());
  EXPECT_TRUE(has_operator(built.proximity_bonus, Xapian::Query::OP_PHRASE));
  EXPECT_TRUE(has_operator(built.proximity_bonus, Xapian::Query::OP_NEAR));
  EXPECT_EQ(terms_of(built.proximity_bonus), (std::set<std::string>{"climate", "finance"}));
  // Not in the matcher's query: positions are checked on the top matches only.
  EXPECT_FALSE(has_operator(built.query, Xapian::Query::OP_NEAR));
  EXPECT_FALSE(has_operator(built.query, Xapian::Query::OP_PHRASE));
  const ParseResult one_word = parse("climate");
  EXPECT_TRUE(build_query(one_word.root.get(), analyzer).proximity_bonus.empty());
}

TEST(Ranking, WordsOfAnImplicitAndInsideAnotherOperatorKeepTheirBonusInTheQuery) {
  const Xapian::Query query = query_of("(climate finance) OR Lachin");
  SCOPED_TRACE(query.get_description());
  EXPECT_TRUE(testing::any_node(query, [](const Xapian::Query& node) {
    return node.get_type() == Xapian::Query::OP_AND_MAYBE && has_operator(node.get_subquery(1), Xapian::Query::OP_NEAR);
  }));
}

TEST(Ranking, DocumentsInALanguageTheQueryCanBeInScoreABonus) {
  const auto language_terms = [](const Xapian::Query& query) {
    std::set<std::string> out;
    for (const std::string& term : terms_of(query))
      if (term.starts_with(schema::kDocLangPrefix)) out.insert(term);
    return out;
  };
  const QueryContext defaults;
  EXPECT_EQ(language_terms(query_of("climate")), (std::set<std::string>{"XJaz", "XJen"}));  // Latin letters
  EXPECT_EQ(language_terms(query_of("климат")), (std::set<std::string>{"XJru"}));
  EXPECT_TRUE(has_subquery(query_of("climate"), fixed_bonus(defaults.query_language_bonus)));
  EXPECT_TRUE(language_terms(query_of("climate", {.query_language_bonus = 0.0})).empty());
  EXPECT_TRUE(language_terms(query_of("lang:en")).empty());  // nothing weighs
}

TEST(Ranking, AllWordsBonusIsFullOnlyForTheFormsTyped) {
  // "march" has name keys: a passage reaching it only through them gets the smaller bonus.
  const QueryContext defaults;
  const Xapian::Query query = query_of("climate march");
  SCOPED_TRACE(query.get_description());
  EXPECT_TRUE(has_subquery(query, fixed_bonus(defaults.all_words_bonus)));
  EXPECT_TRUE(has_subquery(query, fixed_bonus(defaults.all_words_bonus * defaults.cross_language_weight)));
}

}  // namespace
}  // namespace liaison::query

// Compounds the language knows (LanguageProfile::compounds.known): two words written apart that
// make one are that compound, a phrase, even where the index holds no joined form (issue 17).
#include "core/query/compounds.h"

#include <gtest/gtest.h>

#include "core/analysis/analyzer.h"
#include "core/query/builder.h"
#include "core/query/parser.h"
#include "tests/query/query_tree.h"

namespace liaison::query {
namespace {

using detail::known_compound;

bool known(const Analyzer& analyzer, const std::string& first, const std::string& second) {
  const std::vector<QueryTerm> a = analyze_query_word(analyzer, first), b = analyze_query_word(analyzer, second);
  return a.size() == 1 && b.size() == 1 && known_compound(a.front(), b.front(), analyzer);
}

TEST(KnownCompound, TwoWordsThatMakeAListedCompoundAreIt) {
  const Analyzer analyzer;
  EXPECT_TRUE(known(analyzer, "cross", "border"));       // listed hyphenated
  EXPECT_TRUE(known(analyzer, "Cross", "Border"));       // as typed, any case
  EXPECT_TRUE(known(analyzer, "cease", "fire"));         // listed joined
  EXPECT_TRUE(known(analyzer, "peace", "keepers"));      // listed so
  EXPECT_TRUE(known(analyzer, "peace", "keeper"));       // another inflection of it
  EXPECT_TRUE(known(analyzer, "self", "determination"));
}

TEST(KnownCompound, OtherPairsAreNot) {
  const Analyzer analyzer;
  EXPECT_FALSE(known(analyzer, "border", "cross"));  // the other order is no compound
  EXPECT_FALSE(known(analyzer, "needs", "money"));
  EXPECT_FALSE(known(analyzer, "peace", "treaty"));  // a domain phrase, not a compound
  EXPECT_FALSE(known(analyzer, "the", "border"));    // a stop word joins nothing
  EXPECT_FALSE(known(analyzer, "sərhəd", "keçid"));  // Azerbaijani lists none
  EXPECT_FALSE(known(analyzer, "граница", "мир"));
}

TEST(KnownCompound, WrittenApartItIsAPhraseWithoutAnIndex) {
  // No QueryContext::indexed: no joined form can be looked up, the list alone decides.
  const Analyzer analyzer;
  const ParseResult apart = parse("cross border");
  const BuiltQuery compound = build_query(apart.root.get(), analyzer);
  EXPECT_TRUE(testing::has_phrase(compound.query, 2, {"cross", "border"}))
      << compound.query.get_description();
  const ParseResult loose = parse("needs money");
  const BuiltQuery words = build_query(loose.root.get(), analyzer);
  EXPECT_FALSE(testing::has_operator(words.query, Xapian::Query::OP_PHRASE)) << words.query.get_description();
}

}  // namespace
}  // namespace liaison::query

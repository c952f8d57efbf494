#include "core/query/parser.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace liaison::query {
namespace {

struct Case {
  std::string input;
  std::string expected;  ///< describe() of the tree
};

std::string tree_of(const std::string& input) {
  const ParseResult result = parse(input);
  EXPECT_TRUE(result.error.empty()) << result.error;
  return result.root ? describe(*result.root) : std::string("<empty>");
}

void expect_trees(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    SCOPED_TRACE(c.input);
    EXPECT_EQ(tree_of(c.input), c.expected);
  }
}

TEST(Parser, ReadsWordsInAllFourLanguages) {
  expect_trees({
      {"peace", "peace"},
      {"peace treaty", "(AND peace treaty)"},
      {"խաղաղության պայմանագիր", "(AND խաղաղության պայմանագիր)"},
      {"sülh müqaviləsi", "(AND sülh müqaviləsi)"},
      {"мирный договор", "(AND мирный договор)"},
      {"  spaced\tout\n", "(AND spaced out)"},
      {"no\u00A0break", "(AND no break)"},
  });
}

TEST(Parser, KeepsTheUsersTextAndTrimsEdgePunctuation) {
  expect_trees({
      {"Qarabağ,", "Qarabağ"},
      {"'Ղարաբաղ'", "Ղարաբաղ"},
      {"Карабах!", "Карабах"},
      {"Երևան։", "Երևան"},
      {"ինչո՞ւ", "ինչո՞ւ"},
      {"confidence-building", "confidence-building"},
      {"İLHAM", "İLHAM"},
      {"peace , treaty", "(AND peace treaty)"},
  });
}

TEST(Parser, ReadsQuotedPhrases) {
  expect_trees({
      {"\"confidence-building measures\"", "\"confidence-building measures\""},
      {"\u201Cpeace treaty\u201D", "\"peace treaty\""},
      {"\u00ABмирный договор\u00BB", "\"мирный договор\""},
      {"\u201Eceasefire regime\u201C", "\"ceasefire regime\""},
      {"border \"rail links\" Baku", "(AND border \"rail links\" Baku)"},
      {"\"single\"", "\"single\""},
  });
}

TEST(Parser, ReadsExclusions) {
  expect_trees({
      {"peace -war", "(AND peace -war)"},
      {"peace -\"cold war\"", "(AND peace -\"cold war\")"},
      {"peace -lang:ru", "(AND peace -lang:ru)"},
      {"peace -(war OR conflict)", "(AND peace -(OR war conflict))"},
      {"confidence-building", "confidence-building"},
      {"-war", "-war"},
      {"-, peace", "peace"},
      {"-lang: peace", "peace"},
      {"peace -", "peace"},
  });
}

TEST(Parser, ReadsUpperCaseOrOnlyAndBindsItTighterThanAnd) {
  expect_trees({
      {"Baku OR Yerevan", "(OR Baku Yerevan)"},
      {"Baku OR Yerevan OR Tbilisi", "(OR Baku Yerevan Tbilisi)"},
      {"border Baku OR Yerevan", "(AND border (OR Baku Yerevan))"},
      {"Baku or Yerevan", "(AND Baku or Yerevan)"},
      {"Bakı OR Բաքու OR Баку", "(OR Bakı Բաքու Баку)"},
  });
}

TEST(Parser, ReadsAndNotAndPlusAsXapianAndElasticsearchDo) {
  expect_trees({
      {"railway AND Brussels", "(AND +railway +Brussels)"},
      {"a AND b AND c", "(AND +a +b +c)"},
      {"border railway AND Brussels", "(AND border +railway +Brussels)"},
      {"railway AND NOT Brussels", "(AND +railway -Brussels)"},
      {"railway NOT Brussels", "(AND railway -Brussels)"},
      {"NOT Brussels", "-Brussels"},
      {"a OR b AND c", "(OR a (AND +b +c))"},
      {"(a OR b) AND c", "(AND +(OR a b) +c)"},
      {"+demining", "+demining"},
      {"+demining Brussels", "(AND +demining Brussels)"},
      {"+\"rail links\" +lang:en", "(AND +\"rail links\" +lang:en)"},
      {"+a AND b", "(AND +a +b)"},
      {"railway and Brussels", "(AND railway and Brussels)"},
      {"C++ 1+1", "(AND C 1+1)"},
  });
}

TEST(Parser, WordsBesideFiltersLeaveOutLangKindAndSourceOnly) {
  const auto words = [](const std::string& input) {
    const ParseResult result = parse(input);
    return result.root ? words_beside_filters(*result.root) : std::string("<empty>");
  };
  EXPECT_EQ(words("demining"), "demining");
  EXPECT_EQ(words("kind:report demining"), "demining");
  EXPECT_EQ(words("lang:ru \"Joint Monitoring Group\" source:osce"), "Joint Monitoring Group");
  EXPECT_EQ(words("kind:report"), "");
  EXPECT_EQ(words("title:demining"), "");
  EXPECT_EQ(words("demining -Brussels"), "");
  EXPECT_EQ(words("demin* kind:report"), "");
}

TEST(Parser, ReadsNestedBrackets) {
  expect_trees({
      {"(peace treaty)", "(AND peace treaty)"},
      {"(Baku OR Yerevan) summit", "(AND (OR Baku Yerevan) summit)"},
      {"((a b) OR (c d)) e", "(AND (OR (AND a b) (AND c d)) e)"},
      {"(((deep)))", "deep"},
  });
}

TEST(Parser, ReadsKnownFieldsAndLeavesOthersAsWords) {
  expect_trees({
      {"lang:hy", "lang:hy"},
      {"LANG:ru peace", "(AND lang:ru peace)"},
      {"kind:report", "kind:report"},
      {"source:osce", "source:osce"},
      {"source:\"OSCE Minsk Group\"", "source:\"OSCE Minsk Group\""},
      {"title:Brussels", "title:Brussels"},
      {"title:\"peace treaty\"", "title:\"peace treaty\""},
      {"title:demin*", "title:demin*"},
      {"http://example.org", "http://example.org"},
      {"note:this", "note:this"},
  });
}

TEST(Parser, ReadsPrefixesOfAtLeastTwoLetters) {
  expect_trees({
      {"demin*", "demin*"},
      {"Qarab*", "Qarab*"},
      {"Ղարաբ*", "Ղարաբ*"},
      {"разминир*", "разминир*"},
      {"ab*", "ab*"},
      {"peace**", "peace*"},
  });
  const ParseResult one_letter = parse("a*");
  ASSERT_TRUE(one_letter.root);
  EXPECT_EQ(describe(*one_letter.root), "a");
  EXPECT_EQ(one_letter.warnings.size(), 1u);
}

struct RepairCase {
  std::string input;
  std::string expected;
  std::size_t warnings;
};

TEST(Parser, RepairsStrayQuotesBracketsAndOperatorsWithWarnings) {
  const std::vector<RepairCase> cases = {
      {"\"peace treaty", "\"peace treaty\"", 1},
      {"peace)", "peace", 1},
      {"(peace treaty", "(AND peace treaty)", 1},
      {") peace (", "peace", 3},
      {"OR peace", "peace", 1},
      {"peace OR", "peace", 1},
      {"peace OR OR war", "(OR peace war)", 1},
      {"peace \"\"", "peace", 1},
      {"peace ()", "peace", 1},
      {"peace lang:", "peace", 1},
      {"peace -OR", "peace", 2},
      {"AND peace", "peace", 1},
      {"peace AND", "peace", 1},
      {"peace AND OR war", "(OR peace war)", 1},
      {"peace NOT", "peace", 1},
      {"peace +", "peace", 0},
      {"peace +OR war", "(AND peace war)", 2},
  };
  for (const RepairCase& c : cases) {
    SCOPED_TRACE(c.input);
    const ParseResult result = parse(c.input);
    EXPECT_TRUE(result.error.empty()) << result.error;
    ASSERT_TRUE(result.root);
    EXPECT_EQ(describe(*result.root), c.expected);
    EXPECT_EQ(result.warnings.size(), c.warnings);
  }
}

TEST(Parser, EmptyQueryIsNeitherTreeNorError) {
  for (const std::string input : {"", "   ", "\t\n"}) {
    SCOPED_TRACE(input);
    const ParseResult result = parse(input);
    EXPECT_FALSE(result.root);
    EXPECT_TRUE(result.error.empty());
  }
}

TEST(Parser, RefusesQueriesOfOnlyOperators) {
  for (const std::string input : {"OR", "-", "()", "\"\"", "( ) OR ( )", ",,, --", ")", "AND", "NOT", "+"}) {
    SCOPED_TRACE(input);
    const ParseResult result = parse(input);
    EXPECT_FALSE(result.root);
    EXPECT_FALSE(result.error.empty());
  }
}

TEST(Parser, RefusesQueriesPastTheLimits) {
  const ParseLimits limits{.max_bytes = 100, .max_terms = 5, .max_depth = 3};
  struct LimitCase {
    std::string input;
    std::string message_part;
  };
  const std::vector<LimitCase> cases = {
      {std::string(101, 'a'), "too long"},
      {"a b c d e f", "too many words"},
      {"a b c \"d e f\"", "too many words"},
      {"((((a))))", "nested too deeply"},
  };
  for (const LimitCase& c : cases) {
    SCOPED_TRACE(c.input);
    const ParseResult result = parse(c.input, limits);
    EXPECT_FALSE(result.root);
    EXPECT_NE(result.error.find(c.message_part), std::string::npos) << result.error;
  }
  EXPECT_TRUE(parse("(((a)))", limits).error.empty());
  EXPECT_TRUE(parse("a b c d e", limits).error.empty());
}

TEST(Parser, SurvivesHostileInput) {
  const ParseLimits generous{.max_bytes = 1u << 20, .max_terms = 1u << 20, .max_depth = 16};
  std::vector<std::string> inputs = {
      std::string(10000, '('),
      std::string(10000, ')'),
      std::string(10000, '"'),
      std::string(10000, '-'),
      std::string(10000, '*'),
  };
  std::string alternating;
  for (int i = 0; i < 5000; ++i) alternating += "-(";
  inputs.push_back(alternating);
  std::string invalid_utf8 = "peace \xC3 \xFF\xFE war \xE2\x82";
  inputs.push_back(invalid_utf8);
  for (const std::string& input : inputs) {
    SCOPED_TRACE(input.substr(0, 20));
    const ParseResult result = parse(input, generous);
    EXPECT_TRUE(result.root || !result.error.empty() || input.empty());
  }
  EXPECT_FALSE(parse(std::string(10000, '(') + "a").error.empty());
  EXPECT_FALSE(parse(std::string(100 * 1024, 'x')).error.empty());
  const ParseResult mixed = parse(invalid_utf8);
  ASSERT_TRUE(mixed.root);
  EXPECT_EQ(describe(*mixed.root), "(AND peace war)");
}

TEST(Parser, WordsOfOnlyDigitsAreSearchable) {
  expect_trees({{"2030", "2030"}, {"30 measures", "(AND 30 measures)"}});
}

}  // namespace
}  // namespace liaison::query

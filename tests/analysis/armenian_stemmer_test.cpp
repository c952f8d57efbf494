#include "core/analysis/armenian_stemmer.h"
#include "tests/analysis/stem_checks.h"

#include <gtest/gtest.h>

#include <string_view>
#include <vector>

namespace liaison {
namespace {

/// Every form of one word must get the same stem.
void expect_one_stem(const std::vector<std::string_view>& forms) { testing::expect_one_stem(stem_armenian, forms); }

TEST(ArmenianStemmer, StripsTheDefiniteArticle) {
  expect_one_stem({"երեւան", "երեւանը", "երեւանում", "երեւանի", "երեւանից"});
  expect_one_stem({"փաշինյան", "փաշինյանը", "փաշինյանի", "փաշինյանին"});
  expect_one_stem({"ապագա", "ապագան", "ապագայի", "ապագայից"});
}

TEST(ArmenianStemmer, OneStemForTheAbstractNounParadigm) {
  expect_one_stem({"խաղաղություն", "խաղաղության", "խաղաղությունը", "խաղաղությամբ", "խաղաղությունից",
                   "խաղաղությունների"});
}

TEST(ArmenianStemmer, ObliqueStemMeetsTheNominative) {
  expect_one_stem({"պայմանագիր", "պայմանագրի", "պայմանագիրը", "պայմանագրեր", "պայմանագրերի", "պայմանագրով",
                   "պայմանագրում"});
  expect_one_stem({"ամիս", "ամիսը", "ամսում"});
  expect_one_stem({"բաքու", "բաքուն", "բաքվում", "բաքվից"});
}

TEST(ArmenianStemmer, ActionNounsMeetTheirGenitive) {
  expect_one_stem({"սահմանազատում", "սահմանազատման", "սահմանազատումը", "սահմանազատմանը"});
  expect_one_stem({"ականազերծում", "ականազերծման", "ականազերծումը"});
}

TEST(ArmenianStemmer, VerbFormsMeet) {
  expect_one_stem({"ասել", "ասում", "ասաց", "ասելու"});
}

TEST(ArmenianStemmer, DifferentWordsStayApart) {
  struct Pair {
    std::string_view a, b;
  };
  for (const Pair& p : std::vector<Pair>{{"հայաստան", "ադրբեջան"}, {"գյուղ", "գետ"}, {"խաղաղություն", "խաղաղ"},
                                         {"պայմանագիր", "պայման"}, {"տուն", "տարի"}}) {
    SCOPED_TRACE(std::string(p.a) + " / " + std::string(p.b));
    EXPECT_NE(stem_armenian(p.a), stem_armenian(p.b));
  }
}

TEST(ArmenianStemmer, KeepsShortWords) {
  for (std::string_view word : {"ես", "մի", "եւ", "որ"}) {
    SCOPED_TRACE(word);
    EXPECT_EQ(stem_armenian(word), std::string(word));
  }
}

}  // namespace
}  // namespace liaison

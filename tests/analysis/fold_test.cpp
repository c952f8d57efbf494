#include "core/analysis/fold.h"

#include <gtest/gtest.h>

#include <string_view>

namespace liaison {
namespace {

struct Case {
  std::string_view term;
  std::string_view folded;
};

void expect_folded(std::initializer_list<Case> cases) {
  for (const Case& c : cases) {
    SCOPED_TRACE(c.term);
    EXPECT_EQ(fold_term(c.term), c.folded);
  }
}

TEST(Fold, DropsAzerbaijaniDiacritics) {
  expect_folded({
      {"qarabağ", "qarabag"},
      {"şəki", "seki"},
      {"bakı", "baki"},
      {"gürcüstan", "gurcustan"},
      {"laçın", "lacin"},
      {"naxçıvan", "naxcivan"},
      {"ermənistan", "ermenistan"},
      {"göyçə", "goyce"},
      {"ilham", "ilham"},
  });
}

TEST(Fold, DropsOtherLatinAccents) {
  expect_folded({{"résumé", "resume"}, {"re\u0301sume\u0301", "resume"}, {"naïve", "naive"}});
}

TEST(Fold, KeepsCyrillicShortIAndArmenianLetters) {
  expect_folded({
      {"мирный", "мирный"},
      {"договор", "договор"},
      {"երեւան", "երեւան"},
      {"ղարաբաղ", "ղարաբաղ"},
  });
}

TEST(Fold, AsciiAndNumbersAreUnchanged) {
  expect_folded({{"peace", "peace"}, {"2030", "2030"}, {"4,600", "4,600"}, {"", ""}});
}

TEST(Fold, FoldsLatinPartOfMixedWords) {
  expect_folded({{"qarabağ'ın", "qarabag'in"}, {"ə1ı2", "e1i2"}});
}

TEST(Fold, InvalidBytesBecomeReplacementCharacter) {
  expect_folded(
      {{"a\xFF"
        "ğ",
        "a\uFFFDg"}});
}

}  // namespace
}  // namespace liaison

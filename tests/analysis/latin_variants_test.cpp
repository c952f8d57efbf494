// Latin spellings that transliterations make of one word share a key; other words do not.
#include "core/analysis/latin_variants.h"

#include <gtest/gtest.h>

namespace liaison {
namespace {

TEST(LatinVariantKey, TransliterationsOfANameMeet) {
  const std::vector<std::vector<std::string>> same_name = {
      {"shushi", "shusha", "şuşa"},            // sh ş, -i -a
      {"khankendi", "xankəndi", "xankendi"},  // kh x, ə e
      {"lachin", "laçın"},                    // ch ç, ı i
      {"aghdam", "ağdam", "agdam"},           // gh ğ g
      {"nalbandian", "nalbandyan"},           // -ian -yan
      {"aliyev", "aliev"},                    // y i, doubled i
      {"kazakh", "qazax"},                    // q k, x kh
  };
  for (const auto& spellings : same_name) {
    const std::string key = latin_variant_key(spellings.front(), /*name=*/true);
    ASSERT_FALSE(key.empty()) << spellings.front();
    for (const std::string& spelling : spellings) EXPECT_EQ(latin_variant_key(spelling, true), key) << spelling;
  }
}

TEST(LatinVariantKey, ALowercaseLoanwordMeetsItsVariantsAndPlurals) {
  const std::string key = latin_variant_key("kolkhoz", false);
  for (const char* spelling : {"kolkhozes", "kolxoz", "kolxozes", "kolkhozs"}) {
    EXPECT_EQ(latin_variant_key(spelling, false), key) << spelling;
  }
  EXPECT_EQ(latin_variant_key("madrasas", false), latin_variant_key("madrassa", false));
}

TEST(LatinVariantKey, OnlyNamesLoseAFinalVowel) {
  // policy and police are two words; Shushi and Shusha one town.
  EXPECT_NE(latin_variant_key("policy", false), latin_variant_key("police", false));
  EXPECT_NE(latin_variant_key("shushi", false), latin_variant_key("shusha", false));
  EXPECT_NE(latin_variant_key("border", false), latin_variant_key("borders", true));
}

TEST(LatinVariantKey, NoKeyForShortWordsOrOtherLetters) {
  EXPECT_EQ(latin_variant_key("baku", true), "");
  EXPECT_EQ(latin_variant_key("карабах", true), "");
  EXPECT_EQ(latin_variant_key("2020s", false), "");
}

}  // namespace
}  // namespace liaison

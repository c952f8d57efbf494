#include "core/analysis/name_key.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string_view>
#include <vector>

#include "core/analysis/analyzer.h"

namespace liaison {
namespace {

struct Spelling {
  std::string_view word;
  Language language;
};

/// Keys as the index computes them: of the normalised term.
std::vector<std::string> keys_of(const Spelling& s) {
  static const Analyzer analyzer;
  return name_keys(analyzer.normalize_word(s.word, s.language), s.language);
}

bool share_a_key(const Spelling& a, const Spelling& b) {
  const auto ka = keys_of(a), kb = keys_of(b);
  return std::any_of(ka.begin(), ka.end(), [&](const std::string& k) { return std::find(kb.begin(), kb.end(), k) != kb.end(); });
}

void expect_all_meet(const std::vector<Spelling>& spellings) {
  for (const Spelling& s : spellings) {
    SCOPED_TRACE(s.word);
    EXPECT_TRUE(share_a_key(spellings.front(), s));
  }
}

TEST(NameKey, OneKeyAcrossScripts) {
  expect_all_meet({{"Pashinyan", Language::English}, {"Пашинян", Language::Russian},
                   {"Փաշինյան", Language::Armenian}, {"Paşinyan", Language::Azerbaijani}});
  expect_all_meet({{"Nakhchivan", Language::English}, {"Нахичевань", Language::Russian},
                   {"Նախիջևան", Language::Armenian}, {"Naxçıvan", Language::Azerbaijani}});
  expect_all_meet({{"Karabakh", Language::English}, {"Карабах", Language::Russian},
                   {"Ղարաբաղ", Language::Armenian}, {"Qarabağ", Language::Azerbaijani}});
  expect_all_meet({{"Michel", Language::English}, {"Мишель", Language::Russian}, {"Միշել", Language::Armenian},
                   {"Mişel", Language::Azerbaijani}});
  expect_all_meet({{"Jeyhun", Language::English}, {"Джейхун", Language::Russian}, {"Ջեյհուն", Language::Armenian},
                   {"Ceyhun", Language::Azerbaijani}});
  expect_all_meet({{"Yerevan", Language::English}, {"Ереван", Language::Russian}, {"Երևան", Language::Armenian},
                   {"İrəvan", Language::Azerbaijani}});
}

TEST(NameKey, CaseFormsMeetTheNominative) {
  expect_all_meet({{"Pashinyan", Language::English}, {"Пашиняна", Language::Russian},
                   {"Пашиняном", Language::Russian}, {"Փաշինյանի", Language::Armenian},
                   {"Փաշինյանից", Language::Armenian}, {"Paşinyanın", Language::Azerbaijani},
                   {"Paşinyanla", Language::Azerbaijani}});
  expect_all_meet({{"Galstanyan", Language::English}, {"Галстаняном", Language::Russian}});
}

TEST(NameKey, DifferentNamesHaveDifferentKeys) {
  EXPECT_FALSE(share_a_key({"Pashinyan", Language::English}, {"Aliyev", Language::English}));
  EXPECT_FALSE(share_a_key({"Mirzoyan", Language::English}, {"Bayramov", Language::Russian}));
  EXPECT_FALSE(share_a_key({"Tavush", Language::English}, {"Тбилиси", Language::Russian}));
}

TEST(NameKey, ShortOrDigitWordsHaveNoKey) {
  for (const Spelling& s : std::vector<Spelling>{{"Baku", Language::English}, {"ЕС", Language::Russian},
                                                 {"COP29", Language::English}, {"", Language::English}}) {
    SCOPED_TRACE(s.word);
    EXPECT_TRUE(keys_of(s).empty());
  }
}

TEST(NameKey, NameLikeWordsStartWithACapital) {
  EXPECT_TRUE(looks_like_name("Пашинян"));
  EXPECT_TRUE(looks_like_name("Փաշինյան"));
  EXPECT_TRUE(looks_like_name("İrəvan"));
  EXPECT_FALSE(looks_like_name("мир"));
  EXPECT_FALSE(looks_like_name("2030"));
  EXPECT_FALSE(looks_like_name(""));
}

}  // namespace
}  // namespace liaison

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "core/analysis/filter.h"
#include "core/analysis/filters/apostrophes.h"
#include "core/analysis/filters/armenian.h"
#include "core/analysis/filters/azerbaijani.h"
#include "core/analysis/filters/russian.h"
#include "tests/analysis/test_text.h"

namespace liaison {
namespace {

using testing::to_unicode;
using testing::to_utf8;

struct Case {
  std::string_view input;
  std::string_view expected;
};

std::string filtered(const Filter& filter, std::string_view word) {
  icu::UnicodeString text = to_unicode(word);
  filter.apply(text);
  return to_utf8(text);
}

void expect_filtered(const Filter& filter, const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    SCOPED_TRACE(c.input);
    EXPECT_EQ(filtered(filter, c.input), c.expected);
  }
}

TEST(Filters, StripsArmenianQuestionMark) {
  expect_filtered(ArmenianMarksFilter{}, {{"ինչո՞ւ", "ինչու"}, {"ո՞վ", "ով"}});
}

TEST(Filters, StripsArmenianEmphasisExclamationAndApostropheMarks) {
  expect_filtered(ArmenianMarksFilter{}, {
                                             {"կանգնի՛ր", "կանգնիր"},
                                             {"ո՜վ", "ով"},
                                             {"ի՚նչ", "ինչ"},
                                             {"՞", ""},
                                             {"խաղաղություն", "խաղաղություն"},
                                         });
}

TEST(Filters, ArmenianEchVewBecomesTheLigatureSpelling) {
  expect_filtered(ArmenianYewFilter{}, {{"երեվան", "երեւան"},
                                        {"եվ", "եւ"},
                                        {"եվրոպա", "եւրոպա"},
                                        {"հոգեվիճակ", "հոգեւիճակ"},
                                        {"երեւան", "երեւան"},
                                        {"վեր", "վեր"},
                                        {"ավետիս", "ավետիս"},
                                        {"ե", "ե"}});
}

TEST(Filters, ReplacesRussianYoWithYe) {
  expect_filtered(RussianYoFilter{}, {{"отчёт", "отчет"}, {"ёлка", "елка"}, {"ЁЖ", "ЕЖ"}, {"ещё", "еще"}});
}

TEST(Filters, RemovesRussianStressMarks) {
  expect_filtered(RussianStressFilter{}, {
                                             {"догово\u0301р", "договор"},
                                             {"мо\u0300ре", "море"},
                                             {"\u0450", "е"},  // ѐ: е + grave composed by NFKC
                                             {"\u045D", "и"},  // ѝ
                                             {"йод", "йод"},   // й is a letter, not a stressed и
                                         });
}

TEST(Filters, ReplacesCyrillicAndUmlautSchwaByLatinSchwa) {
  expect_filtered(AzerbaijaniSchwaFilter{}, {
                                                {"az\u04D9rbaycan", "azərbaycan"},
                                                {"\u04D8liyev", "Əliyev"},
                                                {"azärbaycan", "azərbaycan"},
                                                {"azərbaycan", "azərbaycan"},
                                            });
}

TEST(Filters, UnifiesApostropheShapes) {
  expect_filtered(ApostropheFilter{}, {
                                          {"qarabağ\u2019ın", "qarabağ'ın"},
                                          {"don\u2018t", "don't"},
                                          {"qarabağ\u02BCın", "qarabağ'ın"},
                                          {"don`t", "don't"},
                                          {"don\u2032t", "don't"},
                                          {"don't", "don't"},
                                      });
}

TEST(Filters, EachFilterSaysWhichLanguagesItServes) {
  struct Expectation {
    const Filter& filter;
    Language serves;
  };
  const ArmenianMarksFilter armenian;
  const ArmenianYewFilter yew;
  const RussianYoFilter yo;
  const RussianStressFilter stress;
  const AzerbaijaniSchwaFilter schwa;
  for (const Expectation& e :
       {Expectation{armenian, Language::Armenian}, Expectation{yew, Language::Armenian}, Expectation{yo, Language::Russian},
        Expectation{stress, Language::Russian}, Expectation{schwa, Language::Azerbaijani}}) {
    for (Language language : kLanguages) {
      SCOPED_TRACE(std::string(to_code(language)));
      EXPECT_EQ(e.filter.applies_to(language), language == e.serves);
    }
  }
  for (Language language : kLanguages) EXPECT_TRUE(ApostropheFilter{}.applies_to(language));
}

TEST(Filters, ChainRunsOnlyTheFiltersOfTheLanguage) {
  const FilterChain chain;
  const auto run = [&](std::string_view word, Language language) {
    icu::UnicodeString text = to_unicode(word);
    chain.apply(text, language);
    return to_utf8(text);
  };
  EXPECT_EQ(run("ёж’s", Language::Russian), "еж's");
  EXPECT_EQ(run("ёж’s", Language::English), "ёж's");
  EXPECT_EQ(run("ինչո՞ւ", Language::Armenian), "ինչու");
  EXPECT_EQ(run("ինչո՞ւ", Language::Russian), "ինչո՞ւ");
  EXPECT_EQ(run("երեվան", Language::Armenian), "երեւան");
  EXPECT_EQ(run("երեվան", Language::Russian), "երեվան");
  EXPECT_EQ(run("azәrbaycan", Language::Azerbaijani), "azərbaycan");
  EXPECT_EQ(run("azәrbaycan", Language::English), "azәrbaycan");
}

}  // namespace
}  // namespace liaison

// The language quirks of the domain, end to end: corpus → build_index → Searcher.
#include <algorithm>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "tests/search/search_fixture.h"

namespace liaison::testing {
namespace {

std::vector<CorpusDoc> multilingual_corpus() {
  return {
      {.id = "az-qarabag", .title = "Qarabağ bəyanatı", .lang = "az", .body = "Qarabağ bölgəsində sülh üçün yeni addımlar atıldı.\n\nPrezident İlham Əliyev müqavilə haqqında danışdı."},
      {.id = "en-ilham", .title = "Statement of the President",
       .body = "President Ilham Aliyev spoke about the border commission."},
      {.id = "hy-yerevan", .title = "Հայտարարություն", .lang = "hy",
       .body = "Երևանում կայացավ խաղաղության պայմանագիր թեմայով հանդիպում։"},
      {.id = "hy-treaties", .title = "Պայմանագրեր", .lang = "hy",
       .body = "Կողմերը քննարկեցին նախորդ պայմանագրերի կատարումը։"},
      {.id = "ru-report", .title = "Годовой отчёт", .lang = "ru", .kind = "report", .body = "Отчёт о переговорах. Стороны обсудили проект мирного договор по делимитации."},
      {.id = "ru-karabakh", .title = "Письмо", .lang = "ru",
       .body = "Вопросы карабахского урегулирования обсуждались в Москве. Алиеву передали письмо."},
      {.id = "en-cbm", .title = "Thirty measures by 2030", .kind = "report", .body = "The group proposed confidence-building measures for both societies."},
      {.id = "en-other", .title = "Unrelated",
       .body = "Measures of confidence were discussed; building bridges is a different matter."},
  };
}

class LanguageSearch : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { index_ = new SearchIndex(multilingual_corpus()); }
  static void TearDownTestSuite() {
    delete index_;
    index_ = nullptr;
  }
  static SearchIndex* index_;
};
SearchIndex* LanguageSearch::index_ = nullptr;

struct FindCase {
  std::string query;
  std::vector<std::string> expected_ids;
};

void expect_finds(SearchIndex& index, const std::vector<FindCase>& cases) {
  for (const FindCase& c : cases) {
    SCOPED_TRACE(c.query);
    EXPECT_EQ(sorted(index.ids(c.query)), sorted(c.expected_ids));
  }
}

TEST_F(LanguageSearch, QarabagWithoutDiacriticsFindsQarabag) {
  expect_finds(*index_, {{"Qarabag", {"az-qarabag"}}, {"QARABAĞ", {"az-qarabag"}}, {"qarabağ", {"az-qarabag"}}});
}

TEST_F(LanguageSearch, ErevanWithEwFindsLigatureSpelling) {
  expect_finds(*index_, {{"Երեւանում", {"hy-yerevan"}}, {"Երևանում", {"hy-yerevan"}}});
}

TEST_F(LanguageSearch, UpperCaseYerevanFindsLigatureSpelling) {
  // Upper case writes և as ԵՎ; it must read as the ligature, not as a word of its own.
  expect_finds(*index_, {{"ԵՐԵՎԱՆՈՒՄ", {"hy-yerevan"}}, {"Երեվանում", {"hy-yerevan"}}, {"ԵՐԵՎԱՆ", {"hy-yerevan"}}});
}

TEST_F(LanguageSearch, OtchetFindsOtchyot) {
  expect_finds(*index_, {{"отчет", {"ru-report"}}, {"ОТЧЁТ", {"ru-report"}}});
}

TEST_F(LanguageSearch, RussianNamesFindTheirCaseFormsAndAdjectives) {
  // Snowball cut Карабах to караб and Алиев to ал, but Карабаха, Алиеву to карабах, алиев.
  expect_finds(*index_, {{"Карабах", {"ru-karabakh", "az-qarabag"}},
                         {"карабах", {"ru-karabakh", "az-qarabag"}},
                         {"Алиев", {"ru-karabakh"}},
                         {"алиев", {"ru-karabakh"}},
                         {"Москва", {"ru-karabakh"}}});
}

TEST_F(LanguageSearch, DottedCapitalIlhamFindsIlham) {
  expect_finds(*index_, {{"İLHAM", {"az-qarabag", "en-ilham"}}, {"ilham", {"az-qarabag", "en-ilham"}}});
}

TEST_F(LanguageSearch, PhraseConfidenceBuildingMeasuresFindsHyphenatedText) {
  expect_finds(*index_, {{"\"confidence-building measures\"", {"en-cbm"}},
                         {"\"confidence building measures\"", {"en-cbm"}},
                         {"confidence-building", {"en-cbm"}}});
}

TEST_F(LanguageSearch, InflectedFormsFindTheirStems) {
  expect_finds(*index_, {
                            {"договора", {"ru-report"}},
                            {"müqavilələrin", {"az-qarabag"}},
                            {"commissions", {"en-ilham"}},
                        });
}

// The genitive drops the vowel of the last syllable (պայմանագիր → պայմանագրի); the Armenian
// stemmer drops it from every form, so each form finds the others (it did not with Snowball's).
TEST_F(LanguageSearch, ArmenianGenitiveAndNominativeFindEachOther) {
  for (const std::string query : {"պայմանագրի", "պայմանագիր", "պայմանագրերի"}) {
    SCOPED_TRACE(query);
    const std::vector<std::string> found = index_->ids(query);
    EXPECT_NE(std::find(found.begin(), found.end(), "hy-treaties"), found.end());
    EXPECT_NE(std::find(found.begin(), found.end(), "hy-yerevan"), found.end());
  }
}

}  // namespace
}  // namespace liaison::testing

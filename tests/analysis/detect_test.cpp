#include "core/lang/detect.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace liaison {
namespace {

struct Case {
  std::string_view text;
  Language language;
};

void expect_detected(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    EXPECT_EQ(detect_language(c.text), c.language);
  }
}

TEST(Detect, ArmenianScriptGivesArmenian) {
  expect_detected({
      {"Հայաստանի և Ադրբեջանի միջև խաղաղության պայմանագիր", Language::Armenian},
      {"Երևան", Language::Armenian},
      {"ԵԱՀԿ-ի Մինսկի խումբը (OSCE)", Language::Armenian},
  });
  // The script with most letters decides: a short Armenian acronym in English text is English.
  expect_detected({{"ԵԱՀԿ Minsk Group talks", Language::English}});
}

TEST(Detect, CyrillicScriptGivesRussian) {
  expect_detected({
      {"Мирный договор между Арменией и Азербайджаном", Language::Russian},
      {"отчёт", Language::Russian},
      {"Заявление ОБСЕ (OSCE)", Language::Russian},
  });
}

TEST(Detect, AzerbaijaniLettersAndWordsGiveAzerbaijani) {
  expect_detected({
      {"Azərbaycan və Ermənistan arasında sülh müqaviləsi", Language::Azerbaijani},
      {"Qarabağ", Language::Azerbaijani},
      {"Bakı", Language::Azerbaijani},
      {"sulh ve ya bu da olan", Language::Azerbaijani},  // words alone, typed without ə
      {"Az\u04D9rbaycan", Language::Azerbaijani},        // Cyrillic ә in a Latin word
  });
}

TEST(Detect, EnglishWordsOutweighAFewAzerbaijaniNames) {
  expect_detected({
      {"The leaders of Armenia and Azerbaijan met in Brussels", Language::English},
      {"The talks on Qarabağ and the future of the region", Language::English},
      {"peace", Language::English},
      {"Qarabag", Language::English},  // no signal either way: English
  });
}

TEST(Detect, NoLettersGivesUnknown) {
  expect_detected({{"", Language::Unknown},
                   {"2030 — 10/11/2020", Language::Unknown},
                   {"...!?", Language::Unknown},
                   {"Ελλάδα", Language::Unknown}});
}

TEST(Detect, InvalidUtf8NeverCrashes) {
  expect_detected({{"\xFF\xFE\xC0", Language::Unknown}, {"peace \xED\xA0\x80 talks", Language::English}});
}

TEST(LanguagesOfWord, FollowTheScriptOfTheWord) {
  struct WordCase {
    std::string_view word;
    std::vector<Language> languages;
  };
  const WordCase cases[] = {
      {"peace", {Language::English, Language::Azerbaijani}},
      {"Qarabağ", {Language::English, Language::Azerbaijani}},  // ğ is Turkish too
      {"Azərbaycan", {Language::Azerbaijani}},
      {"Bakı", {Language::Azerbaijani}},
      {"İlham", {Language::Azerbaijani}},
      {"Az\u04D9rbaycan", {Language::Azerbaijani}},
      {"договор", {Language::Russian}},
      {"\u04D9", {Language::Russian}},  // a Cyrillic ә alone is Cyrillic
      {"Երևան", {Language::Armenian}},
      {"2030", {}},
      {"Ελλάδα", {}},
      {"", {}},
  };
  for (const WordCase& c : cases) {
    SCOPED_TRACE(c.word);
    EXPECT_EQ(languages_of_word(c.word), c.languages);
  }
}

}  // namespace
}  // namespace liaison

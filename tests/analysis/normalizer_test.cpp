#include "core/analysis/normalizer.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "tests/analysis/test_text.h"

namespace liaison {
namespace {

using testing::to_unicode;
using testing::to_utf8;

struct Case {
  std::string_view input;
  std::string_view expected;
};

std::string normalized(std::string_view word, Language language) {
  static const Normalizer normalizer;
  icu::UnicodeString text = to_unicode(word);
  normalizer.normalize(text, language);
  return to_utf8(text);
}

void expect_normalized(Language language, const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    SCOPED_TRACE(c.input);
    EXPECT_EQ(normalized(c.input, language), c.expected);
  }
}

TEST(Normalizer, FoldsCaseInAllFourLanguages) {
  expect_normalized(Language::English, {{"Peace", "peace"}, {"OSCE", "osce"}});
  expect_normalized(Language::Russian, {{"МИРНЫЙ", "мирный"}, {"Ереван", "ереван"}});
  expect_normalized(Language::Armenian, {{"ՀԱՅԱՍՏԱՆ", "հայաստան"}, {"Երեւան", "երեւան"}});
  expect_normalized(Language::Azerbaijani, {{"ŞƏKİ", "şəki"}, {"QARABAĞ", "qarabağ"}});
}

TEST(Normalizer, FoldsAzerbaijaniDottedCapitalI) {
  expect_normalized(Language::Azerbaijani,
                    {
                        {"İLHAM", "ilham"}, {"İrəvan", "irəvan"}, {"I\u0307LHAM", "ilham"},  // decomposed İ
                    });
}

TEST(Normalizer, FoldsDottedCapitalIToPlainIInEveryLanguage) {
  // No i + U+0307 may be left, whatever the passage language.
  for (Language language : {Language::English, Language::Russian, Language::Armenian, Language::Unknown}) {
    SCOPED_TRACE(std::string(to_code(language)));
    expect_normalized(language, {{"İLHAM", "ilham"}, {"İlham", "ilham"}, {"ELİF", "elif"}});
  }
}

TEST(Normalizer, MapsAzerbaijaniCapitalIToDotlessI) {
  expect_normalized(Language::Azerbaijani,
                    {
                        {"BAKI", "bakı"},
                        {"ISPARTA", "ısparta"},
                        {"QARABAĞIN", "qarabağın"},
                        {"Ilham", "ılham"},  // a plain I is a dotless letter in Azerbaijani spelling
                    });
}

TEST(Normalizer, MapsCapitalIToPlainIOutsideAzerbaijani) {
  expect_normalized(Language::English, {{"IRAN", "iran"}, {"BAKI", "baki"}});
}

TEST(Normalizer, RemovesSoftHyphenAndZeroWidthCharacters) {
  expect_normalized(Language::English, {
                                           {"confi\u00ADdence", "confidence"},
                                           {"Qara\u200Bbag", "qarabag"},
                                           {"Qara\u2060bag", "qarabag"},
                                           {"peace\u200Dkeeping", "peacekeeping"},
                                       });
  expect_normalized(Language::Russian, {{"пере\u00ADговоры", "переговоры"}});
  expect_normalized(Language::Armenian, {{"խաղա\u00ADղություն", "խաղաղություն"}});
  expect_normalized(Language::Azerbaijani, {{"müqa\u00ADvilə", "müqavilə"}});
}

TEST(Normalizer, ExpandsLigaturesAndFullWidthLetters) {
  expect_normalized(Language::English, {
                                           {"con\uFB01dence", "confidence"},
                                           {"\uFB02ow", "flow"},
                                           {"\uFF2F\uFF33\uFF23\uFF25", "osce"},  // full-width OSCE
                                           {"\uFF12\uFF10\uFF13\uFF10", "2030"},
                                       });
}

TEST(Normalizer, SpellsArmenianLigatureEwAsTwoLetters) {
  expect_normalized(Language::Armenian, {{"Երևան", "երեւան"}, {"և", "եւ"}, {"Նախիջևան", "նախիջեւան"}});
}

TEST(Normalizer, ComposesDecomposedLetters) {
  expect_normalized(Language::Azerbaijani, {{"Qarabag\u0306", "qarabağ"}, {"s\u0327əki", "şəki"}});
  expect_normalized(Language::Russian, {{"отче\u0308т", "отчёт"}, {"и\u0306", "й"}});
}

TEST(Normalizer, FullCaseFoldingExpandsSharpS) {
  expect_normalized(Language::English, {{"Straße", "strasse"}});
}

TEST(Normalizer, EmptyWordStaysEmpty) {
  expect_normalized(Language::Azerbaijani, {{"", ""}});
  expect_normalized(Language::Unknown, {{"", ""}});
}

}  // namespace
}  // namespace liaison

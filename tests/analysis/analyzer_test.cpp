#include "core/analysis/analyzer.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace liaison {
namespace {

const Analyzer& analyzer() {
  static const Analyzer instance;
  return instance;
}

/// The only token of `text`; fails the test when there is not exactly one.
Token only_token(std::string_view text, Language language = Language::Unknown) {
  const auto tokens = analyzer().analyze(text, language);
  EXPECT_EQ(tokens.size(), 1u) << text;
  return tokens.empty() ? Token{} : tokens.front();
}

std::vector<std::string> terms_of(std::string_view text, Language language = Language::Unknown) {
  std::vector<std::string> terms;
  for (const Token& token : analyzer().analyze(text, language)) terms.push_back(token.term);
  return terms;
}

struct SameTerm {
  std::string_view a;
  std::string_view b;
  Language language;
};

void expect_same_terms(const std::vector<SameTerm>& cases) {
  for (const SameTerm& c : cases) {
    SCOPED_TRACE(std::string(c.a) + " vs " + std::string(c.b));
    const Token a = only_token(c.a, c.language);
    const Token b = only_token(c.b, c.language);
    EXPECT_EQ(a.term, b.term);
    EXPECT_EQ(a.stem, b.stem);
  }
}

TEST(Analyzer, NamesAcrossTheFourLanguagesGetTheLanguageOfTheirScript) {
  struct Case {
    std::string_view name;
    Language language;
    std::string_view term;
    std::string_view fold;
  };
  const Case cases[] = {
      {"Karabakh", Language::English, "karabakh", "karabakh"},
      {"Карабах", Language::Russian, "карабах", "карабах"},
      {"Ղարաբաղ", Language::Armenian, "ղարաբաղ", "ղարաբաղ"},
      {"Qarabağ", Language::Azerbaijani, "qarabağ", "qarabag"},
      {"Nakhchivan", Language::English, "nakhchivan", "nakhchivan"},
      {"Нахичевань", Language::Russian, "нахичевань", "нахичевань"},
      {"Նախիջևան", Language::Armenian, "նախիջեւան", "նախիջեւան"},
      {"Naxçıvan", Language::Azerbaijani, "naxçıvan", "naxcivan"},
      {"Ильхам", Language::Russian, "ильхам", "ильхам"},
      {"Իլհամ", Language::Armenian, "իլհամ", "իլհամ"},
      {"İlham", Language::Azerbaijani, "ilham", "ilham"},
      {"ATƏT", Language::Azerbaijani, "atət", "atet"},
      {"ԵԱՀԿ", Language::Armenian, "եահկ", "եահկ"},
      {"ОБСЕ", Language::Russian, "обсе", "обсе"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    const Token token = only_token(c.name);
    EXPECT_EQ(token.language, c.language);
    EXPECT_EQ(token.term, c.term);
    EXPECT_EQ(token.fold, c.fold);
  }
}

TEST(Analyzer, EmptyInputGivesNoTokens) {
  EXPECT_TRUE(analyzer().analyze("").empty());
  EXPECT_TRUE(analyzer().analyze("", Language::Armenian).empty());
  EXPECT_TRUE(analyzer().analyze(" \n\t—,.").empty());
}

TEST(Analyzer, InvalidUtf8NeverCrashes) {
  const std::string_view inputs[] = {"\xFF\xFE",
                                     "Qara\xC4"
                                     "bağ",
                                     "\xED\xA0\x80\xED\xB0\x80",
                                     "\xC0\xAF peace",
                                     "Երև\xD5",
                                     std::string_view("nul\0inside", 10)};
  for (std::string_view input : inputs) {
    SCOPED_TRACE(input);
    for (const Token& token : analyzer().analyze(input)) {
      EXPECT_LE(token.byte_end, input.size());
      EXPECT_LT(token.byte_begin, token.byte_end);
      EXPECT_FALSE(token.term.empty());
    }
  }
  EXPECT_EQ(terms_of("peace\xFFtalks", Language::English), (std::vector<std::string>{"peace", "talks"}));
}

TEST(Analyzer, ByteOffsetsPointAtTheOriginalSurfaceText) {
  const std::string_view texts[] = {
      "İLHAM Əliyev met Nikol Paşinyan in Brussels.",
      "Երևանում ինչո՞ւ հայ֊ադրբեջանական:Բաքու",
      "Azәrbaycan və Qarabağ’ın confi\u00ADdence",
      "Отчёт о перегово\u0301рах, 2021 год",
  };
  for (std::string_view text : texts) {
    SCOPED_TRACE(text);
    for (const Token& token : analyzer().analyze(text)) {
      ASSERT_LE(token.byte_end, text.size());
      EXPECT_EQ(token.text, text.substr(token.byte_begin, token.byte_end - token.byte_begin));
    }
  }
  const auto tokens = analyzer().analyze("Երևանում ինչո՞ւ", Language::Armenian);
  ASSERT_EQ(tokens.size(), 2u);
  EXPECT_EQ(tokens[1].text, "ինչո՞ւ");  // the surface keeps the mark, the term does not
  EXPECT_EQ(tokens[1].term, "ինչու");
  EXPECT_EQ(tokens[1].byte_begin, 17u);
}

TEST(Analyzer, PositionsAreConsecutiveFromZero) {
  const auto tokens = analyzer().analyze("Peace ՞ and 2030, Բաքու — Баку", Language::English);
  ASSERT_EQ(tokens.size(), 5u);  // the lone ՞ is no word
  for (std::size_t i = 0; i < tokens.size(); ++i) EXPECT_EQ(tokens[i].position, i);
}

TEST(Analyzer, YerevanSpelledWithLigatureEqualsSpelledWithEw) {
  expect_same_terms({{"Երևան", "Երեւան", Language::Armenian},
                     {"Երևան", "Երեւան", Language::Unknown},
                     {"Նախիջևան", "Նախիջեւան", Language::Armenian}});
  EXPECT_EQ(only_token("Երևան").term, "երեւան");
}

TEST(Analyzer, UpperCaseArmenianAnalysesAsItsLigatureForm) {
  // Upper case has no ligature: և is written ԵՎ, and Եվ at the start of a sentence.
  expect_same_terms({{"ԵՐԵՎԱՆ", "Երևան", Language::Armenian},
                     {"ԵՐԵՎԱՆԸ", "Երևանը", Language::Unknown},
                     {"ԵՎ", "և", Language::Armenian},
                     {"Եվ", "և", Language::Armenian},
                     {"ՆԱԵՎ", "նաև", Language::Armenian},
                     {"ԿԱՐԵՎՈՐ", "կարևոր", Language::Armenian},
                     {"ԱԼԻԵՎԻ", "Ալիևի", Language::Armenian},
                     {"ՆԱԽԻՋԵՎԱՆ", "Նախիջևան", Language::Armenian},
                     {"ՄԻՋԵՎ", "միջեւ", Language::Armenian}});
  EXPECT_EQ(terms_of("ԵՐԵՎԱՆ ԵՎ"), (std::vector<std::string>{"երեւան", "եւ"}));
  EXPECT_TRUE(analyzer().is_stop_word(only_token("ԵՎ").term, Language::Armenian));
}

TEST(Analyzer, ArmenianEchVewWrittenInLowerCaseMeetsItsOtherSpellings) {
  // Եվրոպա (reformed spelling), Եւրոպա (classical) and ԵՎՐՈՊԱ; Երեվան, a common misspelling.
  expect_same_terms({{"Եվրոպական", "եվրոպական", Language::Armenian},
                     {"Եվրոպական", "ԵՎՐՈՊԱԿԱՆ", Language::Armenian},
                     {"Եվրոպա", "Եւրոպա", Language::Armenian},
                     {"Երեվան", "Երևան", Language::Armenian},
                     {"հոգեվիճակ", "ՀՈԳԵՎԻՃԱԿ", Language::Armenian}});
}

TEST(Analyzer, ArmenianMarksInsideWordsAreIgnored) {
  expect_same_terms({{"ինչո՞ւ", "ինչու", Language::Armenian},
                     {"Կանգնի՛ր", "կանգնիր", Language::Armenian},
                     {"Ո՜վ", "ով", Language::Armenian}});
}

TEST(Analyzer, ArmenianHyphenAndColonSplitWords) {
  EXPECT_EQ(terms_of("հայ֊ադրբեջանական"), (std::vector<std::string>{"հայ", "ադրբեջանական"}));
  EXPECT_EQ(terms_of("խաղաղություն:Երևան"), (std::vector<std::string>{"խաղաղություն", "երեւան"}));
}

TEST(Analyzer, QarabagWithoutDiacriticsFoldsLikeQarabag) {
  const Token with = only_token("Qarabağ");
  const Token without = only_token("Qarabag");
  EXPECT_EQ(with.language, Language::Azerbaijani);
  EXPECT_EQ(with.term, "qarabağ");
  EXPECT_EQ(with.fold, "qarabag");
  EXPECT_EQ(without.fold, with.fold);
  EXPECT_EQ(only_token("Şəki").fold, only_token("Seki").fold);
  EXPECT_EQ(only_token("BAKI", Language::Azerbaijani).fold, only_token("Baki", Language::English).fold);
}

TEST(Analyzer, DottedCapitalIFoldsToPlainIInAnyLanguage) {
  for (Language language : {Language::English, Language::Azerbaijani, Language::Russian, Language::Unknown}) {
    SCOPED_TRACE(std::string(to_code(language)));
    EXPECT_EQ(only_token("İLHAM", language).term, "ilham");
  }
  EXPECT_EQ(only_token("BAKI", Language::Azerbaijani).term, "bakı");
  EXPECT_EQ(only_token("BAKI", Language::English).term, "baki");
}

TEST(Analyzer, RussianYoMatchesYe) {
  expect_same_terms({{"отчёт", "отчет", Language::Russian},
                     {"ОТЧЁТ", "отчет", Language::Unknown},
                     {"ещё", "еще", Language::Russian}});
  EXPECT_EQ(only_token("отчёт").term, "отчет");
}

TEST(Analyzer, RussianStressMarksAreRemoved) {
  expect_same_terms(
      {{"догово\u0301р", "договор", Language::Russian}, {"мо\u0300ре", "море", Language::Russian}});
}

TEST(Analyzer, SoftHyphenInsideWordIsRemoved) {
  expect_same_terms({{"confi\u00ADdence", "confidence", Language::English},
                     {"пере\u00ADговоры", "переговоры", Language::Russian},
                     {"խաղա\u00ADղություն", "խաղաղություն", Language::Armenian},
                     {"müqa\u00ADviləsi", "müqaviləsi", Language::Azerbaijani}});
}

TEST(Analyzer, ZeroWidthSpaceDoesNotSplitWord) {
  const Token token = only_token("Qara\u200Bbağ");
  EXPECT_EQ(token.term, "qarabağ");
  EXPECT_EQ(token.text, "Qara\u200Bbağ");
  EXPECT_EQ(terms_of("пере\u200Bговоры Ере\u200Bван"), (std::vector<std::string>{"переговоры", "ереван"}));
}

TEST(Analyzer, LigaturesAndFullWidthLettersBecomePlainLetters) {
  expect_same_terms({{"con\uFB01dence", "confidence", Language::English},
                     {"\uFF2F\uFF33\uFF23\uFF25", "OSCE", Language::English}});
}

TEST(Analyzer, ApostropheShapesGiveOneTerm) {
  expect_same_terms({{"Qarabağ’ın", "Qarabağ'ın", Language::Azerbaijani},
                     {"Qarabağʼın", "Qarabağ'ın", Language::Azerbaijani},
                     {"Women’s", "women's", Language::English}});
  EXPECT_EQ(only_token("Qarabağ’ın").stem, "qarabağ");
}

TEST(Analyzer, CyrillicSchwaInAzerbaijaniBecomesLatinSchwa) {
  for (Language language : {Language::Azerbaijani, Language::Unknown, Language::English}) {
    SCOPED_TRACE(std::string(to_code(language)));
    const Token token = only_token("Az\u04D9rbaycan", language);
    EXPECT_EQ(token.language, Language::Azerbaijani);
    EXPECT_EQ(token.term, "azərbaycan");
  }
  EXPECT_EQ(only_token("\u04D8liyev", Language::Azerbaijani).term, "əliyev");
  EXPECT_EQ(only_token("Azärbaycan", Language::Azerbaijani).term, "azərbaycan");
}

TEST(Analyzer, CyrillicWordInEnglishPassageGetsRussianStem) {
  const auto tokens = analyzer().analyze("the negotiations (переговоров) resumed", Language::English);
  ASSERT_EQ(tokens.size(), 4u);
  EXPECT_EQ(tokens[1].language, Language::English);
  EXPECT_EQ(tokens[1].stem, "negoti");
  EXPECT_EQ(tokens[2].language, Language::Russian);
  EXPECT_EQ(tokens[2].stem, "переговор");
}

TEST(Analyzer, ArmenianWordInRussianPassageGetsArmenianStem) {
  const auto tokens = analyzer().analyze("город Երևանում", Language::Russian);
  ASSERT_EQ(tokens.size(), 2u);
  EXPECT_EQ(tokens[1].language, Language::Armenian);
  EXPECT_EQ(tokens[1].stem, "երեւ");
}

TEST(Analyzer, LatinWordsTakeThePassageLanguage) {
  const auto az = analyzer().analyze("sülh danışıqlarda", Language::Azerbaijani);
  ASSERT_EQ(az.size(), 2u);
  EXPECT_EQ(az[1].language, Language::Azerbaijani);
  EXPECT_EQ(az[1].stem, "danışığ");  // q/ğ alternation ends one way (intended, bench/stemming)
  // In a Russian passage a Latin word is English, unless its letters are Azerbaijani.
  const auto ru = analyzer().analyze("заявление OSCE и Azərbaycanın", Language::Russian);
  ASSERT_EQ(ru.size(), 4u);
  EXPECT_EQ(ru[1].language, Language::English);
  EXPECT_EQ(ru[3].language, Language::Azerbaijani);
  EXPECT_EQ(ru[3].stem, "azərbaycan");  // a kept root (profile_az.cpp), whole in every form
}

TEST(Analyzer, DetectsThePassageLanguageWhenUnknown) {
  struct Case {
    std::string_view text;
    Language language;
  };
  const Case cases[] = {
      {"Sülh müqaviləsi və danışıqlar", Language::Azerbaijani},
      {"peace talks in Brussels", Language::English},
      {"мирные переговоры", Language::Russian},
      {"խաղաղության բանակցություններ", Language::Armenian},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    for (const Token& token : analyzer().analyze(c.text)) EXPECT_EQ(token.language, c.language);
  }
  // "danışıqlar" holds no ə or ı... it does hold ı: even alone it is Azerbaijani.
  EXPECT_EQ(only_token("danışıqlar").stem, "danışığ");
}

TEST(Analyzer, NumbersHaveNoLanguageAndStayAsWritten) {
  const auto tokens =
      analyzer().analyze("30 measures by 2030, 4,600 km, \uFF12\uFF10\uFF12\uFF11", Language::English);
  ASSERT_EQ(tokens.size(), 7u);
  EXPECT_EQ(tokens[0].language, Language::Unknown);
  EXPECT_EQ(tokens[0].term, "30");
  EXPECT_EQ(tokens[3].term, "2030");
  EXPECT_EQ(tokens[4].term, "4,600");
  EXPECT_EQ(tokens[4].stem, "4,600");
  EXPECT_EQ(tokens[4].fold, "4,600");
  EXPECT_EQ(tokens[6].term, "2021");  // full-width digits
}

TEST(Analyzer, TermFoldAndStemFollowTheTokenContract) {
  const Token token = only_token("Müqavilələrin", Language::Azerbaijani);
  EXPECT_EQ(token.text, "Müqavilələrin");
  EXPECT_EQ(token.term, "müqavilələrin");
  EXPECT_EQ(token.fold, "muqavilelerin");
  EXPECT_EQ(token.stem, "müqavilə");
  const Token english = only_token("Negotiations", Language::English);
  EXPECT_EQ(english.term, "negotiations");
  EXPECT_EQ(english.fold, english.term);  // nothing to fold
  EXPECT_EQ(english.stem, "negoti");
}

TEST(Analyzer, WordLevelMethodsMatchAnalyze) {
  const std::string_view words[] = {"Qarabağ’ın", "ОТЧЁТ",           "ինչո՞ւ",
                                    "İLHAM",      "Az\u04D9rbaycan", "con\uFB01dence"};
  for (std::string_view word : words) {
    SCOPED_TRACE(word);
    const Token token = only_token(word);
    EXPECT_EQ(analyzer().normalize_word(word, token.language), token.term);
    EXPECT_EQ(analyzer().normalize_word(word, Language::Unknown), token.term);
    EXPECT_EQ(analyzer().fold(token.term), token.fold);
    EXPECT_EQ(analyzer().stem(token.term, token.language), token.stem);
  }
}

TEST(Analyzer, StopWordsAreKnownInNormalisedForm) {
  EXPECT_TRUE(analyzer().is_stop_word(only_token("The").term, Language::English));
  EXPECT_TRUE(analyzer().is_stop_word(only_token("և", Language::Armenian).term, Language::Armenian));
  EXPECT_TRUE(analyzer().is_stop_word(only_token("VƏ").term, Language::Azerbaijani));
  EXPECT_TRUE(analyzer().is_stop_word(only_token("Ещё").term, Language::Russian));
  EXPECT_FALSE(analyzer().is_stop_word("peace", Language::English));
  EXPECT_FALSE(analyzer().is_stop_word("the", Language::Russian));
}

TEST(Analyzer, GivesTheSameTokensFromManyThreads) {
  const std::string text =
      "Azərbaycan və Ermənistan: sülh müqaviləsi. Отчёт о переговорах. Երևանում ինչո՞ւ. The talks.";
  const std::vector<Token> expected = analyzer().analyze(text);
  std::vector<int> mismatches(4, 0);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < mismatches.size(); ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 300; ++i) {
        const auto tokens = analyzer().analyze(text);
        if (tokens.size() != expected.size()) {
          ++mismatches[t];
          continue;
        }
        for (std::size_t k = 0; k < tokens.size(); ++k) {
          if (tokens[k].stem != expected[k].stem || tokens[k].byte_begin != expected[k].byte_begin)
            ++mismatches[t];
        }
      }
    });
  }
  for (auto& thread : threads) thread.join();
  for (int count : mismatches) EXPECT_EQ(count, 0);
}

}  // namespace
}  // namespace liaison

#include "core/analysis/stemmer.h"

#include <gtest/gtest.h>

#include <string_view>
#include <thread>
#include <vector>

namespace liaison {
namespace {

struct Case {
  std::string_view term;
  std::string_view stem;
};

void expect_stems(Language language, const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    SCOPED_TRACE(c.term);
    EXPECT_EQ(stem_term(c.term, language), c.stem);
  }
}

TEST(Stemmer, EnglishUsesSnowball) {
  expect_stems(Language::English, {
                                      {"negotiations", "negoti"},
                                      {"negotiating", "negoti"},
                                      {"communities", "communiti"},
                                      {"peaceful", "peac"},
                                      {"measures", "measur"},
                                  });
}

TEST(Stemmer, RussianUsesSnowball) {
  expect_stems(Language::Russian, {
                                      {"переговоры", "переговор"},
                                      {"переговоров", "переговор"},
                                      {"отчет", "отчет"},
                                      {"мирного", "мирн"},
                                      {"мирный", "мирн"},
                                  });
}

// Intended change: Armenian is no longer Snowball's; the forms of a noun now meet (Երեւան and
// Երեւանը were apart, see armenian_stemmer_test.cpp).
TEST(Stemmer, ArmenianUsesItsOwnRules) {
  expect_stems(Language::Armenian, {
                                       {"արծիվ", "արծվ"},
                                       {"արծիվներ", "արծվ"},
                                       {"հայաստանի", "հայաստ"},
                                       {"հայաստան", "հայաստ"},
                                       {"երեւանում", "երեւ"},
                                       {"երեւան", "երեւ"},
                                       {"երեւանը", "երեւ"},
                                   });
}

TEST(Stemmer, AzerbaijaniUsesTheLightStemmer) {
  expect_stems(Language::Azerbaijani, {{"müqavilələrin", "müqavilə"}, {"qarabağda", "qarabağ"}, {"azərbaycanın", "azərbaycan"}});
}

TEST(Stemmer, UnknownLanguageKeepsTheTerm) {
  expect_stems(Language::Unknown, {{"2030", "2030"}, {"negotiations", "negotiations"}});
}

TEST(Stemmer, GivesTheSameStemsFromManyThreads) {
  std::vector<std::thread> threads;
  std::vector<int> mismatches(4, 0);
  for (std::size_t t = 0; t < mismatches.size(); ++t) {
    threads.emplace_back([&mismatches, t] {
      for (int i = 0; i < 2000; ++i) {
        if (stem_term("переговоров", Language::Russian) != "переговор") ++mismatches[t];
        if (stem_term("negotiations", Language::English) != "negoti") ++mismatches[t];
        if (stem_term("արծիվներ", Language::Armenian) != "արծվ") ++mismatches[t];
      }
    });
  }
  for (auto& thread : threads) thread.join();
  for (int count : mismatches) EXPECT_EQ(count, 0);
}

}  // namespace
}  // namespace liaison

// What a pair of forms counts for in bench_stemming's figures. The stems are given as a table, so
// each test states the stemmer's answer and the figures it must give.
#include "bench/stemming/conflation.h"

#include <gtest/gtest.h>

#include <map>

namespace liaison::stemming {
namespace {

std::function<std::string(const std::string&)> table(std::map<std::string, std::string> stems) {
  return [stems = std::move(stems)](const std::string& form) { return stems.at(form); };
}

TEST(Conflation, FormsOfOneLemmaUnderOneStemAreRecalledAndPrecise) {
  const std::vector<LemmaForm> words = {{"kənd", "NOUN", "kənd"}, {"kənd", "NOUN", "kəndi"}, {"kənd", "NOUN", "kəndə"},
                                        {"dil", "NOUN", "dil"}, {"dil", "NOUN", "dili"}};
  const Conflation c = measure_conflation(
      words, table({{"kənd", "kənd"}, {"kəndi", "kənd"}, {"kəndə", "kənd"}, {"dil", "dil"}, {"dili", "dil"}}));
  EXPECT_DOUBLE_EQ(c.recall, 1.0);
  EXPECT_DOUBLE_EQ(c.precision, 1.0);
  EXPECT_DOUBLE_EQ(c.one_stem, 1.0);
  EXPECT_EQ(c.lemmas, 2u);
}

TEST(Conflation, TwoLemmasUnderOneStemLosePrecisionNotRecall) {
  // Three pairs share the stem "ba"; one of them (bağ, bağı) is one word's.
  const std::vector<LemmaForm> words = {{"bağ", "NOUN", "bağ"}, {"bağ", "NOUN", "bağı"}, {"bal", "NOUN", "bal"}};
  const Conflation c = measure_conflation(words, table({{"bağ", "ba"}, {"bağı", "ba"}, {"bal", "ba"}}));
  EXPECT_DOUBLE_EQ(c.recall, 1.0);
  EXPECT_DOUBLE_EQ(c.precision, 1.0 / 3.0);
}

TEST(Conflation, ASplitLemmaLosesRecallAndItsOneStem) {
  const std::vector<LemmaForm> words = {{"get", "VERB", "getdi"}, {"get", "VERB", "gedir"}, {"get", "VERB", "getmək"}};
  const Conflation c = measure_conflation(words, table({{"getdi", "get"}, {"gedir", "ged"}, {"getmək", "get"}}));
  EXPECT_DOUBLE_EQ(c.recall, 1.0 / 3.0);
  EXPECT_DOUBLE_EQ(c.precision, 1.0);
  EXPECT_DOUBLE_EQ(c.one_stem, 0.0);
}

TEST(Conflation, AHomographsPairWithAFormOfEitherLemmaIsOnePairAndRight) {
  // "onu" is listed under "o" (it) and "on" (ten). Its stem is one stem whatever the stemmer, so
  // its pair with "on" is one pair, and a right one: the two forms share the lemma "on".
  const std::vector<LemmaForm> words = {{"o", "PRON", "onu"}, {"on", "NUM", "onu"}, {"on", "NUM", "on"}};
  const Conflation c = measure_conflation(words, table({{"onu", "on"}, {"on", "on"}}));
  EXPECT_DOUBLE_EQ(c.precision, 1.0);
  EXPECT_DOUBLE_EQ(c.recall, 1.0);
  EXPECT_EQ(c.lemmas, 1u);  // "o" has one form
}

TEST(Conflation, AHomographDoesNotMakeAWrongPairRight) {
  // "onu" (o, on) and "ona" (o) share "o"; "onda" (o) shares a stem with "on" (on) only by error.
  const std::vector<LemmaForm> words = {{"o", "PRON", "onu"}, {"on", "NUM", "onu"}, {"on", "NUM", "on"},
                                        {"o", "PRON", "onda"}};
  const Conflation c = measure_conflation(words, table({{"onu", "on"}, {"on", "on"}, {"onda", "on"}}));
  // Pairs under the stem: onu-on (right), onu-onda (right), on-onda (wrong).
  EXPECT_DOUBLE_EQ(c.precision, 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(c.recall, 1.0);
}

TEST(Conflation, NoPairsGiveZeroRecallAndFullPrecision) {
  const std::vector<LemmaForm> words = {{"ev", "NOUN", "ev"}, {"su", "NOUN", "su"}};
  const Conflation c = measure_conflation(words, table({{"ev", "ev"}, {"su", "su"}}));
  EXPECT_DOUBLE_EQ(c.recall, 0.0);
  EXPECT_DOUBLE_EQ(c.precision, 1.0);
  EXPECT_EQ(c.lemmas, 0u);
}

}  // namespace
}  // namespace liaison::stemming

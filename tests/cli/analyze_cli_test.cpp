// `indexer analyze`: one JSON object per token, every language quirk of the domain handled.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "tests/cli/cli_support.h"

namespace liaison::testing {
namespace {

std::vector<nlohmann::json> analyze(const std::string& text, const std::string& lang = "") {
  std::vector<std::string> args{"analyze"};
  if (!lang.empty()) args.insert(args.end(), {"--lang", lang});
  const auto result = indexer(args, text);
  EXPECT_EQ(result.exit_code, 0) << result.err;
  std::vector<nlohmann::json> tokens;
  std::istringstream lines(result.out);
  for (std::string line; std::getline(lines, line);) tokens.push_back(nlohmann::json::parse(line));
  return tokens;
}

TEST(IndexerAnalyze, PrintsOneJsonObjectPerTokenWithAllFields) {
  const auto tokens = analyze("Peace talks in Brussels");
  ASSERT_EQ(tokens.size(), 4u);
  for (const auto& key : {"text", "term", "fold", "stem", "lang", "pos"}) EXPECT_TRUE(tokens[0].contains(key)) << key;
  EXPECT_EQ(tokens[1]["text"], "talks");
  EXPECT_EQ(tokens[1]["stem"], "talk");
  EXPECT_EQ(tokens[1]["lang"], "en");
  EXPECT_EQ(tokens[3]["pos"], 3);
}

struct TermCase {
  const char* behaviour;
  std::string input;
  std::string lang;  // "" = detect
  std::vector<std::string> terms;
};

TEST(IndexerAnalyze, HandlesEveryLanguageQuirkOfTheDomain) {
  const TermCase cases[] = {
      {"Armenian question mark inside a word", "ինչո՞ւ", "hy", {"ինչու"}},
      {"Armenian emphasis mark inside a word", "Կանգնի՛ր", "hy", {"կանգնիր"}},
      {"Armenian exclamation mark inside a word", "Ափսո՜ս", "hy", {"ափսոս"}},
      {"Armenian ligature ew equals e+vyun", "Երևան", "hy", {"երեւան"}},
      {"Armenian spelling with e+vyun", "Երեւան", "hy", {"երեւան"}},
      {"Armenian full stop ends a word", "Բաքու։Երևան", "hy", {"բաքու", "երեւան"}},
      {"ASCII colon as Armenian full stop", "Բաքու:Երևան", "hy", {"բաքու", "երեւան"}},
      {"Armenian hyphen splits a compound", "հայ֊ադրբեջանական", "hy", {"հայ", "ադրբեջանական"}},
      {"Turkic dotted capital I", "İLHAM", "az", {"ilham"}},
      {"Turkic dotless capital I", "BAKI", "az", {"bakı"}},
      {"dotted capital I in a detected text", "İLHAM Əliyev", "", {"ilham", "əliyev"}},
      {"Cyrillic schwa in Latin Azerbaijani", "Azәrbaycan", "az", {"azərbaycan"}},
      {"a-umlaut typed for schwa", "Azärbaycan", "az", {"azərbaycan"}},
      {"Russian yo is ye", "отчёт", "ru", {"отчет"}},
      {"Russian stress mark", "уда\u0301рение", "ru", {"ударение"}},
      {"soft hyphen inside a word", "peace\u00ADbuilding", "en", {"peacebuilding"}},
      {"zero-width space inside a word", "peace\u200Bbuilding", "en", {"peacebuilding"}},
      {"fi ligature", "\uFB01nal", "en", {"final"}},
      {"full-width letters", "\uFF21\uFF22\uFF23", "en", {"abc"}},
      {"curly apostrophe", "Qarabağ’ın", "az", {"qarabağ'ın"}},
      {"guillemets and low quotes are not words", "«мир» „peace“", "", {"мир", "peace"}},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.behaviour);
    const auto tokens = analyze(c.input, c.lang);
    std::vector<std::string> terms;
    for (const auto& token : tokens) terms.push_back(token["term"]);
    EXPECT_EQ(terms, c.terms);
  }
}

TEST(IndexerAnalyze, FoldsDiacriticsForQueriesTypedWithoutThem) {
  EXPECT_EQ(analyze("Qarabağ", "az").at(0)["fold"], "qarabag");
  EXPECT_EQ(analyze("Şəki", "az").at(0)["fold"], "seki");
  EXPECT_EQ(analyze("Qarabag", "az").at(0)["fold"], "qarabag");
}

TEST(IndexerAnalyze, StemsEachLanguage) {
  EXPECT_EQ(analyze("договора", "ru").at(0)["stem"], analyze("договор", "ru").at(0)["stem"]);
  EXPECT_EQ(analyze("müqavilələrin", "az").at(0)["stem"], "müqavilə");
  EXPECT_EQ(analyze("Qarabağ’ın", "az").at(0)["stem"], "qarabağ");
  EXPECT_EQ(analyze("measures", "en").at(0)["stem"], "measur");
}

TEST(IndexerAnalyze, DetectsTheLanguageOfEachScript) {
  EXPECT_EQ(analyze("Խաղաղության պայմանագիր").at(0)["lang"], "hy");
  EXPECT_EQ(analyze("мирный договор").at(0)["lang"], "ru");
  EXPECT_EQ(analyze("sülh müqaviləsi və danışıqlar").at(0)["lang"], "az");
  EXPECT_EQ(analyze("the peace treaty and the talks").at(0)["lang"], "en");
}

TEST(IndexerAnalyze, KeepsSurfaceTextAndSurvivesInvalidUtf8) {
  const auto tokens = analyze("Ереван \xff\xfe Баку", "ru");
  ASSERT_EQ(tokens.size(), 2u);
  EXPECT_EQ(tokens[0]["text"], "Ереван");
  EXPECT_EQ(tokens[1]["text"], "Баку");
}

TEST(IndexerAnalyze, RejectsUnknownLanguage) {
  const auto result = indexer({"analyze", "--lang", "xx"}, "text");
  EXPECT_NE(result.exit_code, 0);
  EXPECT_NE(result.err.find("lang"), std::string::npos) << result.err;
}

}  // namespace
}  // namespace liaison::testing

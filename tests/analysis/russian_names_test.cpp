#include "core/analysis/russian_names.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/analysis/analyzer.h"
#include "tests/support/temp_dir.h"

namespace liaison {
namespace {

const Analyzer& analyzer() {
  static const Analyzer instance;
  return instance;
}

/// The stem the index gives `word` as written in a Russian text.
std::string indexed_stem(std::string_view word) {
  const auto tokens = analyzer().analyze(word, Language::Russian);
  EXPECT_EQ(tokens.size(), 1u) << word;
  return tokens.empty() ? std::string() : tokens.front().stem;
}

struct Family {
  std::string_view stem;
  std::vector<std::string_view> forms;
};

void expect_families(const std::vector<Family>& families) {
  for (const Family& family : families) {
    for (std::string_view form : family.forms) {
      SCOPED_TRACE(form);
      EXPECT_EQ(indexed_stem(form), family.stem);
    }
  }
}

TEST(RussianNames, KnownNamesKeepTheirStemInEveryCaseAndInTheirAdjectives) {
  expect_families({
      {"карабах", {"Карабах", "Карабаха", "Карабаху", "Карабахом", "Карабахе", "карабах", "карабахский",
                   "Карабахском", "карабахских", "карабахская", "карабахской", "КАРАБАХ"}},
      {"алиев", {"Алиев", "Алиева", "Алиеву", "Алиевым", "Алиеве", "Алиевой", "алиев", "алиевым"}},
      {"пашинян", {"Пашинян", "Пашиняна", "Пашиняну", "Пашиняном", "пашинян"}},
      {"армени", {"Армения", "Армении", "Армению", "Арменией", "армения"}},
      {"азербайджан", {"Азербайджан", "Азербайджана", "азербайджанской", "Азербайджанская", "азербайджанских"}},
      {"нахичеван", {"Нахичевань", "Нахичевани", "Нахичеванью", "нахичеванской"}},
      {"ильхам", {"Ильхам", "Ильхама", "Ильхамом"}},
      {"лавров", {"Лавров", "Лаврова", "Лавровым"}},
      {"серге", {"Сергей", "Сергея", "Сергеем"}},
      {"ереван", {"Ереван", "Еревана", "Ереване", "ереванский"}},
  });
}

TEST(RussianNames, CapitalisedWordsLoseOnlyTheirCaseEnding) {
  expect_families({
      {"мамедов", {"Мамедов", "Мамедова", "Мамедову", "Мамедовым", "Мамедовой", "Мамедовых"}},
      {"галстанян", {"Галстанян", "Галстаняна", "Галстаняном", "Галстаняну"}},
      {"итали", {"Италия", "Италии", "Италию", "Италией"}},
      {"кировабад", {"Кировабад", "Кировабада", "Кировабаде"}},
  });
}

TEST(RussianNames, OtherWordsKeepSnowballStems) {
  struct Case {
    std::string_view word;
    std::string_view stem;
  };
  for (const Case& c : std::vector<Case>{{"переговоров", "переговор"},
                                         {"российских", "российск"},  // not Россия
                                         {"Российская", "российск"},  // an adjective, capitalised
                                         {"Южный", "южн"},
                                         {"советский", "советск"},
                                         {"газах", "газ"},  // not Газах, left out
                                         {"мирного", "мирн"}}) {
    SCOPED_TRACE(c.word);
    EXPECT_EQ(indexed_stem(c.word), c.stem);
  }
  EXPECT_FALSE(known_russian_name_stem("переговоры"));
  EXPECT_FALSE(russian_name_stem("южный"));
}

TEST(RussianNames, AQueryWordLooksForBothStems) {
  EXPECT_EQ(analyzer().stem("мамедова", Language::Russian), "мамедов");
  EXPECT_EQ(analyzer().stem("мамедов", Language::Russian), "мамед");  // Snowball, lower case
  EXPECT_EQ(analyzer().name_stem("мамедов", Language::Russian), "мамедов");
  EXPECT_EQ(analyzer().name_stem("карабахских", Language::Russian), "карабах");
  EXPECT_EQ(analyzer().name_stem("Qarabağ", Language::Azerbaijani), analyzer().stem("Qarabağ", Language::Azerbaijani));
}

/// The words of the gazetteer's Russian names of places and people; with `whole_names_only`,
/// only the names of one word.
std::set<std::string> gazetteer_words(bool whole_names_only) {
  std::ifstream in(testing::source_dir() / "corpus/domain/gazetteer.json");
  std::stringstream text;
  text << in.rdbuf();
  std::set<std::string> words;
  for (const auto& entry : nlohmann::json::parse(text.str())) {
    const std::string type = entry.value("type", "");
    if (type != "place" && type != "person") continue;
    for (const auto& name : entry["names"].value("ru", nlohmann::json::array())) {
      std::string spaced = name.get<std::string>();
      std::replace(spaced.begin(), spaced.end(), '-', ' ');  // Тер-Петросян: two words, as segmented
      std::istringstream parts(spaced);
      std::string word;
      std::vector<std::string> split;
      while (parts >> word) split.push_back(word);
      if (!whole_names_only || split.size() == 1) words.insert(split.begin(), split.end());
    }
  }
  return words;
}

TEST(RussianNames, TheKnownNamesAreTheGazetteers) {
  const std::set<std::string> words = gazetteer_words(false);
  for (std::string_view name : known_russian_names()) {
    EXPECT_TRUE(words.contains(std::string(name))) << name << " is not in corpus/domain/gazetteer.json";
  }
  const std::set<std::string> left_out = {"Газах", "Барда", "Никол", "РФ", "США", "TRIPP"};
  const std::vector<std::string_view>& known = known_russian_names();
  for (const std::string& name : gazetteer_words(true)) {
    if (left_out.contains(name)) continue;
    EXPECT_NE(std::find(known.begin(), known.end(), name), known.end()) << name << " is a one-word name of the gazetteer";
  }
}

}  // namespace
}  // namespace liaison

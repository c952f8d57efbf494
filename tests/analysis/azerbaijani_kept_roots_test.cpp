// The Azerbaijani profile's kept roots (StemmerChoice::kept_roots): names and words whose ends
// read as suffixes keep their whole root in every form, and no other word's stem is cut into them.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/analysis/analyzer.h"
#include "core/analysis/azerbaijani_stemmer.h"
#include "core/lang/profile.h"
#include "tests/support/temp_dir.h"

namespace liaison {
namespace {

std::string stem_of(const Analyzer& analyzer, std::string_view word) {
  return stem_azerbaijani(analyzer.normalize_word(word, Language::Azerbaijani));
}

TEST(AzerbaijaniKeptRoots, NamesKeepTheirWholeRootInEveryCase) {
  const Analyzer analyzer;
  const std::vector<std::pair<std::string_view, std::vector<std::string_view>>> names = {
      {"laçın", {"Laçın", "Laçına", "Laçında", "Laçından", "Laçının", "Laçını"}},
      {"zəngilan", {"Zəngilan", "Zəngilanda", "Zəngilanın"}},
      {"azərbaycan", {"Azərbaycan", "Azərbaycanın", "Azərbaycana", "Azərbaycanı", "Azərbaycanda"}},
      {"ermənistan", {"Ermənistan", "Ermənistanla", "Ermənistanın"}},
      {"vaşinqton", {"Vaşinqton", "Vaşinqtonda", "Vaşinqtonun"}},
      {"paşinyan", {"Paşinyan", "Paşinyanın", "Paşinyanla"}},
  };
  for (const auto& [stem, forms] : names) {
    for (std::string_view form : forms) {
      SCOPED_TRACE(form);
      EXPECT_EQ(stem_of(analyzer, form), stem);
    }
  }
}

TEST(AzerbaijaniKeptRoots, WordsThatEndLikeSuffixesStayApartFromShorterWords) {
  struct Pair {
    std::string_view a, b;
  };
  // qanun (law) / qan (blood), oyun (game) / oy (vote), təqdim / təqdir / təqib, bədən (body)
  // / bəd (bad), aydın (clear) / ay (month), dollar / dolu (full), forum / form, qara (black) /
  // qarın (belly), qayda (rule) / qayıtmaq, dərin (deep) / dərd (pain), güllə (bullet) / gülmək.
  for (const Pair& p : std::vector<Pair>{{"qanunu", "qanı"},     {"qanunlar", "qan"},  {"oyunda", "oylar"},
                                         {"təqdim", "təqdir"},   {"təqdim", "təqib"},  {"bədəni", "bəd"},
                                         {"aydındır", "aylar"},  {"dolları", "dolu"},  {"forumu", "formada"},
                                         {"təlimlər", "tələyə"}, {"rəqibin", "rəqs"},  {"qara", "qarın"},
                                         {"qaydalar", "qayıda"}, {"dərin", "dərdi"},  {"güllə", "gülür"},
                                         {"qoşunları", "qoşulan"}, {"isti", "istərdik"}}) {
    SCOPED_TRACE(std::string(p.a) + " / " + std::string(p.b));
    EXPECT_NE(stem_azerbaijani(p.a), stem_azerbaijani(p.b));
  }
  for (const auto& forms : std::vector<std::vector<std::string_view>>{
           {"qanun", "qanunu", "qanuna", "qanunlar", "qanunların"},
           {"plan", "planı", "planda", "planlar"},
           {"təqdir", "təqdirdə", "təqdirə"}}) {
    for (std::string_view form : forms) {
      SCOPED_TRACE(form);
      EXPECT_EQ(stem_azerbaijani(form), stem_azerbaijani(forms.front()));
    }
  }
}

/// The one-word place and person names of the gazetteer, as the analyzer normalises them.
std::vector<std::string> gazetteer_names(const Analyzer& analyzer) {
  std::ifstream in(testing::source_dir() / "corpus/domain/gazetteer.json");
  std::stringstream text;
  text << in.rdbuf();
  std::vector<std::string> names;
  for (const auto& entry : nlohmann::json::parse(text.str())) {
    const std::string type = entry.value("type", "");
    if (type != "place" && type != "person") continue;
    for (const auto& name : entry["names"].value("az", nlohmann::json::array())) {
      const std::string written = name.get<std::string>();
      if (written.find_first_of(" -") != std::string::npos) continue;
      names.push_back(analyzer.normalize_word(written, Language::Azerbaijani));
    }
  }
  return names;
}

TEST(AzerbaijaniKeptRoots, TheGazetteersNamesAreKeptRoots) {
  const Analyzer analyzer;
  const auto& kept = profile_of(Language::Azerbaijani).stemmer.kept_roots;
  const std::vector<std::string> names = gazetteer_names(analyzer);
  ASSERT_GT(names.size(), 50u);
  for (const std::string& name : names) {
    // Acronyms take their suffixes after an apostrophe (ABŞ'ın): nothing of theirs is cut.
    if (name == "abş" || name == "trıpp") continue;
    if (name == "sudan") continue;  // also su-dan (from water), the commoner word: left to the rules
    EXPECT_NE(std::find(kept.begin(), kept.end(), name), kept.end()) << name << " is a one-word name of the gazetteer";
    EXPECT_EQ(stem_azerbaijani(name), name);
  }
}

}  // namespace
}  // namespace liaison

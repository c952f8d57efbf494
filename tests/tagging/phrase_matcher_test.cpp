#include "core/tagging/phrase_matcher.h"

#include <gtest/gtest.h>

#include "core/analysis/analyzer.h"

namespace liaison {
namespace {

/// A domain of names and terms whose words the stemmers key differently by case.
Domain inflection_domain() {
  DomainTexts texts;
  texts.areas = R"([{"id": "diplomacy", "names": {"en": "Diplomacy"}}])";
  texts.thesaurus = R"([
    {"id": "karabakh-armenians", "areas": ["diplomacy"], "terms": {"ru": ["армяне Карабаха"]}}
  ])";
  texts.gazetteer = R"([
    {"id": "karabakh", "type": "place", "names": {"ru": ["Карабах", "Нагорный Карабах"], "hy": ["Ղարաբաղ"]}},
    {"id": "yerevan", "type": "place", "names": {"ru": ["Ереван"], "hy": ["Երևան"]}}
  ])";
  return parse_domain(texts);
}

class PhraseMatcherTest : public ::testing::Test {
 protected:
  /// The ids of the entries matched in `text`, in order.
  std::vector<std::string> matched(const std::string& text, Language language) const {
    std::vector<PhraseMatch> matches;
    matcher_.find_all(analyzer_.analyze(text, language), matches);
    std::vector<std::string> out;
    for (const PhraseMatch& match : matches) {
      for (const EntryRef& ref : *match.entries)
        out.push_back(ref.kind == EntryKind::Name ? domain_.names[ref.index].id : domain_.concepts[ref.index].id);
    }
    return out;
  }

  Analyzer analyzer_;
  Domain domain_ = inflection_domain();
  PhraseMatcher matcher_{domain_, analyzer_, PhraseMatcher::Options{}};
};

TEST_F(PhraseMatcherTest, AnInflectedNameMatchesWhenAnotherPhraseListsItsStem) {
  // "Карабах" stems to караб, "Карабахе" to карабах — a key "армяне Карабаха" lists too: the
  // name must still match in every case
  for (const char* text : {"в Карабахе", "Карабаха", "к Карабаху", "Карабахом", "в Нагорном Карабахе", "Карабах"})
    EXPECT_EQ(matched(text, Language::Russian), (std::vector<std::string>{"karabakh"})) << text;
  EXPECT_EQ(matched("армяне Карабаха", Language::Russian), (std::vector<std::string>{"karabakh-armenians"}));
  EXPECT_EQ(matched("из Еревана и в Ереване", Language::Russian), (std::vector<std::string>{"yerevan", "yerevan"}));
  EXPECT_EQ(matched("Ղարաբաղում և Ղարաբաղից", Language::Armenian), (std::vector<std::string>{"karabakh", "karabakh"}));
}

TEST_F(PhraseMatcherTest, FindExactKeysInflectedWordsAlike) {
  const std::vector<EntryRef>* entries = matcher_.find_exact(analyzer_.analyze("Карабахе", Language::Russian));
  ASSERT_NE(entries, nullptr);
  EXPECT_EQ(domain_.names[entries->front().index].id, "karabakh");
}

}  // namespace
}  // namespace liaison

#include "core/tagging/phrase_matcher.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <utility>

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

TEST(PhraseMatcherLoose, ALongAliasMatchesWhenAllItsWordsShareASentence) {
  DomainTexts texts;
  texts.areas = R"([{"id": "communities", "names": {"en": "Communities"}}])";
  texts.measures = R"([{"id": "M08", "area": "communities", "names": {"en": "Civil society support"},
    "aliases": {"en": ["support programmes for civil society"],
                "az": ["vətəndaş cəmiyyətinə dəstək proqramları"]}}])";
  const Domain domain = parse_domain(texts);
  const Analyzer analyzer;
  const PhraseMatcher matcher(domain, analyzer, PhraseMatcher::Options{.loose_min_words = 3});
  const auto loose = [&](const std::string& text, Language language) {
    const std::vector<Token> tokens = analyzer.analyze(text, language);
    std::vector<PhraseMatch> exact, out;
    matcher.find_all(tokens, exact);
    matcher.find_loose(text, tokens, exact, out);
    return out;
  };
  const std::string en = "The report asks for support programmes that help civil-society groups move on.";
  const std::vector<PhraseMatch> found = loose(en, Language::English);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_TRUE(found[0].loose);
  EXPECT_EQ(found[0].entries->front().kind, EntryKind::Measure);
  EXPECT_EQ(loose("Vətəndaş cəmiyyətinin ictimai həyatın əsas axınına qoşulmasına kömək edən dəstək proqramları.",
                  Language::Azerbaijani)
                .size(),
            1u);
  EXPECT_TRUE(loose("Support programmes for civil society.", Language::English).empty());  // exact: find_all's
  EXPECT_TRUE(loose("Civil society grew. Support programmes ended.", Language::English).empty());  // two sentences
  EXPECT_TRUE(loose("Support programmes of every kind, for schools, roads, farms, clinics and, later, civil society.",
                    Language::English)
                  .empty());  // too far apart
}


TEST(PhraseMatcherLoose, KeysComputedOnceFindWhatEachSearchFindsAlone) {
  DomainTexts texts;
  texts.areas = R"([{"id": "communities", "names": {"en": "Communities"}}])";
  texts.measures = R"([{"id": "M08", "area": "communities", "names": {"en": "Civil society support"},
    "aliases": {"en": ["support programmes for civil society"], "ru": ["поддержка гражданского общества"]}}])";
  const Domain domain = parse_domain(texts);
  const Analyzer analyzer;
  const PhraseMatcher matcher(domain, analyzer, PhraseMatcher::Options{.loose_min_words = 3});
  const auto spans = [](const std::vector<PhraseMatch>& matches) {
    std::vector<std::pair<std::size_t, std::size_t>> out;
    for (const PhraseMatch& match : matches) out.emplace_back(match.first, match.last);
    return out;
  };
  for (const auto& [text, language] : std::vector<std::pair<std::string, Language>>{
           {"Civil society support: support programmes for civil society, and programmes that support civil society.",
            Language::English},
           {"Поддержка гражданского общества; общество и его поддержка.", Language::Russian}}) {
    SCOPED_TRACE(text);
    const std::vector<Token> tokens = analyzer.analyze(text, language);
    const std::vector<PhraseMatcher::TokenKeys> keys = matcher.keys_of(tokens);
    ASSERT_EQ(keys.size(), tokens.size());
    std::vector<PhraseMatch> exact_alone, exact_with_keys, loose_alone, loose_with_keys;
    matcher.find_all(tokens, exact_alone);
    matcher.find_all(tokens, keys, exact_with_keys);
    EXPECT_FALSE(exact_alone.empty());
    EXPECT_EQ(spans(exact_with_keys), spans(exact_alone));
    matcher.find_loose(text, tokens, exact_alone, loose_alone);
    matcher.find_loose(text, tokens, keys, exact_alone, loose_with_keys);
    EXPECT_EQ(spans(loose_with_keys), spans(loose_alone));
  }
}

TEST(PhraseMatcherWordForms, AnEnglishWordMatchesAnotherLanguagesTermOnlyAsWritten) {
  // The Azerbaijani stemmer keys «Erasmus+» as «eras», the English one "erase" too: an English
  // word stands for a term listed in another language only when it is that word unstemmed
  // (before, "erase" matched the Azerbaijani term)
  DomainTexts texts;
  texts.areas = R"([{"id": "education", "names": {"en": "Education"}}])";
  texts.thesaurus = R"([{"id": "student-mobility", "areas": ["education"], "terms": {"az": ["Erasmus+"]}}])";
  const Domain domain = parse_domain(texts);
  const Analyzer analyzer;
  const PhraseMatcher matcher(domain, analyzer, PhraseMatcher::Options{.english_word_forms = true});
  const auto count = [&](const std::string& text, Language language) {
    std::vector<PhraseMatch> matches;
    matcher.find_all(analyzer.analyze(text, language), matches);
    return matches.size();
  };
  EXPECT_EQ(count("They try to erase the past.", Language::English), 0u);
  EXPECT_EQ(count("Tələbələr Erasmus+ proqramına qoşulur.", Language::Azerbaijani), 1u);
}


TEST(PhraseMatcherWordForms, AConceptWithExactFormsMatchesItsEnglishWordsOnlyAsListed) {
  // "hostages" names captives; "held hostage" is mostly a figure of speech
  DomainTexts texts;
  texts.areas = R"([{"id": "public-space", "names": {"en": "Public space"}}])";
  texts.thesaurus = R"([
    {"id": "captives", "areas": ["public-space"], "exact_forms": true, "terms": {"en": ["hostages", "prisoners of war"]}},
    {"id": "media", "areas": ["public-space"], "terms": {"en": ["journalists"]}}
  ])";
  texts.measures = R"([{"id": "B04", "area": "public-space", "names": {"en": "Release of captives"},
    "aliases": {"en": ["hostages"]}}])";
  const Domain domain = parse_domain(texts);
  const Analyzer analyzer;
  const PhraseMatcher matcher(domain, analyzer, PhraseMatcher::Options{.english_word_forms = true});
  // The ids each match stands for, in order.
  const auto ids = [&](const std::string& text) {
    std::vector<PhraseMatch> matches;
    matcher.find_all(analyzer.analyze(text, Language::English), matches);
    std::vector<std::string> out;
    for (const PhraseMatch& match : matches) {
      for (const EntryRef& ref : *match.entries)
        out.push_back(ref.kind == EntryKind::Measure ? domain.measures[ref.index].id : domain.concepts[ref.index].id);
    }
    std::sort(out.begin(), out.end());
    return out;
  };
  using Ids = std::vector<std::string>;
  EXPECT_EQ(ids("The hostages were released."), (Ids{"B04", "captives"}));  // as listed: both entries of the word
  EXPECT_EQ(ids("The region is held hostage by the dispute."), (Ids{"B04"}));  // the measure alias keeps its inflections
  EXPECT_EQ(ids("A prisoner of war was released."), (Ids{"captives"}));  // a phrase of several words keeps its stems
  EXPECT_EQ(ids("A journalist and two journalists."), (Ids{"media", "media"}));  // other concepts keep theirs
}

}  // namespace
}  // namespace liaison

namespace liaison {
namespace {

// The analyser stems a capitalised Russian word as a name (Линия → лини, линия → лин): a term
// listed in lower case is found at the start of a sentence only with its common stem.
TEST(PhraseMatcherCapitals, ACapitalisedWordAlsoStandsForItsCommonStemWhenAsked) {
  DomainTexts texts;
  texts.areas = R"([{"id": "diplomacy", "names": {"en": "Diplomacy"}}])";
  texts.thesaurus = R"([{"id": "line-of-contact", "areas": ["diplomacy"], "terms": {"ru": ["линия соприкосновения"]}}])";
  const Domain domain = parse_domain(texts);
  const Analyzer analyzer;
  const PhraseMatcher plain(domain, analyzer, PhraseMatcher::Options{});
  const PhraseMatcher tagging(domain, analyzer, PhraseMatcher::Options{.common_stems_of_capitals = true});
  std::vector<PhraseMatch> matches;
  const std::vector<Token> tokens = analyzer.analyze("Линия соприкосновения спокойна.", Language::Russian);
  ASSERT_NE(tokens[0].stem, analyzer.stem(tokens[0].term, Language::Russian)) << "the premise: a name's stem";
  plain.find_all(tokens, matches);
  EXPECT_TRUE(matches.empty());
  tagging.find_all(tokens, matches);
  ASSERT_EQ(matches.size(), 1U);
  EXPECT_EQ(domain.concepts[matches[0].entries->front().index].id, "line-of-contact");
}

}  // namespace
}  // namespace liaison

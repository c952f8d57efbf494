#include "core/tagging/cbm_tagger.h"

#include <algorithm>
#include <thread>

#include <gtest/gtest.h>

#include "core/analysis/analyzer.h"
#include "core/tagging/manual_tags.h"
#include "tests/tagging/domain_fixture.h"

namespace liaison {
namespace {

std::vector<std::string> ids(const std::vector<Tag>& tags) {
  std::vector<std::string> out;
  for (const Tag& tag : tags) out.push_back(tag.id);
  std::sort(out.begin(), out.end());
  return out;
}

const Tag* find_tag(const std::vector<Tag>& tags, const std::string& id) {
  const auto it = std::find_if(tags.begin(), tags.end(), [&id](const Tag& t) { return t.id == id; });
  return it == tags.end() ? nullptr : &*it;
}

bool evidence_mentions(const Tag& tag, const std::string& text) {
  return std::any_of(tag.evidence.begin(), tag.evidence.end(),
                     [&text](const std::string& item) { return item.find(text) != std::string::npos; });
}

Passage make_passage(std::uint32_t n, const std::string& text, Language language) {
  Passage passage;
  passage.n = n;
  passage.text = text;
  passage.language = language;
  return passage;
}

class CbmTaggerTest : public ::testing::Test {
 protected:
  Passage tagged(const std::string& text, Language language) const {
    Passage passage = make_passage(1, text, language);
    tagger_.tag_passage(passage);
    return passage;
  }

  Analyzer analyzer_;
  CbmTagger tagger_{testing::test_domain(), analyzer_};
};

struct PassageCase {
  const char* text;
  Language language;
  std::vector<std::string> areas;     ///< sorted
  std::vector<std::string> measures;  ///< sorted
};

TEST_F(CbmTaggerTest, TagsPassagesInEveryLanguage) {
  const std::vector<PassageCase> cases = {
      // English: a measure alias in its plural, a concept, a two-area concept.
      {"The sides agreed to set up a Joint Monitoring Group for the ceasefire.", Language::English, {"diplomacy"}, {"M03"}},
      {"Landmines still block the fields; demining will take years.", Language::English, {"communities"}, {"B05"}},
      {"Trade across the border resumed.", Language::English, {"economy"}, {}},
      {"Students applied for a scholarship.", Language::English, {"education"}, {}},
      // Russian: inflected forms of the alias and of the terms.
      {"Члены Совместной группы мониторинга следят за прекращением огня.", Language::Russian, {"diplomacy"}, {"M03"}},
      {"Работы по разминированию продолжаются.", Language::Russian, {"communities"}, {"B05"}},
      {"Родственники посетили кладбища.", Language::Russian, {"public-space"}, {}},
      // Armenian: the genitive ականազերծման of ականազերծում; հրադադարի of հրադադար.
      // (B05 through the concept only: a concept alone is a broad cue of a measure, not enough)
      {"Ականազերծման աշխատանքները շարունակվում են։", Language::Armenian, {"communities"}, {}},
      {"Հրադադարի խախտումներ չեն գրանցվել։", Language::Armenian, {"diplomacy"}, {}},
      // Azerbaijani: minatəmizləmə işləri; Birgə Monitorinq Qrupunun; ticarəti.
      {"Minatəmizləmə işləri davam edir.", Language::Azerbaijani, {"communities"}, {}},
      {"Birgə Monitorinq Qrupunun üzvləri atəşkəsə nəzarət edir.", Language::Azerbaijani, {"diplomacy"}, {"M03"}},
      {"Sərhəd ticarəti bərpa olunur.", Language::Azerbaijani, {"economy"}, {}},
      // Nothing the domain knows.
      {"The weather was fine.", Language::English, {}, {}},
  };
  for (const PassageCase& c : cases) {
    SCOPED_TRACE(c.text);
    const Passage passage = tagged(c.text, c.language);
    EXPECT_EQ(ids(passage.areas), c.areas);
    EXPECT_EQ(ids(passage.measures), c.measures);
  }
}

TEST_F(CbmTaggerTest, SearchWordsTagNothing) {
  // search_words.json carries "border" across languages for search only.
  DomainTexts texts = testing::test_domain_texts();
  texts.search_words = R"([{"id": "border", "words": {"en": ["border"], "az": ["sərhəd"], "ru": ["граница"], "hy": ["սահման"]}},
                           {"id": "war", "words": {"en": ["war"], "az": ["müharibə"], "ru": ["война"], "hy": ["պատերազմ"]}}])";
  const CbmTagger tagger(parse_domain(texts), analyzer_);
  for (const auto& [text, language] : std::vector<std::pair<std::string, Language>>{
           {"The border was quiet after the war.", Language::English},
           {"Граница была спокойной после войны.", Language::Russian},
           {"Müharibədən sonra sərhəd sakit idi.", Language::Azerbaijani}}) {
    SCOPED_TRACE(text);
    Passage passage = make_passage(1, text, language);
    tagger.tag_passage(passage);
    EXPECT_TRUE(passage.areas.empty());
    EXPECT_TRUE(passage.measures.empty());
  }
  EXPECT_EQ(tagger.fingerprint(), tagger_.fingerprint());
}

TEST_F(CbmTaggerTest, EvidenceNamesTheTrigger) {
  const Passage ru = tagged("Члены Совместной группы мониторинга встретились.", Language::Russian);
  ASSERT_EQ(ru.measures.size(), 1u);
  EXPECT_EQ(ru.measures[0].evidence, (std::vector<std::string>{"Совместной группы мониторинга"}));
  EXPECT_FALSE(ru.measures[0].manual);
  EXPECT_GT(ru.measures[0].score, 0.0);
  const Tag* diplomacy = find_tag(ru.areas, "diplomacy");
  ASSERT_NE(diplomacy, nullptr);
  EXPECT_TRUE(evidence_mentions(*diplomacy, "M03 (Совместной группы мониторинга)"));

  const Passage az = tagged("Minatəmizləmə işləri davam edir.", Language::Azerbaijani);
  ASSERT_EQ(az.areas.size(), 1u);
  EXPECT_EQ(az.areas[0].evidence, (std::vector<std::string>{"demining (Minatəmizləmə)"}));
}

TEST_F(CbmTaggerTest, LongestPhraseWinsAndStopWordsAreSkipped) {
  // "mine clearance" is one match for the concept, not "mine" and then nothing.
  const Passage clearance = tagged("Mine clearance goes on.", Language::English);
  ASSERT_EQ(clearance.areas.size(), 1u);
  EXPECT_TRUE(evidence_mentions(clearance.areas[0], "demining (Mine clearance)"));
  // "Know the Neighbors programme" matches as written with another stop word in place of
  // "the"; with another word it matches only loosely (all its words in one sentence), and
  // weighs less.
  const Passage exact = tagged("They joined the Know the Neighbors programme.", Language::English);
  ASSERT_EQ(ids(exact.measures), (std::vector<std::string>{"M07"}));
  EXPECT_EQ(ids(tagged("They joined the Know our Neighbors programme.", Language::English).measures),
            (std::vector<std::string>{"M07"}));
  const Passage loose = tagged("They joined the Know the new Neighbors programme.", Language::English);
  ASSERT_EQ(ids(loose.measures), (std::vector<std::string>{"M07"}));
  EXPECT_LT(loose.measures[0].score, exact.measures[0].score);
  const CbmTagger strict(testing::test_domain(), analyzer_, CbmTaggerOptions{.loose_alias_words = 0});
  Passage passage = make_passage(1, "They joined the Know the new Neighbors programme.", Language::English);
  strict.tag_passage(passage);
  EXPECT_TRUE(passage.measures.empty());
}

TEST_F(CbmTaggerTest, MeasuresFromAliasesAndFromConceptsThatShareThem) {
  // A one-word alias references its measure.
  EXPECT_EQ(ids(tagged("The SCDF approved two grants.", Language::English).measures), (std::vector<std::string>{"M12"}));
  // The concept demining shares "demining" with B05's aliases: its other terms reference B05
  // too, "mine clearance" and the Armenian term, which B05 does not list.
  // A concept alone is a broad cue: it references the measure beside a second cue of it.
  EXPECT_TRUE(tagged("Mine clearance is slow.", Language::English).measures.empty());
  const Passage clearance = tagged("Mine clearance is slow; the demining teams wait.", Language::English);
  ASSERT_EQ(ids(clearance.measures), (std::vector<std::string>{"B05"}));
  EXPECT_EQ(clearance.measures[0].evidence, (std::vector<std::string>{"Mine clearance", "demining"}));
  EXPECT_TRUE(tagged("Ականազերծումը դանդաղ է։", Language::Armenian).measures.empty());
  // A concept without such a phrase references nothing.
  EXPECT_TRUE(tagged("Trade is slow.", Language::English).measures.empty());
  // Without the rule, only B05's own aliases count.
  const CbmTagger aliases_only(testing::test_domain(), analyzer_, CbmTaggerOptions{.concepts_reference_measures = false});
  Passage passage = make_passage(1, "Mine clearance is slow.", Language::English);
  aliases_only.tag_passage(passage);
  EXPECT_TRUE(passage.measures.empty());
}

TEST_F(CbmTaggerTest, WeakEvidenceIsNotEnough) {
  // delimitation signals two areas at half weight each: alone it is below the threshold.
  EXPECT_TRUE(tagged("Delimitation was discussed.", Language::English).areas.empty());
  // With a ceasefire, it adds to diplomacy, still not enough for communities.
  EXPECT_EQ(ids(tagged("Delimitation and the ceasefire were discussed.", Language::English).areas),
            (std::vector<std::string>{"diplomacy"}));
}

TEST_F(CbmTaggerTest, AtMostThreeAreasPerPassageStrongestFirst) {
  const Passage passage = tagged(
      "Ceasefire, ceasefire talks. Trade. A scholarship. Cemeteries were visited.", Language::English);
  ASSERT_EQ(passage.areas.size(), 3u);
  EXPECT_EQ(passage.areas[0].id, "diplomacy");  // two mentions
  EXPECT_GE(passage.areas[0].score, passage.areas[1].score);
  EXPECT_GE(passage.areas[1].score, passage.areas[2].score);
}

TEST_F(CbmTaggerTest, DocumentListsTheAreasItIsMainlyAboutAndEveryMeasure) {
  Document document;
  document.passages = {make_passage(1, "Demining goes on.", Language::English),
                       make_passage(2, "Разминирование продолжается.", Language::Russian),
                       make_passage(3, "Trade resumed.", Language::English)};
  tagger_.tag(document);
  // trade in passing is the third passage's area, not the document's
  EXPECT_EQ(ids(document.passages[2].areas), (std::vector<std::string>{"economy"}));
  ASSERT_EQ(ids(document.areas), (std::vector<std::string>{"communities"}));
  const Tag& communities = document.areas[0];
  EXPECT_GT(communities.score, 0.5);  // its share of what the document says of areas
  EXPECT_LT(communities.score, 1.0);
  EXPECT_TRUE(evidence_mentions(communities, "Demining"));
  EXPECT_TRUE(evidence_mentions(communities, "Разминирование"));
  ASSERT_EQ(ids(document.measures), (std::vector<std::string>{"B05"}));  // measures: the union
  EXPECT_GT(document.measures[0].score, document.passages[1].measures[0].score);

  // with as much about trade, both are listed, the stronger first, and the shares add up
  document.passages.push_back(make_passage(4, "Trade and trade relations grew.", Language::English));
  document.passages.push_back(make_passage(5, "Bilateral trade resumed.", Language::English));
  tagger_.tag(document);
  ASSERT_EQ(ids(document.areas), (std::vector<std::string>{"communities", "economy"}));
  EXPECT_GE(document.areas[0].score, document.areas[1].score);
  EXPECT_NEAR(document.areas[0].score + document.areas[1].score, 1.0, 0.002);
}

TEST_F(CbmTaggerTest, ManualTagsWin) {
  Document document;
  document.manual_areas = {"education"};
  document.manual_measures = {"M19"};
  document.passages = {make_passage(1, "The Joint Monitoring Group met.", Language::English)};
  tagger_.tag(document);
  apply_manual_tags(document);
  ASSERT_EQ(document.areas.size(), 1u);
  EXPECT_EQ(document.areas[0].id, "education");
  EXPECT_TRUE(document.areas[0].manual);
  EXPECT_EQ(document.areas[0].evidence, (std::vector<std::string>{"front matter"}));
  ASSERT_EQ(document.measures.size(), 1u);
  EXPECT_EQ(document.measures[0].id, "M19");
  EXPECT_EQ(ids(document.passages[0].measures), (std::vector<std::string>{"M03"}));  // passages keep theirs
}

TEST_F(CbmTaggerTest, FingerprintChangesWithTheDataAndTheOptions) {
  DomainTexts texts = testing::test_domain_texts();
  texts.thesaurus = R"([{"id": "trade", "areas": ["economy"], "terms": {"en": ["trade"]}}])";
  const CbmTagger other_data(parse_domain(texts), analyzer_);
  const CbmTagger other_options(testing::test_domain(), analyzer_, CbmTaggerOptions{.min_area_evidence = 2.0});
  const CbmTagger same(testing::test_domain(), analyzer_);
  EXPECT_EQ(same.fingerprint(), tagger_.fingerprint());
  EXPECT_NE(other_data.fingerprint(), tagger_.fingerprint());
  EXPECT_NE(other_options.fingerprint(), tagger_.fingerprint());
  EXPECT_EQ(tagger_.fingerprint().rfind("cbm-", 0), 0u);
}

TEST_F(CbmTaggerTest, TagsFromSeveralThreadsAlike) {
  const std::string text = "Члены Совместной группы мониторинга и разминирование.";
  const Passage expected = tagged(text, Language::Russian);
  std::vector<std::thread> threads;
  std::vector<int> mismatches(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 50; ++i) {
        const Passage passage = tagged(text, Language::Russian);
        if (ids(passage.areas) != ids(expected.areas) || ids(passage.measures) != ids(expected.measures)) ++mismatches[t];
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(mismatches, (std::vector<int>(4, 0)));
}

// A domain that declares the conflict's context: sides, an anchor concept, a word that anchors
// beside one side, a concept that needs another, and a broad measure alias.
Domain context_domain() {
  DomainTexts texts = testing::test_domain_texts();
  texts.thesaurus = R"([
    {"id": "line-of-contact", "areas": ["diplomacy"], "anchor": true, "terms": {"en": ["line of contact"]}},
    {"id": "armenian-side", "areas": [], "party": "armenia", "terms": {"en": ["Armenians"]}},
    {"id": "occupation", "areas": ["diplomacy"], "anchors_side": true, "terms": {"en": ["occupation"]}},
    {"id": "ceasefire", "areas": ["diplomacy"], "terms": {"en": ["ceasefire", "truce"]}},
    {"id": "villages", "areas": ["communities"], "terms": {"en": ["border villages"]}},
    {"id": "environment", "areas": ["communities"], "needs": ["villages"], "terms": {"en": ["environment"]}},
    {"id": "schools", "areas": ["education"], "terms": {"en": ["schools", "education"]}},
    {"id": "teaching", "areas": ["education"], "terms": {"en": ["education", "curricula"]}}
  ])";
  texts.gazetteer = R"([
    {"id": "azerbaijan", "type": "place", "party": "azerbaijan", "names": {"en": ["Azerbaijan"]}},
    {"id": "united-nations", "type": "organisation", "anchor": false, "names": {"en": ["United Nations"]}},
    {"id": "anama", "type": "organisation", "area": "public-space", "names": {"en": ["ANAMA"]}}
  ])";
  texts.measures = R"([
    {"id": "M02", "area": "diplomacy", "names": {"en": "Russian peacekeeping mission"},
     "aliases": {"en": ["peacekeeping mission"]}, "broad_aliases": {"en": ["Russian peacekeepers"]}}
  ])";
  return parse_domain(texts);
}

class CbmTaggerContextTest : public CbmTaggerTest {
 protected:
  Passage in_context(const std::string& text) const {
    Passage passage = make_passage(1, text, Language::English);
    context_tagger_.tag_passage(passage);
    return passage;
  }
  CbmTagger context_tagger_{context_domain(), analyzer_};
};

TEST_F(CbmTaggerContextTest, APassageNeedsAnAnchorInTheConflict) {
  EXPECT_TRUE(in_context("The ceasefire and the truce in another war were welcome.").areas.empty());
  EXPECT_TRUE(in_context("The United Nations welcomed the ceasefire and the truce.").areas.empty());
  EXPECT_EQ(ids(in_context("The ceasefire on the line of contact held.").areas), (std::vector<std::string>{"diplomacy"}));
  // one side alone is a speech about its own country; both sides, or a side and a word of the conflict, anchor
  EXPECT_TRUE(in_context("Azerbaijan welcomed the ceasefire and the truce elsewhere.").areas.empty());
  EXPECT_EQ(ids(in_context("Azerbaijan and the Armenians agreed a ceasefire.").areas),
            (std::vector<std::string>{"diplomacy"}));
  EXPECT_EQ(ids(in_context("The occupation of Azerbaijan and the ceasefire.").areas),
            (std::vector<std::string>{"diplomacy"}));
}

// A speech that leaves the conflict for long (document_context.h): only the passages next to an
// anchored one continue its subject.
TEST_F(CbmTaggerContextTest, ANeighbourAnchorsAPassageOfALongDocument) {
  Document document;
  const std::vector<std::string> texts = {"The ceasefire on the line of contact held.",
                                          "The ceasefire and the truce were extended.",
                                          "Nothing.",
                                          "Nothing.",
                                          "Nothing.",
                                          "The ceasefire and the truce elsewhere.",
                                          "The truce, said the United Nations.",
                                          "The line of contact."};
  for (const std::string& text : texts)
    document.passages.push_back(make_passage(static_cast<std::uint32_t>(document.passages.size() + 1), text,
                                             Language::English));
  context_tagger_.tag(document);
  EXPECT_EQ(ids(document.passages[1].areas), (std::vector<std::string>{"diplomacy"}));
  EXPECT_TRUE(document.passages[5].areas.empty());
  // beside the line of contact, but the UN named where the conflict is not adds nothing
  EXPECT_TRUE(document.passages[6].areas.empty());
  document.passages[6].text = "The truce and the ceasefire, said the United Nations.";
  context_tagger_.tag(document);
  EXPECT_EQ(ids(document.passages[6].areas), (std::vector<std::string>{"diplomacy"}));
}

TEST_F(CbmTaggerContextTest, ADocumentWhoseTitleIsAnchoredIsOnTopicAsAWhole) {
  Document document;
  document.passages = {make_passage(1, "Nothing.", Language::English), make_passage(2, "Nothing.", Language::English),
                       make_passage(3, "Nothing.", Language::English),
                       make_passage(4, "The ceasefire was extended; the occupation goes on.", Language::English)};
  context_tagger_.tag(document);
  EXPECT_TRUE(document.passages[3].areas.empty());
  document.title = "Villages along the line of contact";
  context_tagger_.tag(document);
  EXPECT_EQ(ids(document.passages[3].areas), (std::vector<std::string>{"diplomacy"}));
}

TEST_F(CbmTaggerContextTest, ANeedIsMetByANeighbourOrTheTitle) {
  Document document;
  document.passages = {make_passage(1, "Azerbaijan and the Armenians: the border villages.", Language::English),
                       make_passage(2, "The environment and the environment again.", Language::English),
                       make_passage(3, "Nothing.", Language::English),
                       make_passage(4, "Azerbaijan, the Armenians, the environment and the environment.",
                                    Language::English)};
  context_tagger_.tag(document);
  EXPECT_EQ(ids(document.passages[1].areas), (std::vector<std::string>{"communities"}));
  EXPECT_TRUE(document.passages[3].areas.empty());  // no border villages beside it
  document.title = "Life in the border villages";
  context_tagger_.tag(document);
  EXPECT_EQ(ids(document.passages[3].areas), (std::vector<std::string>{"communities"}));
}

TEST_F(CbmTaggerContextTest, AnAmbiguousConceptCountsOnlyBesideWhatItNeeds) {
  EXPECT_TRUE(in_context("Azerbaijan and the Armenians care for the environment and the environment.").areas.empty());
  const std::vector<std::string> beside =
      ids(in_context("Azerbaijan and the Armenians: the environment of the border villages.").areas);
  EXPECT_NE(std::find(beside.begin(), beside.end(), "communities"), beside.end());
  const Passage passage = in_context("Azerbaijan and the Armenians: the environment of the border villages.");
  ASSERT_FALSE(passage.areas.empty());
  EXPECT_TRUE(evidence_mentions(passage.areas[0], "environment (environment)"));
}

TEST_F(CbmTaggerContextTest, APhraseOfTwoConceptsCountsOnceForTheirArea) {
  // "education" is a term of two education concepts: it is one piece of evidence (score
  // 1 − e^(−1/1.2)), not two (1 − e^(−2/1.2))
  const Passage passage = in_context("Azerbaijan and the Armenians spoke of education.");
  ASSERT_EQ(ids(passage.areas), (std::vector<std::string>{"education"}));
  EXPECT_DOUBLE_EQ(passage.areas[0].score, 0.565);
}

TEST_F(CbmTaggerContextTest, ANameSignalsTheAreaTheGazetteerGivesIt) {
  // ANAMA, a mine-action agency, is public-space evidence, not an actor of diplomacy
  const Passage passage = in_context("The ceasefire on the line of contact; ANAMA was there.");
  ASSERT_EQ(ids(passage.areas), (std::vector<std::string>{"diplomacy"}));
  EXPECT_FALSE(evidence_mentions(passage.areas[0], "anama"));
}

TEST_F(CbmTaggerContextTest, ABroadAliasNeedsASecondCueOfTheMeasure) {
  EXPECT_TRUE(in_context("Russian peacekeepers on the line of contact.").measures.empty());
  EXPECT_EQ(ids(in_context("The peacekeeping mission on the line of contact.").measures),
            (std::vector<std::string>{"M02"}));
  const Passage both = in_context("Russian peacekeepers of the peacekeeping mission on the line of contact.");
  EXPECT_EQ(ids(both.measures), (std::vector<std::string>{"M02"}));
}

TEST_F(CbmTaggerContextTest, AnEnglishWordMatchesOnlyItsOwnInflections) {
  const std::vector<std::string> areas = ids(in_context("Along the line of contact, educational reform.").areas);
  EXPECT_EQ(std::find(areas.begin(), areas.end(), "education"), areas.end());  // "education" is not "educational"
  EXPECT_EQ(PhraseMatcher::english_inflection_key("reporters"), "reporter");
  EXPECT_EQ(PhraseMatcher::english_inflection_key("negotiated"), PhraseMatcher::english_inflection_key("negotiating"));
  EXPECT_NE(PhraseMatcher::english_inflection_key("transition"), PhraseMatcher::english_inflection_key("transit"));
}

/// Concepts whose English words share a stem, one with a verbal ending, and words of many senses.
Domain senses_domain() {
  DomainTexts texts = testing::test_domain_texts();
  texts.thesaurus = R"([
    {"id": "residents", "areas": ["communities"], "terms": {"en": ["villagers"]}},
    {"id": "settlements", "areas": ["public-space"], "terms": {"en": ["villages"]}},
    {"id": "clashes", "areas": ["diplomacy"], "terms": {"en": ["fighting"]}},
    {"id": "energy", "areas": ["economy"], "weight": 0.5, "terms": {"en": ["energy"]}},
    {"id": "business", "areas": ["economy"], "weight": 0.5, "terms": {"en": ["business"]}}
  ])";
  texts.gazetteer = "[]";
  texts.measures = "[]";
  return parse_domain(texts);
}

TEST_F(CbmTaggerTest, AWordStandsOnlyForTheConceptsThatListItsOwnForm) {
  const CbmTagger tagger(senses_domain(), analyzer_);
  Passage villages = make_passage(1, "The villages were rebuilt.", Language::English);
  tagger.tag_passage(villages);
  EXPECT_EQ(ids(villages.areas), (std::vector<std::string>{"public-space"}));  // not the villagers' concept
  Passage villagers = make_passage(1, "The villagers came back.", Language::English);
  tagger.tag_passage(villagers);
  EXPECT_EQ(ids(villagers.areas), (std::vector<std::string>{"communities"}));
  Passage fight = make_passage(1, "The fight against the pandemic goes on.", Language::English);
  tagger.tag_passage(fight);
  EXPECT_TRUE(fight.areas.empty());  // "fighting" is listed, "fight" is any struggle
  Passage fighting = make_passage(1, "Heavy fighting broke out.", Language::English);
  tagger.tag_passage(fighting);
  EXPECT_EQ(ids(fighting.areas), (std::vector<std::string>{"diplomacy"}));
}

TEST_F(CbmTaggerTest, AWordOfManySensesTagsOnlyBesideMoreOfItsArea) {
  const CbmTagger tagger(senses_domain(), analyzer_);
  Passage alone = make_passage(1, "Energy prices rose.", Language::English);
  tagger.tag_passage(alone);
  EXPECT_TRUE(alone.areas.empty());
  Passage both = make_passage(1, "Energy companies and business leaders met.", Language::English);
  tagger.tag_passage(both);
  EXPECT_EQ(ids(both.areas), (std::vector<std::string>{"economy"}));
}


TEST_F(CbmTaggerTest, ALongPassageKeepsASecondTopicThatAShortOneDrops) {
  // Diplomacy weighs 1 + 1.25 + 0.5 + 0.625 here, trade 1: under 0.4 of it in a short passage,
  // over a quarter of it in a speech's paragraph, which moves from one topic to the next
  const std::string topics =
      "The ceasefire held and the peace treaty was drafted; the ceasefire and the peace treaty were discussed, "
      "and so was trade.";
  EXPECT_EQ(ids(tagged(topics, Language::English).areas), (std::vector<std::string>{"diplomacy"}));
  std::string paragraph = topics;
  for (int i = 0; i < 8; ++i) paragraph += " Delegations met in the capital over long days and spoke at length.";
  EXPECT_EQ(ids(tagged(paragraph, Language::English).areas), (std::vector<std::string>{"diplomacy", "economy"}));
}

TEST(CbmTaggerContext, AWordOfTheConflictKeepsItsAreaBesideAStrongerOne) {
  DomainTexts texts = testing::test_domain_texts();
  texts.thesaurus = R"([
    {"id": "ceasefire", "areas": ["diplomacy"], "anchors_side": true, "terms": {"en": ["ceasefire"]}},
    {"id": "peace-treaty", "areas": ["diplomacy"], "terms": {"en": ["peace treaty"]}},
    {"id": "refugees", "areas": ["communities"], "anchors_side": true, "terms": {"en": ["refugees"]}},
    {"id": "trade", "areas": ["economy"], "terms": {"en": ["trade"]}},
    {"id": "armenian-side", "party": "armenia", "terms": {"en": ["Armenia"]}}
  ])";
  const Analyzer analyzer;
  const std::string text =
      "Armenia: the ceasefire held and the peace treaty was drafted; the ceasefire and the peace treaty were "
      "discussed, and so were the refugees and trade.";
  const auto areas = [&](bool keep) {
    const CbmTagger tagger(parse_domain(texts), analyzer, CbmTaggerOptions{.conflict_words_keep_area = keep});
    Passage passage = make_passage(1, text, Language::English);
    tagger.tag_passage(passage);
    return ids(passage.areas);
  };
  // refugees (a word of the conflict) stays; trade, as strong but a word of any topic, does not
  EXPECT_EQ(areas(true), (std::vector<std::string>{"communities", "diplomacy"}));
  EXPECT_EQ(areas(false), (std::vector<std::string>{"diplomacy"}));
}

}  // namespace
}  // namespace liaison

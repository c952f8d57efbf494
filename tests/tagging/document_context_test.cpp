// A passage takes its anchor in the conflict from its document (core/tagging/document_context.h):
// from the whole document when it never leaves the conflict for long, else from an anchored
// neighbour inside it; the tagger weighs such a passage's words less and raises them by what the
// neighbours and the document say of the same area (CbmTaggerOptions::context_weight, …).
#include "core/tagging/document_context.h"

#include <algorithm>
#include <array>
#include <ostream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "core/analysis/analyzer.h"
#include "core/tagging/cbm_tagger.h"
#include "tests/tagging/tagged_document.h"
#include "tests/tagging/domain_fixture.h"

namespace liaison {
namespace {

TEST(DocumentAnchoring, ADocumentThatNeverLeavesTheConflictForLongAnchorsEveryPassage) {
  using enum Anchoring;
  // runs of at most three unanchored passages
  EXPECT_EQ(anchoring({false, true, false, false, false, true, false}, false, 3),
            (std::vector<Anchoring>{Document, Own, Document, Document, Document, Own, Document}));
}

TEST(DocumentAnchoring, ALongerRunMakesAnchorsLocalAndTheOpeningAndClosingRunsGetNone) {
  using enum Anchoring;
  EXPECT_EQ(anchoring({false, true, false, true, false, false, false, false, true, false}, false, 3),
            (std::vector<Anchoring>{None, Own, Neighbour, Own, Neighbour, None, None, Neighbour, Own, None}));
}

TEST(DocumentAnchoring, AnAnchoredTitleMakesTheDocumentAWhole) {
  using enum Anchoring;
  EXPECT_EQ(anchoring({false, false, false, false, false}, true, 3), (std::vector<Anchoring>(5, Document)));
  EXPECT_EQ(anchoring({true, false, false, false, false}, true, 3),
            (std::vector<Anchoring>{Own, Document, Document, Document, Document}));
}

TEST(DocumentAnchoring, ADocumentThatNeverSpeaksOfTheConflictGetsNothing) {
  using enum Anchoring;
  EXPECT_EQ(anchoring({false, false}, false, 3), (std::vector<Anchoring>(2, None)));
  EXPECT_TRUE(anchoring({}, false, 3).empty());
}

// A domain with the conflict's context in four languages: an anchoring concept, two concepts of
// the economy and a measure whose alias is a word of its own.
Domain four_language_domain() {
  DomainTexts texts = testing::test_domain_texts();
  texts.thesaurus = R"([
    {"id": "line-of-contact", "areas": ["diplomacy"], "anchor": true,
     "terms": {"en": ["line of contact"], "ru": ["линия соприкосновения"], "hy": ["շփման գիծ"], "az": ["təmas xətti"]}},
    {"id": "trade", "areas": ["economy"],
     "terms": {"en": ["trade"], "ru": ["торговля"], "hy": ["առևտուր"], "az": ["ticarət"]}},
    {"id": "railway", "areas": ["economy"],
     "terms": {"en": ["railway"], "ru": ["железная дорога"], "hy": ["երկաթուղի"], "az": ["dəmir yolu"]}}
  ])";
  texts.gazetteer = "[]";
  texts.measures = R"([
    {"id": "B05", "area": "communities", "names": {"en": "Demining"},
     "aliases": {"en": ["demining"], "ru": ["разминирование"], "hy": ["ականազերծում"], "az": ["minatəmizləmə"]}}
  ])";
  return parse_domain(texts);
}

/// One language's sentences: the anchor with trade, trade with the railway, the railway alone,
/// the anchor alone, demining with trade and the railway.
struct Sentences {
  Language language;
  const char* anchor_and_trade;
  const char* trade_and_railway;
  const char* railway;
  const char* anchor;
  const char* demining_trade_railway;
};

const std::array<Sentences, 4> kSentences = {{
    {Language::English, "The line of contact and trade.", "Trade and the railway.", "The railway.",
     "The line of contact.", "Demining, trade and the railway."},
    {Language::Russian, "Линия соприкосновения и торговля.", "Торговля и железная дорога.", "Железная дорога.",
     "Линия соприкосновения.", "Разминирование, торговля и железная дорога."},
    {Language::Armenian, "Շփման գիծ և առևտուր.", "Առևտուր և երկաթուղի.", "Երկաթուղի.", "Շփման գիծ.",
     "Ականազերծում, առևտուր և երկաթուղի."},
    {Language::Azerbaijani, "Təmas xətti və ticarət.", "Ticarət və dəmir yolu.", "Dəmir yolu.", "Təmas xətti.",
     "Minatəmizləmə, ticarət və dəmir yolu."},
}};

void PrintTo(const Sentences& sentences, std::ostream* out) { *out << to_code(sentences.language); }

/// A speech that leaves the conflict for four passages (6 to 9): passages 1 to 10.
Document speech(const Sentences& s) {
  const std::vector<const char*> texts = {s.trade_and_railway,  s.anchor_and_trade,       s.trade_and_railway,
                                          s.railway,            s.anchor,                 s.demining_trade_railway,
                                          s.trade_and_railway,  s.trade_and_railway,      s.trade_and_railway,
                                          s.anchor};
  return testing::document_of(std::vector<std::string>(texts.begin(), texts.end()), s.language);
}

using testing::has_tag;

class DocumentContextTest : public ::testing::TestWithParam<Sentences> {
 protected:
  Analyzer analyzer_;
  CbmTagger tagger_{four_language_domain(), analyzer_};
};

TEST_P(DocumentContextTest, APassageContinuesAnAnchoredNeighbourOnlyWithMoreThanOneWordOfItsArea) {
  Document document = speech(GetParam());
  tagger_.tag(document);
  const std::vector<Passage>& p = document.passages;
  EXPECT_TRUE(has_tag(p[1].areas, "economy"));    // anchored by its own words
  EXPECT_TRUE(has_tag(p[2].areas, "economy"));    // two words of the economy beside an anchored passage
  EXPECT_TRUE(p[3].areas.empty());            // one word beside one: not enough
  EXPECT_TRUE(has_tag(p[5].areas, "economy"));
  EXPECT_TRUE(p[5].measures.empty());         // a neighbour's anchor references no measure
  EXPECT_TRUE(p[0].areas.empty());            // the opening run
  EXPECT_TRUE(p[6].areas.empty());            // two passages from any anchor in a speech
  EXPECT_TRUE(p[7].areas.empty());
  EXPECT_TRUE(has_tag(p[8].areas, "economy"));
  ASSERT_FALSE(p[2].areas.empty());
  EXPECT_EQ(p[2].areas.front().evidence.size(), 2U) << "the evidence is the passage's own two words";
}

TEST_P(DocumentContextTest, ADocumentAboutTheConflictAsAWholeAnchorsEveryPassage) {
  Document document = speech(GetParam());
  document.title = GetParam().anchor;
  tagger_.tag(document);
  const std::vector<Passage>& p = document.passages;
  EXPECT_TRUE(has_tag(p[0].areas, "economy"));
  EXPECT_TRUE(has_tag(p[6].areas, "economy"));
  EXPECT_TRUE(has_tag(p[5].measures, "B05"));     // the document anchors the measure's passage
  EXPECT_TRUE(p[3].areas.empty());            // one word is still not enough
}

TEST_P(DocumentContextTest, ADocumentThatNeverNamesTheConflictGetsNoArea) {
  const Sentences& s = GetParam();
  Document document = speech(s);
  document.passages.erase(std::remove_if(document.passages.begin(), document.passages.end(),
                                         [&s](const Passage& passage) {
                                           return passage.text == s.anchor || passage.text == s.anchor_and_trade;
                                         }),
                          document.passages.end());
  tagger_.tag(document);
  for (const Passage& passage : document.passages) EXPECT_TRUE(passage.areas.empty()) << passage.text;
  EXPECT_TRUE(document.areas.empty());
}

INSTANTIATE_TEST_SUITE_P(FourLanguages, DocumentContextTest, ::testing::ValuesIn(kSentences),
                         [](const ::testing::TestParamInfo<Sentences>& param) {
                           return std::string(to_code(param.param.language));
                         });

}  // namespace
}  // namespace liaison

// In a document that is not about the conflict as a whole (a speech that also speaks of its own
// schools and of human rights in general), an ambiguous concept takes its sense only from the
// sentences near it (CbmTaggerOptions::needs_sentences, conflict_sentences); in a document about
// the conflict as a whole, from its passage, the neighbours and the title, as before.
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

// An anchor of the conflict, a word of schooling that needs one, refugees (a word of the
// conflict beside one side) and human rights, which need refugees or the like.
Domain sense_domain() {
  DomainTexts texts = testing::test_domain_texts();
  texts.thesaurus = R"([
    {"id": "line-of-contact", "areas": ["diplomacy"], "anchor": true,
     "terms": {"en": ["line of contact"], "ru": ["линия соприкосновения"], "hy": ["շփման գիծ"], "az": ["təmas xətti"]}},
    {"id": "schools", "areas": ["education"], "needs_conflict": true,
     "terms": {"en": ["schools"], "ru": ["школы"], "hy": ["դպրոցներ"], "az": ["məktəblər"]}},
    {"id": "refugees", "areas": ["communities"], "anchors_side": true,
     "terms": {"en": ["refugees"], "ru": ["беженцы"], "hy": ["փախստականներ"], "az": ["qaçqınlar"]}},
    {"id": "human-rights", "areas": ["public-space"], "needs": ["refugees"],
     "terms": {"en": ["human rights"], "ru": ["права человека"], "hy": ["մարդու իրավունքներ"], "az": ["insan hüquqları"]}}
  ])";
  texts.gazetteer = "[]";
  return parse_domain(texts);
}

/// One language's sentences, each ending with the language's full stop.
struct Sentences {
  Language language;
  const char* anchor;
  const char* schools;
  const char* refugees;
  const char* human_rights;
  const char* calm;  ///< a sentence of nothing the domain knows
};

const std::array<Sentences, 4> kSentences = {{
    {Language::English, "The line of contact.", "Schools.", "Refugees.", "Human rights.", "The weather was calm."},
    {Language::Russian, "Линия соприкосновения.", "Школы.", "Беженцы.", "Права человека.", "Погода была спокойной."},
    {Language::Armenian, "Շփման գիծ։", "Դպրոցներ։", "Փախստականներ։", "Մարդու իրավունքներ։", "Եղանակը հանգիստ էր։"},
    {Language::Azerbaijani, "Təmas xətti.", "Məktəblər.", "Qaçqınlar.", "İnsan hüquqları.", "Hava sakit idi."},
}};

void PrintTo(const Sentences& sentences, std::ostream* out) { *out << to_code(sentences.language); }

std::string join(const std::vector<const char*>& sentences) {
  std::string out;
  for (const char* sentence : sentences) out += (out.empty() ? "" : " ") + std::string(sentence);
  return out;
}

/// A speech that leaves the conflict for four passages: each sense near its word (passages 1
/// and 4), far from it (2 and 3), then four calm passages and an anchored one.
Document speech(const Sentences& s) {
  const std::vector<std::string> texts = {join({s.anchor, s.schools}),
                                          join({s.anchor, s.calm, s.calm, s.schools}),
                                          join({s.refugees, s.calm, s.calm, s.human_rights, s.anchor}),
                                          join({s.anchor, s.refugees, s.human_rights}),
                                          s.calm, s.calm, s.calm, s.calm, s.anchor};
  return testing::document_of(texts, s.language);
}

using testing::has_tag;

class SentenceSenseTest : public ::testing::TestWithParam<Sentences> {
 protected:
  Analyzer analyzer_;
  CbmTagger tagger_{sense_domain(), analyzer_};
};

TEST_P(SentenceSenseTest, InASpeechOnManySubjectsTheSenseMustBeInANearbySentence) {
  Document document = speech(GetParam());
  tagger_.tag(document);
  const std::vector<Passage>& p = document.passages;
  EXPECT_TRUE(has_tag(p[0].areas, "education")) << "schools one sentence from the line of contact";
  EXPECT_TRUE(has_tag(p[3].areas, "public-space")) << "human rights one sentence from the refugees";
  EXPECT_TRUE(has_tag(p[1].areas, "diplomacy"));
  EXPECT_FALSE(has_tag(p[1].areas, "education")) << "schools three sentences from any word of the conflict";
  EXPECT_TRUE(has_tag(p[2].areas, "communities"));
  EXPECT_FALSE(has_tag(p[2].areas, "public-space")) << "human rights three sentences from the refugees";
}

TEST_P(SentenceSenseTest, InADocumentAboutTheConflictTheWholePassageGivesTheSense) {
  Document document = speech(GetParam());
  document.title = GetParam().anchor;
  tagger_.tag(document);
  const std::vector<Passage>& p = document.passages;
  EXPECT_TRUE(has_tag(p[1].areas, "education"));
  EXPECT_TRUE(has_tag(p[2].areas, "public-space"));
}

TEST_P(SentenceSenseTest, APassageTaggedAloneIsItsOwnContext) {
  Passage passage = speech(GetParam()).passages[1];
  tagger_.tag_passage(passage);
  EXPECT_TRUE(has_tag(passage.areas, "education"));
}

INSTANTIATE_TEST_SUITE_P(FourLanguages, SentenceSenseTest, ::testing::ValuesIn(kSentences),
                         [](const ::testing::TestParamInfo<Sentences>& param) {
                           return std::string(to_code(param.param.language));
                         });

}  // namespace
}  // namespace liaison

// A word of schooling is the peace process's only beside a word of the conflict (thesaurus
// needs_conflict): in the passage, its neighbours or the title of a document about the conflict as
// a whole (sentence_sense_test.cpp: in other documents, nearby sentences). Words of the conflict
// are the anchoring concepts, those marked of_conflict, the region's places and a measure's alias.
#include <algorithm>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "core/analysis/analyzer.h"
#include "core/tagging/cbm_tagger.h"
#include "tests/tagging/tagged_document.h"
#include "tests/tagging/domain_fixture.h"

namespace liaison {
namespace {

Domain schooling_domain() {
  DomainTexts texts = testing::test_domain_texts();
  texts.thesaurus = R"([
    {"id": "armenian-side", "areas": [], "party": "armenia", "terms": {"en": ["Armenians"]}},
    {"id": "occupation", "areas": ["diplomacy"], "anchors_side": true, "terms": {"en": ["occupation"]}},
    {"id": "border-villages", "areas": ["communities"], "of_conflict": true, "terms": {"en": ["border villages"]}},
    {"id": "schools", "areas": ["education"], "needs_conflict": true, "terms": {"en": ["schools", "pupils"]}},
    {"id": "teachers", "areas": ["education"], "terms": {"en": ["teachers"]}}
  ])";
  texts.gazetteer = R"([
    {"id": "azerbaijan", "type": "place", "party": "azerbaijan", "names": {"en": ["Azerbaijan"]}},
    {"id": "karabakh", "type": "place", "names": {"en": ["Karabakh"]}},
    {"id": "ilham-aliyev", "type": "person", "names": {"en": ["Ilham Aliyev"]}}
  ])";
  return parse_domain(texts);
}

std::vector<std::string> ids(const std::vector<Tag>& tags) {
  std::vector<std::string> out;
  for (const Tag& tag : tags) out.push_back(tag.id);
  std::sort(out.begin(), out.end());
  return out;
}

using testing::has_tag;

Passage english(std::uint32_t n, const std::string& text) {
  Passage passage;
  passage.n = n;
  passage.text = text;
  passage.language = Language::English;
  return passage;
}

class ConflictSenseTest : public ::testing::Test {
 protected:
  std::vector<Tag> areas_of(const std::string& text) const {
    Passage passage = english(1, text);
    tagger_.tag_passage(passage);
    return passage.areas;
  }
  Analyzer analyzer_;
  CbmTagger tagger_{schooling_domain(), analyzer_};
};

TEST_F(ConflictSenseTest, SchoolsBesideBothSidesAloneAreAnOwnPolicy) {
  // both sides named anchor the passage, yet nothing in it is of the conflict
  EXPECT_TRUE(areas_of("Azerbaijan and the Armenians opened new schools for pupils.").empty());
  // a person of the region is no word of the conflict either
  EXPECT_TRUE(areas_of("Azerbaijan, the Armenians and Ilham Aliyev opened schools for pupils.").empty());
  // a concept without needs_conflict counts in the same passage
  EXPECT_EQ(ids(areas_of("Azerbaijan and the Armenians trained teachers.")), (std::vector<std::string>{"education"}));
}

TEST_F(ConflictSenseTest, SchoolsBesideAWordOfTheConflictAreThePeaceProcesss) {
  EXPECT_TRUE(has_tag(areas_of("Azerbaijan and the Armenians: schools for pupils of the border villages."), "education"));
  EXPECT_TRUE(has_tag(areas_of("The occupation of Azerbaijan closed the schools of its pupils."), "education"));
  EXPECT_TRUE(has_tag(areas_of("Azerbaijan and the Armenians reopened schools for pupils in Karabakh."), "education"));
  // a measure of the peace process, named
  EXPECT_TRUE(has_tag(areas_of("Azerbaijan and the Armenians: schools and pupils in the Know the Neighbors programme."),
                  "education"));
}

TEST_F(ConflictSenseTest, ANeighbourOrTheTitleMayHoldTheWordOfTheConflict) {
  Document document;
  document.passages = {english(1, "Azerbaijan and the Armenians spoke of the border villages."),
                       english(2, "Azerbaijan and the Armenians opened schools for pupils."),
                       english(3, "Nothing here."), english(4, "Azerbaijan and the Armenians opened schools for pupils.")};
  tagger_.tag(document);
  EXPECT_TRUE(has_tag(document.passages[1].areas, "education"));
  EXPECT_FALSE(has_tag(document.passages[3].areas, "education"));
  document.title = "Schools under occupation";
  tagger_.tag(document);
  EXPECT_TRUE(has_tag(document.passages[3].areas, "education"));
}

}  // namespace
}  // namespace liaison

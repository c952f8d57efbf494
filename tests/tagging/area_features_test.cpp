// What the rules weighed before deciding (`indexer tag --features`, bench/tagging/learn.py): one
// entry per passage, the same tags as without it, a passage's own words weighed even where
// nothing anchors it, and a passage anchored by a neighbour weighed in that context.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "core/tagging/area_features.h"
#include "core/tagging/cbm_tagger.h"
#include "tests/tagging/bundled_tagger.h"
#include "tests/tagging/tagged_document.h"

namespace liaison {
namespace {

constexpr const char* kConflict = "Armenia holds the occupied territories of Azerbaijan.";
constexpr const char* kCalm = "The weather was calm.";
constexpr const char* kTalksAndTrade = "The negotiations went on and trade and investment grew.";

/// A speech that leaves the conflict for four passages (not about it as a whole): passage 2
/// continues the anchored passage 1, passage 4 is far from any.
Document speech() {
  return testing::document_of({kCalm, kConflict, kTalksAndTrade, kCalm, kTalksAndTrade, kCalm, kCalm, kConflict},
                              Language::English);
}

std::vector<std::string> ids_of(const std::vector<Tag>& tags) {
  std::vector<std::string> ids;
  for (const Tag& tag : tags) ids.push_back(tag.id + ":" + std::to_string(tag.score));
  return ids;
}

TEST(AreaFeaturesTest, AskingForThemChangesNoTag) {
  Document plain = speech(), explained = speech();
  testing::bundled_tagger().tag(plain);
  std::vector<PassageFeatures> features;
  testing::bundled_tagger().tag(explained, &features);
  ASSERT_EQ(features.size(), plain.passages.size());
  for (std::size_t i = 0; i < plain.passages.size(); ++i) {
    EXPECT_EQ(ids_of(plain.passages[i].areas), ids_of(explained.passages[i].areas)) << "passage " << i;
    EXPECT_EQ(ids_of(plain.passages[i].measures), ids_of(explained.passages[i].measures)) << "passage " << i;
  }
}

TEST(AreaFeaturesTest, AnUnanchoredPassageIsWeighedButNotTagged) {
  Document document = speech();
  std::vector<PassageFeatures> features;
  testing::bundled_tagger().tag(document, &features);
  EXPECT_EQ(features[4].how, Anchoring::None);
  EXPECT_TRUE(document.passages[4].areas.empty());
  ASSERT_TRUE(features[4].areas.count("economy"));
  EXPECT_GT(features[4].areas.at("economy").raw, 0.0);
  EXPECT_EQ(features[4].areas.at("economy").items.size(), 2U);  // trade, investment
}

TEST(AreaFeaturesTest, ANeighboursPassageIsWeighedInItsContext) {
  Document document = speech();
  std::vector<PassageFeatures> features;
  testing::bundled_tagger().tag(document, &features);
  ASSERT_EQ(features[1].how, Anchoring::Own);
  ASSERT_EQ(features[2].how, Anchoring::Neighbour);
  EXPECT_FALSE(features[2].whole_document);
  const AreaEvidence& occupation = features[1].areas.at("diplomacy");
  EXPECT_DOUBLE_EQ(occupation.weighed, occupation.raw);
  // Trade is no word of the conflict: beside it, it weighs context_weight.
  const AreaEvidence& trade = features[2].areas.at("economy");
  EXPECT_EQ(trade.raw, features[4].areas.at("economy").raw);  // the same words
  EXPECT_DOUBLE_EQ(trade.weighed, CbmTaggerOptions{}.context_weight * trade.raw);
  // The talks continue passage 1's diplomacy, which the neighbour's evidence records.
  EXPECT_DOUBLE_EQ(features[2].areas.at("diplomacy").beside, occupation.raw);
  EXPECT_GT(features[2].areas.at("diplomacy").weighed, features[2].areas.at("diplomacy").raw);
}

}  // namespace
}  // namespace liaison

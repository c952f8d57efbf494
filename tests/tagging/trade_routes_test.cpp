// The region's trade routes (pipelines, ports, corridors: thesaurus of_conflict false) anchor a
// passage beside one side, but they are no word of the conflict: a country's trade and
// investment beside its own pipeline are its economy, and a speech that returns to its
// pipelines between its other subjects is not about the conflict as a whole. Found on the
// fresh UN split (the 2005 speech of Azerbaijan); four languages, with the bundled domain.
#include <array>
#include <ostream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "core/analysis/analyzer.h"
#include "core/tagging/cbm_tagger.h"
#include "core/tagging/domain.h"
#include "tests/support/temp_dir.h"
#include "tests/tagging/bundled_tagger.h"
#include "tests/tagging/tagged_document.h"

namespace liaison {
namespace {

struct Sentences {
  Language language;
  const char* conflict;  ///< Armenia holds the occupied territories of Azerbaijan
  const char* trade;     ///< trade and investment grew
  const char* pipeline;  ///< Azerbaijan built a gas pipeline
  const char* calm;      ///< nothing the domain knows
};

const std::array<Sentences, 4> kSentences = {{
    {Language::English, "Armenia holds the occupied territories of Azerbaijan.", "Trade and investment grew.",
     "Azerbaijan built a new gas pipeline.", "The weather was calm."},
    {Language::Russian, "Армения удерживает оккупированные территории Азербайджана.", "Торговля и инвестиции росли.",
     "Азербайджан построил новый газопровод.", "Погода была спокойной."},
    {Language::Armenian, "Հայաստանը և Ադրբեջանը խոսեցին օկուպացիայի մասին։", "Առևտուր և ներդրումներ։",
     "Ադրբեջանը կառուցեց նոր գազատար։", "Եղանակը հանգիստ էր։"},
    {Language::Azerbaijani, "Ermənistan Azərbaycan torpaqlarının işğalını davam etdirir.", "Ticarət və investisiya artdı.",
     "Azərbaycan yeni qaz kəməri tikdi.", "Hava sakit idi."},
}};

void PrintTo(const Sentences& sentences, std::ostream* out) { *out << to_code(sentences.language); }

using TradeRoutesTest = ::testing::TestWithParam<Sentences>;


TEST_P(TradeRoutesTest, APipelineBetweenOtherSubjectsKeepsTheSpeechFromBeingAboutTheConflict) {
  const Sentences& s = GetParam();
  // The conflict, then the economy around a pipeline passage: no run of more than three
  // passages without an anchor if the pipeline counted as the conflict, six if it does not.
  Document document =
      testing::document_of({s.conflict, s.calm, s.trade, s.pipeline, s.trade, s.calm, s.calm, s.conflict}, s.language);
  testing::bundled_tagger().tag(document);
  EXPECT_TRUE(testing::has_tag(document.passages[0].areas, "diplomacy"));
  EXPECT_TRUE(testing::has_tag(document.passages[3].areas, "economy"));  // anchored by its own words
  EXPECT_FALSE(testing::has_tag(document.passages[2].areas, "economy"));
  EXPECT_FALSE(testing::has_tag(document.passages[4].areas, "economy"));
  EXPECT_TRUE(document.passages[5].areas.empty());
}

TEST_P(TradeRoutesTest, TheConflictStillGivesTradeItsSense) {
  const Sentences& s = GetParam();
  Document document = testing::document_of({std::string(s.conflict) + " " + s.trade, s.calm}, s.language);
  testing::bundled_tagger().tag(document);
  EXPECT_TRUE(testing::has_tag(document.passages[0].areas, "economy"));
}

INSTANTIATE_TEST_SUITE_P(FourLanguages, TradeRoutesTest, ::testing::ValuesIn(kSentences),
                         [](const ::testing::TestParamInfo<Sentences>& param) {
                           return std::string(to_code(param.param.language));
                         });

}  // namespace
}  // namespace liaison

// Words of the border communities and the displaced in the bundled domain (corpus/domain), in
// the four languages: driving people out of their homes, settling the occupied territories
// (a population transfer), the border zone. Found missing on the UN dev speeches (round 7).
#include <algorithm>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "core/analysis/analyzer.h"
#include "core/tagging/cbm_tagger.h"
#include "core/tagging/domain.h"
#include "tests/support/temp_dir.h"
#include "tests/tagging/bundled_tagger.h"

namespace liaison {
namespace {

class CommunitiesWordsTest : public ::testing::Test {
 protected:
  /// The passage's areas and the evidence of its communities tag ("" when it has none).
  static std::string communities_evidence(const std::string& text, Language language) {
    Passage passage = testing::tagged_passage(text, language);
    const auto found = std::find_if(passage.areas.begin(), passage.areas.end(),
                                    [](const Tag& tag) { return tag.id == "communities"; });
    if (found == passage.areas.end()) return "";
    std::string out;
    for (const std::string& item : found->evidence) out += item + "; ";
    return out;
  }

};


TEST_F(CommunitiesWordsTest, DrivingPeopleFromTheirHomes) {
  EXPECT_NE(communities_evidence("Armenia set out to expel the Azerbaijanis from their land.", Language::English)
                .find("forced-displacement"),
            std::string::npos);
  EXPECT_NE(communities_evidence("Азербайджан пытался изгнать армян из Карабаха.", Language::Russian)
                .find("forced-displacement"),
            std::string::npos);
  EXPECT_NE(communities_evidence("Ադրբեջանը ձգտում էր արտաքսել հայերին Ղարաբաղից։", Language::Armenian)
                .find("forced-displacement"),
            std::string::npos);
  EXPECT_NE(communities_evidence("Ermənistan azərbaycanlıları torpaqlarından qovmaq istəyirdi.", Language::Azerbaijani)
                .find("forced-displacement"),
            std::string::npos);
  EXPECT_NE(communities_evidence("A million Azerbaijanis were left without shelter by Armenia.", Language::English)
                .find("forced-displacement"),
            std::string::npos);
}

TEST_F(CommunitiesWordsTest, SettlingTheOccupiedTerritories) {
  EXPECT_NE(communities_evidence("Armenia pursued the illegal settlement of the occupied lands of Azerbaijan.",
                                 Language::English)
                .find("illegal-settlement"),
            std::string::npos);
  EXPECT_NE(communities_evidence("Армения проводила незаконное заселение земель Азербайджана.", Language::Russian)
                .find("illegal-settlement"),
            std::string::npos);
  EXPECT_NE(communities_evidence("Ադրբեջանը խոսում էր Հայաստանի կողմից ապօրինի վերաբնակեցման մասին։", Language::Armenian)
                .find("illegal-settlement"),
            std::string::npos);
  EXPECT_NE(communities_evidence("Ermənistan Azərbaycan torpaqlarında qanunsuz məskunlaşdırma aparırdı.",
                                 Language::Azerbaijani)
                .find("illegal-settlement"),
            std::string::npos);
}

TEST_F(CommunitiesWordsTest, TheBorderZone) {
  EXPECT_NE(communities_evidence("Azerbaijan shelled the borderline areas of Armenia.", Language::English).find("border-areas"),
            std::string::npos);
  EXPECT_NE(communities_evidence("Азербайджан обстрелял приграничную зону Армении.", Language::Russian).find("border-areas"),
            std::string::npos);
  EXPECT_NE(communities_evidence("Ադրբեջանը գնդակոծեց Հայաստանի սահմանամերձ գոտին։", Language::Armenian).find("border-areas"),
            std::string::npos);
  EXPECT_NE(communities_evidence("Ermənistan Azərbaycanın sərhədyanı zonasını atəşə tutdu.", Language::Azerbaijani)
                .find("border-areas"),
            std::string::npos);
}

TEST_F(CommunitiesWordsTest, TheWordsAloneAnchorNothing) {
  // no side and no place of the conflict: a topic of the wider world
  EXPECT_EQ(communities_evidence("The settlement policy of the city council was debated.", Language::English), "");
}

}  // namespace
}  // namespace liaison

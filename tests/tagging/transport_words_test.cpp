// Transport words found missing on the fresh UN split (Azerbaijan's 2005 and 2010 speeches):
// the American "railroad connection" is a railway line (and B02's "railroad" then references
// the measure in a passage anchored by the line beside one side), and "transport
// communications" between the two states are connectivity. Four languages, bundled domain.
#include <array>
#include <ostream>
#include <string>

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
  const char* railway;        ///< Azerbaijan builds a railway line with its neighbours
  const char* communications;  ///< transport communications between Armenia and Azerbaijan
};

const std::array<Sentences, 4> kSentences = {{
    {Language::English, "Azerbaijan is building a new railroad connection with its neighbours.",
     "Direct transport communications between Armenia and Azerbaijan would follow."},
    {Language::Russian, "Азербайджан строит новую железнодорожную линию с соседями.",
     "Последуют прямые транспортные коммуникации между Арменией и Азербайджаном."},
    {Language::Armenian, "Ադրբեջանը հարևանների հետ կառուցում է նոր երկաթուղային գիծ։",
     "Կհետևեն տրանսպորտային հաղորդակցություններ Հայաստանի և Ադրբեջանի միջև։"},
    {Language::Azerbaijani, "Azərbaycan qonşuları ilə yeni dəmir yolu xətti çəkir.",
     "Ermənistan və Azərbaycan arasında birbaşa nəqliyyat kommunikasiyaları olacaq."},
}};

void PrintTo(const Sentences& sentences, std::ostream* out) { *out << to_code(sentences.language); }

class TransportWordsTest : public ::testing::TestWithParam<Sentences> {
 protected:
  /// The evidence of the passage's economy tag ("" when it has none).
  static std::string economy(const std::string& text, Language language) {
    Passage passage = testing::tagged_passage(text, language);
    std::string out;
    for (const Tag& tag : passage.areas)
      if (tag.id == "economy")
        for (const std::string& item : tag.evidence) out += item + "; ";
    return out;
  }

};


TEST_P(TransportWordsTest, ARailroadConnectionIsARailwayLine) {
  EXPECT_NE(economy(GetParam().railway, GetParam().language).find("railway"), std::string::npos);
}

TEST_P(TransportWordsTest, TransportCommunicationsAreConnectivity) {
  EXPECT_NE(economy(GetParam().communications, GetParam().language).find("connectivity"), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(FourLanguages, TransportWordsTest, ::testing::ValuesIn(kSentences),
                         [](const ::testing::TestParamInfo<Sentences>& param) {
                           return std::string(to_code(param.param.language));
                         });

}  // namespace
}  // namespace liaison

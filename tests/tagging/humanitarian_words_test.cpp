// Words of the conflict's humanitarian side found missing or in another sense on the fresh UN
// split (2010 and 2014 speeches), with the bundled domain, four languages: civilians "taken
// hostage" are captives; "international crimes" are war crimes; a bombardment of villages is an
// attack on civilians (three women killed in their houses, 2015); graves are graves, while the
// English adjective "grave" (a grave miscalculation) is not, nor is "to lecture" a lecture.
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
  const char* hostages;  ///< Azerbaijani civilians taken hostage by Armenia
  const char* crimes;    ///< Armenia committed international crimes against Azerbaijan
  const char* graves;    ///< the graves of Azerbaijanis, desecrated by Armenia
  const char* bombardment;  ///< Azerbaijan's bombardment of Armenia's border villages
};

const std::array<Sentences, 4> kSentences = {{
    {Language::English, "Azerbaijani civilians were taken hostage by Armenia.",
     "Armenia committed international crimes against Azerbaijan.",
     "Armenia desecrated the graves of Azerbaijanis.",
     "Azerbaijan's bombardment of the border villages of Armenia went on."},
    {Language::Russian, "Азербайджанские гражданские лица были взяты в заложники Арменией.",
     "Армения совершила международные преступления против Азербайджана.",
     "Армения осквернила могилы азербайджанцев.",
     "Бомбардировка приграничных сёл Армении Азербайджаном продолжалась."},
    {Language::Armenian, "Ադրբեջանը պնդում է, որ Հայաստանը պատանդ վերցված անձանց է պահում։",
     "Ադրբեջանը Հայաստանին մեղադրում է միջազգային հանցագործությունների մեջ։",
     "Ադրբեջանը խոսում է Հայաստանում ադրբեջանցիների գերեզմանների մասին։",
     "Ադրբեջանը շարունակեց Հայաստանի սահմանամերձ գյուղերի ռմբակոծությունը։"},
    {Language::Azerbaijani, "Ermənistan tərəfindən girov götürülmüş azərbaycanlılar.",
     "Ermənistan Azərbaycana qarşı beynəlxalq cinayətlər törətdi.",
     "Ermənistan azərbaycanlıların qəbirlərini təhqir etdi.",
     "Azərbaycan Ermənistanın sərhəd kəndlərinin bombardmanını davam etdirdi."},
}};

void PrintTo(const Sentences& sentences, std::ostream* out) { *out << to_code(sentences.language); }

class HumanitarianWordsTest : public ::testing::TestWithParam<Sentences> {
 protected:
  /// The evidence of the passage's public-space tag ("" when it has none).
  static std::string public_space(const std::string& text, Language language) {
    Passage passage = testing::tagged_passage(text, language);
    std::string out;
    for (const Tag& tag : passage.areas)
      if (tag.id == "public-space")
        for (const std::string& item : tag.evidence) out += item + "; ";
    return out;
  }

};


TEST_P(HumanitarianWordsTest, CiviliansTakenHostageAreCaptives) {
  EXPECT_NE(public_space(GetParam().hostages, GetParam().language).find("prisoners-and-detainees"), std::string::npos);
}

TEST_P(HumanitarianWordsTest, InternationalCrimesAreWarCrimes) {
  EXPECT_NE(public_space(GetParam().crimes, GetParam().language).find("war-crimes"), std::string::npos);
}

TEST_P(HumanitarianWordsTest, GravesAreGraves) {
  EXPECT_NE(public_space(GetParam().graves, GetParam().language).find("cemeteries"), std::string::npos);
}

TEST_P(HumanitarianWordsTest, ABombardmentIsAnAttackOnCivilians) {
  EXPECT_NE(public_space(GetParam().bombardment, GetParam().language).find("attacks-on-civilians"), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(FourLanguages, HumanitarianWordsTest, ::testing::ValuesIn(kSentences),
                         [](const ::testing::TestParamInfo<Sentences>& param) {
                           return std::string(to_code(param.param.language));
                         });

TEST(EnglishAdjectivesAndVerbs, AGraveMiscalculationAndToLectureAreNoGravesNorLectures) {
  const Analyzer analyzer;
  const CbmTagger tagger(load_domain(testing::source_dir() / "corpus" / "domain"), analyzer);
  Document document = testing::document_of(
      {"Armenia made a grave miscalculation in occupying Azerbaijan.",
       "The occupation goes on; Armenia tried to lecture Azerbaijan while its children watched."},
      Language::English);
  tagger.tag(document);
  EXPECT_FALSE(testing::has_tag(document.passages[0].areas, "public-space"));
  EXPECT_FALSE(testing::has_tag(document.passages[1].areas, "education"));
}

}  // namespace
}  // namespace liaison

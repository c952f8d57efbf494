// Measure references found missing or false on the fresh UN split (the 2014 and 2015 speeches),
// with the bundled domain, four languages:
// - the Minsk co-chairs' incident investigation mechanism is M03 (ceasefire monitoring);
// - the statement's "peacekeeping contingent of the Russian Federation" names M02 by itself;
// - "peacekeepers" and "peacekeeping" are two phrases of one concept that shares only a broad
//   alias with M02: together they are one cue, not the second cue a broad alias needs
//   (Armenian peacekeepers sent to Lebanon are no Russian mission in Karabakh).
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
  const char* investigation;  ///< Baku refused the incident investigation mechanism on the line of contact
  const char* contingent;     ///< the Russian Federation's peacekeeping contingent deployed along the line
  const char* peacekeepers;   ///< Armenia and Azerbaijan: peacekeepers, peacekeeping abroad
};

const std::array<Sentences, 4> kSentences = {{
    {Language::English,
     "Azerbaijan refused the incident investigation mechanism proposed for the line of contact.",
     "The peacekeeping contingent of the Russian Federation is deployed along the line of contact.",
     "Armenia and Azerbaijan send peacekeepers abroad; peacekeeping is their contribution."},
    {Language::Russian,
     "Азербайджан отверг механизм расследования инцидентов на линии соприкосновения.",
     "Миротворческий контингент Российской Федерации развёрнут вдоль линии соприкосновения.",
     "Армения и Азербайджан направляют миротворцев за рубеж; миротворческие силы — их вклад."},
    {Language::Armenian,
     "Ադրբեջանը մերժեց շփման գծում միջադեպերի հետաքննության մեխանիզմը։",
     "Ռուսաստանի Դաշնության խաղաղապահ զորակազմը տեղակայված է շփման գծի երկայնքով։",
     "Հայաստանը և Ադրբեջանը խաղաղապահներ են ուղարկում արտերկիր, խաղաղապահ ուժեր։"},
    {Language::Azerbaijani,
     "Azərbaycan təmas xəttində insidentlərin araşdırılması mexanizmini rədd etdi.",
     "Rusiya Federasiyasının sülhməramlı kontingenti təmas xətti boyunca yerləşdirilir.",
     "Ermənistan və Azərbaycan xaricə sülhməramlılar göndərir, sülhməramlı qüvvələr."},
}};

void PrintTo(const Sentences& sentences, std::ostream* out) { *out << to_code(sentences.language); }

class MeasureCuesTest : public ::testing::TestWithParam<Sentences> {
 protected:
  static Passage tagged(const std::string& text, Language language) {
    Passage passage = testing::tagged_passage(text, language);
    return passage;
  }

};


TEST_P(MeasureCuesTest, TheIncidentInvestigationMechanismIsCeasefireMonitoring) {
  EXPECT_TRUE(testing::has_tag(tagged(GetParam().investigation, GetParam().language).measures, "M03"));
}

TEST_P(MeasureCuesTest, TheRussianContingentOfTheStatementIsM02) {
  EXPECT_TRUE(testing::has_tag(tagged(GetParam().contingent, GetParam().language).measures, "M02"));
}

TEST_P(MeasureCuesTest, TwoWordsOfOneConceptAreOneCue) {
  const Passage passage = tagged(GetParam().peacekeepers, GetParam().language);
  EXPECT_TRUE(testing::has_tag(passage.areas, "diplomacy"));
  EXPECT_FALSE(testing::has_tag(passage.measures, "M02"));
}

INSTANTIATE_TEST_SUITE_P(FourLanguages, MeasureCuesTest, ::testing::ValuesIn(kSentences),
                         [](const ::testing::TestParamInfo<Sentences>& param) {
                           return std::string(to_code(param.param.language));
                         });

}  // namespace
}  // namespace liaison

// Workshops and seminars are a format of meetings on any subject (a landlocked countries'
// workshop, 2015): beside a word of the conflict they weigh half (thesaurus `workshops`), so
// they tag education only beside more of its words (students, teachers). Found on the fresh UN
// split; four languages, with the bundled domain.
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
  const char* alone;     ///< workshops on the blockade of Armenia by Azerbaijan
  const char* students;  ///< the same, for students and teachers
};

const std::array<Sentences, 4> kSentences = {{
    {Language::English, "Armenia hosts workshops on the blockade imposed by Azerbaijan.",
     "Armenia hosts workshops for students and teachers on the blockade imposed by Azerbaijan."},
    {Language::Russian, "Армения проводит семинары о блокаде со стороны Азербайджана.",
     "Армения проводит семинары для студентов и учителей о блокаде со стороны Азербайджана."},
    {Language::Armenian, "Հայաստանը սեմինարներ է անցկացնում Ադրբեջանի շրջափակման մասին։",
     "Հայաստանը ուսանողների և ուսուցիչների համար սեմինարներ է անցկացնում Ադրբեջանի շրջափակման մասին։"},
    {Language::Azerbaijani, "Ermənistan Azərbaycanın blokadası haqqında seminarlar keçirir.",
     "Ermənistan tələbələr və müəllimlər üçün Azərbaycanın blokadası haqqında seminarlar keçirir."},
}};

void PrintTo(const Sentences& sentences, std::ostream* out) { *out << to_code(sentences.language); }

class WorkshopsTest : public ::testing::TestWithParam<Sentences> {
 protected:
  static bool education(const std::string& text, Language language) {
    Passage passage = testing::tagged_passage(text, language);
    return testing::has_tag(passage.areas, "education");
  }

};


TEST_P(WorkshopsTest, WorkshopsAloneAreNoEducation) { EXPECT_FALSE(education(GetParam().alone, GetParam().language)); }

TEST_P(WorkshopsTest, WorkshopsForStudentsAre) { EXPECT_TRUE(education(GetParam().students, GetParam().language)); }

INSTANTIATE_TEST_SUITE_P(FourLanguages, WorkshopsTest, ::testing::ValuesIn(kSentences),
                         [](const ::testing::TestParamInfo<Sentences>& param) {
                           return std::string(to_code(param.param.language));
                         });

}  // namespace
}  // namespace liaison

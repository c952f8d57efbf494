// In a passage anchored only by an anchored neighbour (a speech's paragraph that goes on about
// the conflict without naming it), a word of the conflict itself — a concept that anchors
// beside one side, such as the blockade — counts in full, while other words weigh
// context_weight: "our neighbours' blockade" beside a passage on the occupation is the
// regional blockade (the held-out rules' closed borders without naming the neighbours), the
// transit routes are not (thesaurus of_conflict false). Found on the fresh UN split (Armenia's
// 2015 speech); four languages, with the bundled domain.
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
  const char* conflict;  ///< Armenia holds the occupied territories of Azerbaijan
  const char* blockade;  ///< the blockade goes on
  const char* transit;   ///< transit grows
  const char* calm;      ///< nothing the domain knows
};

const std::array<Sentences, 4> kSentences = {{
    {Language::English, "Armenia holds the occupied territories of Azerbaijan.", "The blockade goes on.",
     "Transit grows.", "The weather was calm."},
    {Language::Russian, "Армения удерживает оккупированные территории Азербайджана.", "Блокада продолжается.",
     "Транзит растёт.", "Погода была спокойной."},
    {Language::Armenian, "Հայաստանը և Ադրբեջանը խոսեցին օկուպացիայի մասին։", "Շրջափակումը շարունակվում է։",
     "Տարանցումն աճում է։", "Եղանակը հանգիստ էր։"},
    {Language::Azerbaijani, "Ermənistan Azərbaycan torpaqlarının işğalını davam etdirir.", "Blokada davam edir.",
     "Tranzit artır.", "Hava sakit idi."},
}};

void PrintTo(const Sentences& sentences, std::ostream* out) { *out << to_code(sentences.language); }

class ConflictWordsInContextTest : public ::testing::TestWithParam<Sentences> {
 protected:
  /// A speech that leaves the conflict for four passages: `text` follows the anchored opening.
  static Document speech(const Sentences& s, const char* text) {
    Document document =
        testing::document_of({s.calm, s.conflict, text, s.calm, s.calm, s.calm, s.calm, s.conflict}, s.language);
    testing::bundled_tagger().tag(document);
    return document;
  }

};


TEST_P(ConflictWordsInContextTest, TheBlockadeBesideTheConflictCountsInFull) {
  EXPECT_TRUE(testing::has_tag(speech(GetParam(), GetParam().blockade).passages[2].areas, "economy"));
}

TEST_P(ConflictWordsInContextTest, TransitBesideTheConflictStillWeighsLess) {
  EXPECT_TRUE(speech(GetParam(), GetParam().transit).passages[2].areas.empty());
}

INSTANTIATE_TEST_SUITE_P(FourLanguages, ConflictWordsInContextTest, ::testing::ValuesIn(kSentences),
                         [](const ::testing::TestParamInfo<Sentences>& param) {
                           return std::string(to_code(param.param.language));
                         });

}  // namespace
}  // namespace liaison

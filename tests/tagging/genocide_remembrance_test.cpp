// The Armenian Genocide as a matter of memory, recognition or denial is public-space (the
// held-out labelling rules of bench/tagging): the name anchors a passage beside a word of its
// remembrance ("armenian-genocide" needs "genocide-recognition" or "memory"), and the name as a
// date in history, with none of them near, anchors nothing. Found on the fresh UN split (2014
// and 2015 speeches); four languages, with the bundled domain.
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
  const char* remembered;  ///< its anniversary and recognition
  const char* history;     ///< named as what happened to families, no more
};

const std::array<Sentences, 4> kSentences = {{
    {Language::English, "Armenians everywhere mark the anniversary of the Armenian genocide and seek its recognition.",
     "The Armenian genocide scattered families across the Middle East."},
    {Language::Russian, "Армяне всего мира отмечают годовщину геноцида армян и добиваются его признания.",
     "Геноцид армян рассеял семьи по всему Ближнему Востоку."},
    {Language::Armenian, "Աշխարհի հայերը նշում են Հայոց ցեղասպանության տարելիցը և պահանջում դրա ճանաչումը։",
     "Հայոց ցեղասպանությունը ցրեց ընտանիքները Մերձավոր Արևելքով մեկ։"},
    {Language::Azerbaijani, "Ermənilər erməni soyqırımı iddiasının tanınması üçün ildönümünü qeyd edirlər.",
     "Erməni soyqırımı ailələri Yaxın Şərqə səpələdi."},
}};

void PrintTo(const Sentences& sentences, std::ostream* out) { *out << to_code(sentences.language); }

class GenocideRemembranceTest : public ::testing::TestWithParam<Sentences> {
 protected:
  static Passage tagged(const std::string& text, Language language) {
    Passage passage = testing::tagged_passage(text, language);
    return passage;
  }

};


TEST_P(GenocideRemembranceTest, RemembranceAnchorsAndTagsPublicSpace) {
  const Passage passage = tagged(GetParam().remembered, GetParam().language);
  ASSERT_TRUE(testing::has_tag(passage.areas, "public-space"));
  std::string evidence;
  for (const Tag& tag : passage.areas)
    for (const std::string& item : tag.evidence) evidence += item + "; ";
  EXPECT_NE(evidence.find("armenian-genocide"), std::string::npos) << evidence;
}

TEST_P(GenocideRemembranceTest, TheNameAsHistoryAnchorsNothing) {
  EXPECT_TRUE(tagged(GetParam().history, GetParam().language).areas.empty());
}

INSTANTIATE_TEST_SUITE_P(FourLanguages, GenocideRemembranceTest, ::testing::ValuesIn(kSentences),
                         [](const ::testing::TestParamInfo<Sentences>& param) {
                           return std::string(to_code(param.param.language));
                         });

}  // namespace
}  // namespace liaison

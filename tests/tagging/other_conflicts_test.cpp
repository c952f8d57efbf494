// A passage that takes its anchor only from its context (here: a document about the conflict as
// a whole) and names a place of another conflict (gazetteer `elsewhere`: Syria, Iraq, Lebanon)
// speaks of that conflict: a church blown up in Syria is no heritage of this one. So does a
// passage anchored only by one side beside a word other wars share (the Armenians of Syria and
// the atrocities there). The same words without the place keep their tag. Found on the fresh UN split (Armenia's 2014 and 2015
// speeches on the Syrian Armenians); four languages, with the bundled domain.
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
  const char* conflict;  ///< Armenia and Azerbaijan discuss the occupied territories
  const char* syria;     ///< terrorists in Syria blew up a church and spread hatred
  const char* here;      ///< the same, with no place named
  const char* armenians;  ///< Armenians in Syria suffered atrocities and expulsion
  const char* expelled;   ///< the same with no place named
};

const std::array<Sentences, 4> kSentences = {{
    {Language::English, "Armenia and Azerbaijan discuss the occupied territories.",
     "Terrorists in Syria blew up a church and spread hatred.", "Terrorists blew up a church and spread hatred.",
     "The Armenians of Aleppo in Syria suffered atrocities and expulsion.",
     "The Armenians suffered atrocities and expulsion."},
    {Language::Russian, "Армения и Азербайджан обсуждают оккупированные территории.",
     "Террористы в Сирии взорвали церковь и сеют ненависть.", "Террористы взорвали церковь и сеют ненависть.",
     "Армяне Алеппо в Сирии пережили зверства и изгнание.", "Армяне пережили зверства и изгнание."},
    {Language::Armenian, "Հայաստանը և Ադրբեջանը քննարկում են օկուպացված տարածքները։",
     "Սիրիայում ահաբեկիչները պայթեցրին եկեղեցին և ատելություն են սերմանում։",
     "Ահաբեկիչները պայթեցրին եկեղեցին և ատելություն են սերմանում։",
     "Սիրիայի Հալեպի հայերը ենթարկվեցին արտաքսման։", "Հայերը ենթարկվեցին արտաքսման։"},
    {Language::Azerbaijani, "Ermənistan və Azərbaycan işğal olunmuş əraziləri müzakirə edir.",
     "Suriyada terrorçular kilsəni partlatdı və nifrət yayır.", "Terrorçular kilsəni partlatdı və nifrət yayır.",
     "Suriyanın Hələb şəhərindəki ermənilər qovuldu və işgəncəyə məruz qaldı.",
     "Ermənilər qovuldu və işgəncəyə məruz qaldı."},
}};

void PrintTo(const Sentences& sentences, std::ostream* out) { *out << to_code(sentences.language); }

using OtherConflictsTest = ::testing::TestWithParam<Sentences>;


TEST_P(OtherConflictsTest, APlaceOfAnotherConflictTakesThePassageOutOfThisOne) {
  const Sentences& s = GetParam();
  Document document = testing::document_of({s.conflict, s.syria, s.conflict, s.here, s.conflict}, s.language);
  testing::bundled_tagger().tag(document);
  EXPECT_TRUE(document.passages[1].areas.empty());
  EXPECT_TRUE(testing::has_tag(document.passages[3].areas, "public-space"));
}

TEST_P(OtherConflictsTest, APassageAnchoredByItsOwnWordsKeepsItsTags) {
  const Sentences& s = GetParam();
  Document document = testing::document_of({std::string(s.conflict) + " " + s.syria}, s.language);
  testing::bundled_tagger().tag(document);
  EXPECT_TRUE(testing::has_tag(document.passages[0].areas, "public-space"));
}

TEST_P(OtherConflictsTest, OneSideAndAWordOfAnyWarInSyriaIsAboutSyria) {
  const Sentences& s = GetParam();
  Document document = testing::document_of({s.armenians}, s.language);
  testing::bundled_tagger().tag(document);
  EXPECT_TRUE(document.passages[0].areas.empty());
  Passage alone = document.passages[0];
  testing::bundled_tagger().tag_passage(alone);
  EXPECT_TRUE(alone.areas.empty());
  Document here = testing::document_of({s.expelled}, s.language);
  testing::bundled_tagger().tag(here);
  EXPECT_TRUE(testing::has_tag(here.passages[0].areas, "communities"));
}

INSTANTIATE_TEST_SUITE_P(FourLanguages, OtherConflictsTest, ::testing::ValuesIn(kSentences),
                         [](const ::testing::TestParamInfo<Sentences>& param) {
                           return std::string(to_code(param.param.language));
                         });

}  // namespace
}  // namespace liaison

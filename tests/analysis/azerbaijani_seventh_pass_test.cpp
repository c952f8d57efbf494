#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "core/analysis/azerbaijani_stemmer.h"
#include "tests/analysis/stem_checks.h"

// Issue 17, seventh pass (bench/stemming/README.md, tuned on az-paradigms-dev, az-dialogue-dev and
// az-ntrex-dev): the listed common verbs are whole stems, their bare -mA, imperative -In and
// conditional -sA are theirs, and the voiced stems take the bare aorist. Each table holds forms of
// one word, or words kept apart.
namespace liaison {
namespace {

void expect_one_stem(const std::vector<std::string_view>& forms) { testing::expect_one_stem(stem_azerbaijani, forms); }

void expect_apart(std::string_view a, std::string_view b) { testing::expect_apart(stem_azerbaijani, a, b); }

TEST(AzerbaijaniSeventhPass, TheBareMaOfAListedVerbIsTheVerbs) {
  expect_one_stem({"oxuma", "oxudu", "oxumaq", "oxuyur"});
  expect_one_stem({"istəmə", "istədi", "istəmək", "istəmənin"});
  expect_one_stem({"yaşama", "yaşadı", "yaşamaq"});
  expect_one_stem({"düşünmə", "düşündü", "düşünür", "düşünmək"});
}

TEST(AzerbaijaniSeventhPass, AListedVerbInNKeepsItsN) {
  expect_one_stem({"inan", "inanmıram", "inandı", "inanır"});
  expect_one_stem({"öyrən", "öyrənin", "öyrənir", "öyrənsə", "öyrənsin", "öyrənmə"});
  expect_one_stem({"düşün", "düşünün", "düşünsün", "düşünsə"});
  // the conditional after n is read for listed verbs only: konfrans-a stays a noun's dative
  expect_one_stem({"konfrans", "konfransa", "konfransın"});
}

TEST(AzerbaijaniSeventhPass, BareImperativesOfListedVerbsAreWhole) {
  expect_one_stem({"tələs", "tələsir", "tələsmə"});
  expect_one_stem({"seç", "seçər", "seçdi", "seçək"});
  expect_one_stem({"göndər", "göndərər", "göndərdi"});
  expect_one_stem({"et", "edin", "etdi"});
  expect_one_stem({"get", "gedin", "getdi"});
}

TEST(AzerbaijaniSeventhPass, VoicedVerbStemsTakeTheBareAorist) {
  expect_one_stem({"qayıdar", "qayıtdı", "qayıdır", "qayıtmaq"});
  expect_one_stem({"yaradar", "yaratdı", "yaradır", "yaratmaq"});
}

TEST(AzerbaijaniSeventhPass, NounsLikeTheNewVerbsStayApart) {
  expect_apart("xəbər", "xəb");
  expect_one_stem({"xəbər", "xəbərlər", "xəbəri"});
  expect_one_stem({"şəhər", "şəhərdə", "şəhərin"});
  expect_apart("yazar", "yaz");  // writer: yaz- is not listed for the aorist
  expect_apart("açar", "aç");    // key
}

}  // namespace
}  // namespace liaison

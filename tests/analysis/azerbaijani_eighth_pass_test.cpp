#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "core/analysis/azerbaijani_stemmer.h"
#include "tests/analysis/stem_checks.h"

// Issue 17, eighth pass (bench/stemming/README.md, tuned on az-grammar-dev, a list of grammar-book
// example sentences, checked on az-dialogue-dev, az-ntrex-dev and az-paradigms-dev): causatives of
// common verbs, the conditional written on after a copula or a present's person, the converb
// -(y)AlI, reduplicated converbs, two kept roots, su's possessive. Each table holds forms of one
// word, or words kept apart.
namespace liaison {
namespace {

void expect_one_stem(const std::vector<std::string_view>& forms) { testing::expect_one_stem(stem_azerbaijani, forms); }

void expect_apart(std::string_view a, std::string_view b) { testing::expect_apart(stem_azerbaijani, a, b); }

TEST(AzerbaijaniEighthPass, CausativesOfCommonVerbsMeetTheirVerb) {
  expect_one_stem({"yazdırdı", "yazdı", "yazır", "yazmaq"});
  expect_one_stem({"güldürdü", "güldürür", "güldü", "gülür"});
  expect_one_stem({"tikdirib", "tikdi", "tikildi"});
  expect_one_stem({"sevindirdi", "sevindi", "sevinir"});
  expect_one_stem({"yedirdi", "yedi", "yeyir"});
  expect_one_stem({"oxutdu", "oxudu", "oxuyur"});
  expect_one_stem({"ağlatdı", "ağladı", "ağlayır"});
}

TEST(AzerbaijaniEighthPass, CausativesWithASenseOfTheirOwnKeepIt) {
  expect_apart("bildirdi", "bildi");    // announced, knew
  expect_apart("qaldırdı", "qaldı");    // raised, stayed
  expect_apart("işlətdi", "işlədi");    // used, worked
  expect_apart("başlatdı", "başladı");  // launched, began
  expect_one_stem({"bildirsə", "bildirdi", "bildirir"});  // -sA after the causative is the verb's
  expect_one_stem({"kənarlaşdırsa", "kənarlaşdırdı"});
}

TEST(AzerbaijaniEighthPass, TheConditionalAfterACopulaOrAPresentsPersonGoes) {
  expect_one_stem({"evdədirsə", "evdədir", "evdə", "ev"});
  expect_one_stem({"doğrudursa", "doğrudur", "doğru"});
  expect_one_stem({"bilirsənsə", "bilirsən", "bilir"});
  expect_one_stem({"gedirəmsə", "gedirəm", "getdi"});
  expect_one_stem({"istəyirsinizsə", "istəyirsiniz", "istədi"});
  expect_one_stem({"konfrans", "konfransa"});  // an s-final noun's dative is no conditional
}

TEST(AzerbaijaniEighthPass, TheConverbSinceFollowsTheListedVerbs) {
  expect_one_stem({"gələli", "gəldi", "gəlir"});
  expect_one_stem({"görməyəli", "gördü", "görmədi"});
  expect_one_stem({"görərdin", "görərdim", "gördü"});
}

TEST(AzerbaijaniEighthPass, AReduplicatedConverbIsItsHalf) {
  expect_one_stem({"gülə-gülə", "gülərək", "güldü"});
  expect_one_stem({"qaça-qaça", "qaçdı", "qaçır"});
  expect_one_stem({"ağlaya-ağlaya", "ağlayaraq", "ağladı"});
  expect_apart("sülh-məramlı", "sülh");  // two different halves stay one word
}

TEST(AzerbaijaniEighthPass, KeptTeacherAndTiredTakeThePersons) {
  expect_one_stem({"müəllim", "müəlliməm", "müəllimik", "müəllimsiniz", "müəllimimiz", "müəllimə", "müəllimmiş"});
  expect_one_stem({"yorğun", "yorğunam", "yorğunsan", "yorğunsansa", "yorğunuq"});
  expect_apart("müəllim", "müəllif");
  expect_one_stem({"adam", "adamı", "adamlar"});  // -Am after another consonant is the root's
}

TEST(AzerbaijaniEighthPass, VerbsInInKeepTheirN) {
  expect_one_stem({"sevindi", "sevinir", "sevinərdim", "sevinmək"});
  expect_one_stem({"geyindim", "geyinin", "geyinir", "geyinərək"});
  expect_one_stem({"evləndi", "evlənib", "evlənir"});
  expect_one_stem({"bişirdim", "bişirdi", "bişirir", "bişirmək"});  // a listed verb is not cut into
}

TEST(AzerbaijaniEighthPass, WaterTakesItsPossessive) {
  expect_one_stem({"su", "suyu", "suyun", "suda", "suya"});
}

}  // namespace
}  // namespace liaison

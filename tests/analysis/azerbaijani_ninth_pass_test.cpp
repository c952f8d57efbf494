#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "core/analysis/azerbaijani_stemmer.h"
#include "tests/analysis/stem_checks.h"

// Issue 17, ninth pass (bench/stemming/README.md, tuned on az-colloquial-dev, a list of informal
// written Azerbaijani: chat, comments, transcribed and regional speech; checked on the other dev
// lists): spoken spellings of verb endings, vowels narrowed before y, the spoken ilə and dək, chat
// typed without ə, pronouns' spoken forms, the copula -dI and -sIz. Each table holds forms of one
// word, or words kept apart.
namespace liaison {
namespace {

void expect_one_stem(const std::vector<std::string_view>& forms) { testing::expect_one_stem(stem_azerbaijani, forms); }

void expect_apart(std::string_view a, std::string_view b) { testing::expect_apart(stem_azerbaijani, a, b); }

TEST(AzerbaijaniNinthPass, QAndKWrittenXEndVerbForms) {
  expect_one_stem({"olacax", "olacaq", "olur"});
  expect_one_stem({"getdix", "getdik", "gedirix", "gedirik"});
  expect_one_stem({"görüşəx", "görüşək", "görüşdük"});
  expect_one_stem({"almax", "almaq", "aldı"});
  expect_one_stem({"çağıracayıq", "çağıracıyıx", "çağırdı"});
  expect_one_stem({"qalacaydıx", "qalacaqdıq", "qaldı"});
}

TEST(AzerbaijaniNinthPass, ThePerfectSpokenWithP) {
  expect_one_stem({"alıp", "alıb", "alıplar", "aldı"});
  expect_one_stem({"yazıpsan", "yazıbsan", "yazıpsız", "yazdı"});
  expect_apart("prinsip", "prins");  // a noun in -ip keeps it
}

TEST(AzerbaijaniNinthPass, AVowelNarrowedBeforeYIsTheVerbs) {
  expect_one_stem({"istiyirəm", "istəyirəm", "istədi"});
  expect_one_stem({"gözliyir", "gözləyir", "gözlədi"});
  expect_one_stem({"oynuyur", "oynayır", "oynadı"});
  expect_one_stem({"diyirsən", "deyirsən", "dedi"});
  expect_one_stem({"gəlmiyən", "gəlməyən", "gəldi"});
  expect_one_stem({"olmuyacax", "olmayacaq", "oldu"});
  expect_one_stem({"rəhbərliyə", "rəhbərlik"});  // a noun in -lIK is no verb in -lA
  expect_one_stem({"təhlükəsizliyin", "təhlükəsizlik"});
}

TEST(AzerbaijaniNinthPass, TheSpokenIlaAndDakGo) {
  expect_one_stem({"dostumnan", "dostum", "dost"});
  expect_one_stem({"nənəynən", "nənə"});
  expect_one_stem({"imtahannan", "imtahandan", "imtahan"});
  expect_one_stem({"adamnan", "adam"});
  expect_one_stem({"metronan", "metro"});
  expect_one_stem({"axşamacan", "axşam"});
  expect_one_stem({"indiyəcən", "indi"});
}

TEST(AzerbaijaniNinthPass, PronounsAndPlacesInTheirSpokenForms) {
  expect_one_stem({"mənnən", "mənimçün", "mən"});
  expect_one_stem({"onnar", "onlar", "o"});
  expect_one_stem({"orda", "ordan", "ora"});
  expect_one_stem({"hardasan", "harda", "hara"});
  expect_one_stem({"nədi", "nədir", "nə"});
  expect_one_stem({"sora", "sonra"});
  expect_apart("sənədi", "sən");  // a document, not the dative of you with a copula
}

TEST(AzerbaijaniNinthPass, ChatTypedWithoutSchwa) {
  expect_one_stem({"gelirem", "gəlirəm", "gəldi"});
  expect_one_stem({"evdeyem", "evdəyəm", "ev"});
  expect_one_stem({"men", "mən"});
  expect_one_stem({"bele", "belə"});
  expect_one_stem({"problemi", "problemlər"});  // a loan's e read one way in all its forms
  expect_one_stem({"prezidenti", "prezidentə"});
  expect_apart("eden", "et");      // short words without ə are as often foreign names
  expect_apart("demir", "dəmir");  // does not say; iron
}

TEST(AzerbaijaniNinthPass, SpokenPersonsAndTenses) {
  expect_one_stem({"gedirsiz", "gedirsiniz", "getdi"});
  expect_one_stem({"baxmısız", "baxmısınız", "baxdı"});
  expect_one_stem({"gedillər", "gedirlər"});
  expect_one_stem({"baxarsız", "baxar"});
  expect_one_stem({"tapammırsan", "tapmırsan", "tapdı"});
  expect_one_stem({"gəlləm", "gələrəm", "gəldi"});
  expect_one_stem({"göndərrəm", "göndərərəm", "göndərdi"});
  expect_one_stem({"eliyim", "eləyim", "elədi"});
  expect_one_stem({"görməlidi", "görməlidir", "gördü"});
  expect_one_stem({"olsunnar", "olsunlar", "oldu"});
  expect_one_stem({"döyül", "deyil"});
  expect_apart("dəlillər", "dəl");  // -IllAr after listed verbs only: plurals of -il nouns
  expect_apart("mənzillər", "mənz");
  expect_apart("dəyərsiz", "dəyər");  // -ArsIz after listed verbs only: adjectives in -sIz
}

TEST(AzerbaijaniNinthPass, SpokenNouns) {
  expect_one_stem({"uşax", "uşaxlar", "uşaq", "uşağı"});
  expect_one_stem({"maşınnar", "maşınlar", "maşın"});
  expect_one_stem({"işdədi", "işdədir", "iş"});
  expect_one_stem({"dadlıdı", "dadlı"});
  expect_one_stem({"həkimdi", "həkim"});
  expect_one_stem({"yaxşıyıx", "yaxşıyıq", "yaxşı"});
  expect_one_stem({"sərhədi", "sərhəd"});  // a d-final noun's possessive is no copula
  expect_one_stem({"ümidi", "ümid"});
  expect_one_stem({"məclisin", "məclis"});  // an s-final noun's genitive is no imperative
  expect_one_stem({"biznesin", "biznes"});
}

}  // namespace
}  // namespace liaison

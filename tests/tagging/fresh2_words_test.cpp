// Words of the economy and of schooling read on the second fresh UN split (speeches of 1992, 1993,
// 2016, 2017 and 2022–2024, round 9 of issue 16): "on a reciprocal basis" is said of any agreement
// and "natural resources" of any country's wealth, so alone they tag no economy, while the
// plunder of the occupied land's resources, the destroyed economic infrastructure and a side's
// unilateral economic measures do; schools and hospitals shelled and women and children killed
// are victims of the war, not schooling; a school curriculum teaching hatred is; a movement's
// youth organisations are schooling only beside a word of the conflict; growth and prosperity the
// region gains once the occupation ends are its economy. Four languages, bundled domain.
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
  const char* reciprocal;      ///< both sides to settle questions on a reciprocal basis
  const char* coercion;        ///< one side's unilateral economic measures against the other
  const char* infrastructure;  ///< the occupied land's economic infrastructure destroyed
  const char* resources;       ///< a country rich in natural resources, its land occupied
  const char* plunder;         ///< the natural resources of the occupied land plundered
  const char* victims;         ///< schools and hospitals shelled, women and children killed
  const char* curricula;       ///< hatred of the other side taught in school curricula
  const char* youth;           ///< a movement's youth organisations meet with both sides' delegates
  const char* gains;           ///< growth and prosperity for the region once the occupation ends
};

const std::array<Sentences, 4> kSentences = {{
    {Language::English,
     "Armenia and Azerbaijan should settle the remaining questions of the conflict on a reciprocal basis.",
     "The unilateral economic measures of Azerbaijan against Armenia hamper the whole region.",
     "The economic infrastructure of the occupied region of Azerbaijan has been destroyed.",
     "Azerbaijan is rich in natural resources, and Armenia has occupied its lands.",
     "The plunder of natural resources in the occupied territories of Azerbaijan goes on.",
     "In the occupied territories of Azerbaijan, Armenia shelled schools and hospitals, and women and children were killed.",
     "Hatred of Azerbaijanis is taught in Armenia's school curricula to the young.",
     "The youth organisations of the movement met this year with delegates from Armenia and Azerbaijan.",
     "Once the occupied territories of Azerbaijan are freed, the region will see economic growth and prosperity."},
    {Language::Russian,
     "Армения и Азербайджан должны решить остальные вопросы конфликта на основе взаимности.",
     "Односторонние экономические меры Азербайджана против Армении мешают всему региону.",
     "На оккупированных территориях Азербайджана разрушена экономическая инфраструктура.",
     "Азербайджан богат природными ресурсами, а Армения оккупировала его земли.",
     "Разграбление природных ресурсов на оккупированных территориях Азербайджана продолжается.",
     "На оккупированных территориях Азербайджана Армения обстреляла школы и больницы, погибли женщины и дети.",
     "Ненависти к азербайджанцам учат молодёжь по учебникам в Армении.",
     "Молодёжные организации движения собрались в этом году с делегатами Армении и Азербайджана.",
     "Когда оккупированные территории Азербайджана будут освобождены, регион ждут экономический рост и процветание."},
    {Language::Armenian,
     "Հայաստանը և Ադրբեջանը պետք է լուծեն հակամարտության մնացած հարցերը փոխադարձության սկզբունքով։",
     "Ադրբեջանի միակողմանի տնտեսական միջոցները Հայաստանի դեմ խանգարում են ողջ տարածաշրջանին։",
     "Ադրբեջանի օկուպացված տարածքներում տնտեսական ենթակառուցվածքները ավերված են։",
     "Ադրբեջանը հարուստ է բնական ռեսուրսներով, իսկ Հայաստանը օկուպացրել է նրա հողերը։",
     "Ադրբեջանի օկուպացված տարածքներում բնական ռեսուրսների թալանը շարունակվում է։",
     "Ադրբեջանի օկուպացված տարածքներում Հայաստանը հրետակոծեց դպրոցներ և հիվանդանոցներ, զոհվեցին կանայք և երեխաներ։",
     "Ադրբեջանցիների հանդեպ ատելությունը Հայաստանում սովորեցնում են դասագրքերով։",
     "Շարժման երիտասարդական կազմակերպությունները հավաքվեցին այս տարի Հայաստանի և Ադրբեջանի պատվիրակների հետ։",
     "Երբ Ադրբեջանի օկուպացված տարածքներն ազատվեն, տարածաշրջանին սպասում են տնտեսական աճ և բարգավաճում։"},
    {Language::Azerbaijani,
     "Ermənistan və Azərbaycan münaqişənin qalan məsələlərini qarşılıqlılıq əsasında həll etməlidir.",
     "Azərbaycanın Ermənistana qarşı birtərəfli iqtisadi tədbirləri bütün regiona mane olur.",
     "Azərbaycanın işğal olunmuş rayonunun iqtisadi infrastrukturu dağıdılıb.",
     "Azərbaycan təbii sərvətlərlə zəngindir, Ermənistan isə onun torpaqlarını işğal edib.",
     "Azərbaycanın işğal olunmuş ərazilərində təbii sərvətlərin talanması davam edir.",
     "Azərbaycanın işğal olunmuş ərazilərində Ermənistan məktəblər və xəstəxanalar atəşə tutdu, qadınlar və uşaqlar həlak oldu.",
     "Ermənistanda gənclərə dərsliklər vasitəsilə azərbaycanlılara nifrət aşılanır.",
     "Hərəkatın gənclər təşkilatları bu il Ermənistan və Azərbaycan nümayəndələri ilə toplandı.",
     "Azərbaycanın işğal olunmuş əraziləri azad ediləndə regionu iqtisadi artım və rifah gözləyir."},
}};

void PrintTo(const Sentences& sentences, std::ostream* out) { *out << to_code(sentences.language); }

/// The evidence of the passage's tag of `area`, "; "-separated ("" when it has none).
std::string evidence_of(const std::string& text, Language language, const std::string& area) {
  const Passage passage = testing::tagged_passage(text, language);
  std::string out;
  for (const Tag& tag : passage.areas)
    if (tag.id == area)
      for (const std::string& item : tag.evidence) out += item + "; ";
  return out;
}

bool tagged(const std::string& text, Language language, const std::string& area) {
  return testing::has_tag(testing::tagged_passage(text, language).areas, area);
}

class Fresh2WordsTest : public ::testing::TestWithParam<Sentences> {};

TEST_P(Fresh2WordsTest, AReciprocalBasisAloneIsNoEconomy) {
  EXPECT_FALSE(tagged(GetParam().reciprocal, GetParam().language, "economy"));
}

TEST_P(Fresh2WordsTest, UnilateralEconomicMeasuresAreABlockade) {
  EXPECT_NE(evidence_of(GetParam().coercion, GetParam().language, "economy").find("economic-blockade"), std::string::npos);
}

TEST_P(Fresh2WordsTest, DestroyedEconomicInfrastructureIsWarDamage) {
  EXPECT_NE(evidence_of(GetParam().infrastructure, GetParam().language, "economy").find("war-damage"), std::string::npos);
}

TEST_P(Fresh2WordsTest, NaturalResourcesAloneAreNoEconomyTheirPlunderIs) {
  EXPECT_FALSE(tagged(GetParam().resources, GetParam().language, "economy"));
  EXPECT_NE(evidence_of(GetParam().plunder, GetParam().language, "economy").find("resource-exploitation"), std::string::npos);
}

TEST_P(Fresh2WordsTest, ShelledSchoolsAndKilledChildrenAreNoSchooling) {
  EXPECT_FALSE(tagged(GetParam().victims, GetParam().language, "education"));
  EXPECT_TRUE(tagged(GetParam().victims, GetParam().language, "diplomacy"));
}

TEST_P(Fresh2WordsTest, HatredInSchoolCurriculaIsEducation) {
  EXPECT_NE(evidence_of(GetParam().curricula, GetParam().language, "education").find("curriculum"), std::string::npos);
}

TEST_P(Fresh2WordsTest, YouthOrganisationsNeedTheConflictNear) {
  EXPECT_FALSE(tagged(GetParam().youth, GetParam().language, "education"));
}

TEST_P(Fresh2WordsTest, GrowthAndProsperityOncePeaceComesAreEconomy) {
  EXPECT_NE(evidence_of(GetParam().gains, GetParam().language, "economy").find("gains-of-peace"), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(FourLanguages, Fresh2WordsTest, ::testing::ValuesIn(kSentences),
                         [](const ::testing::TestParamInfo<Sentences>& param) {
                           return std::string(to_code(param.param.language));
                         });

}  // namespace
}  // namespace liaison

// Proposed pairs of versions (core/tagging/version_pairs.h): same date, shared numbers and
// names, not yet linked; never a link.
#include "core/tagging/version_pairs.h"

#include <gtest/gtest.h>

#include "core/analysis/analyzer.h"
#include "core/ingest/loader.h"
#include "core/tagging/phrase_matcher.h"
#include "tests/tagging/domain_fixture.h"

namespace liaison {
namespace {

Document doc(const std::string& front, const std::string& body, const std::string& path) {
  return parse_document("---\n" + front + "---\n" + body, path);
}

class VersionPairs : public ::testing::Test {
 protected:
  std::vector<PairProposal> propose(const std::vector<Document>& documents) const {
    return propose_version_pairs(documents, &names_, analyzer_);
  }
  Analyzer analyzer_;
  Domain domain_ = testing::test_domain();
  PhraseMatcher names_{domain_, analyzer_, {.concepts = false, .measures = false, .names = true, .surnames = true}};
};

const char* const kEnglish = "Nikol Pashinyan spoke of Karabakh: 1960 soldiers, 90 carriers and 380 vehicles.\n";
const char* const kRussian = "Никол Пашинян говорил о Карабахе: 1960 военнослужащих, 90 бронетранспортёров и 380 единиц.\n";

TEST_F(VersionPairs, SameDateNumbersAndNamesAreProposed) {
  const auto proposals = propose({doc("id: ru-a\nlang: ru\ndate: 2020-11-10\n", kRussian, "ru/a.md"),
                                  doc("id: en-a\nlang: en\ndate: 2020-11-10\n", kEnglish, "en/a.md")});
  ASSERT_EQ(proposals.size(), 1u);
  EXPECT_EQ(proposals[0].first, "en-a");  // en before ru
  EXPECT_EQ(proposals[0].second, "ru-a");
  EXPECT_DOUBLE_EQ(proposals[0].numbers, 1.0);
  EXPECT_DOUBLE_EQ(proposals[0].names, 1.0);
  EXPECT_GE(proposals[0].likeness, kMinPairLikeness);
}

TEST_F(VersionPairs, LinkedSameLanguageOtherDateOrUnlikeDocumentsAreNot) {
  const Document en = doc("id: en-a\nlang: en\ndate: 2020-11-10\ntranslations: s\n", kEnglish, "en/a.md");
  EXPECT_TRUE(propose({en, doc("id: ru-a\nlang: ru\ndate: 2020-11-10\ntranslations: s\n", kRussian, "ru/a.md")}).empty());
  EXPECT_TRUE(propose({en, doc("id: ru-b\nlang: ru\ndate: 2020-11-10\ntranslation_of: en-a\n", kRussian, "ru/b.md")}).empty());
  EXPECT_TRUE(propose({en, doc("id: ru-c\nlang: ru\ndate: 2020-11-11\n", kRussian, "ru/c.md")}).empty());
  EXPECT_TRUE(propose({en, doc("id: en-d\nlang: en\ndate: 2020-11-10\n", kEnglish, "en/d.md")}).empty());
  EXPECT_TRUE(propose({en, doc("id: ru-e\nlang: ru\ndate: 2020-11-10\n", "Совсем другой текст 2024 года.\n", "ru/e.md")}).empty());
}

TEST_F(VersionPairs, TheSameUrlIsEnoughOnTheSameDate) {
  const auto proposals =
      propose({doc("id: en-a\nlang: en\ndate: 2021-01\nurl: https://example.org/x\n", "A text.\n", "en/a.md"),
               doc("id: hy-a\nlang: hy\ndate: 2021-01\nurl: https://example.org/x\n", "Տեքստ։\n", "hy/a.md")});
  ASSERT_EQ(proposals.size(), 1u);
  EXPECT_TRUE(proposals[0].same_url);
}

}  // namespace
}  // namespace liaison

// The status a passage shows of a measure, read with the bundled cue phrases
// (corpus/domain/statuses.json) in the four languages.
#include "core/tagging/measure_status.h"

#include <gtest/gtest.h>

#include "core/analysis/analyzer.h"
#include "core/error.h"
#include "tests/support/temp_dir.h"

namespace liaison {
namespace {

class MeasureStatusTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    analyzer_ = new Analyzer;
    cues_ = load_status_cues(testing::source_dir() / "corpus" / "domain", *analyzer_);
  }
  static void TearDownTestSuite() {
    cues_.reset();
    delete analyzer_;
  }

  static StatusReading read(const std::string& text, Language language, std::vector<std::string> evidence = {}) {
    return cues_->read(text, language, evidence);
  }

  static Analyzer* analyzer_;
  static std::shared_ptr<const StatusCues> cues_;
};

Analyzer* MeasureStatusTest::analyzer_ = nullptr;
std::shared_ptr<const StatusCues> MeasureStatusTest::cues_;

TEST_F(MeasureStatusTest, TheBundledDomainHasCues) { ASSERT_NE(cues_, nullptr); }

TEST_F(MeasureStatusTest, AnAgreementIsReadInEveryLanguage) {
  const StatusReading en = read("In Prague the two leaders agreed to set up a hotline.", Language::English);
  EXPECT_EQ(en.status, MeasureStatus::Agreed);
  EXPECT_EQ(en.cue, "agreed");
  EXPECT_EQ(read("Министры договорились о прямой линии связи.", Language::Russian).status, MeasureStatus::Agreed);
  EXPECT_EQ(read("Nazirlər birbaşa əlaqə xətti barədə razılaşdılar.", Language::Azerbaijani).status, MeasureStatus::Agreed);
  EXPECT_EQ(read("Protokol dekabrda imzalandı.", Language::Azerbaijani).cue, "imzalandı");
  EXPECT_EQ(read("Կողմերը համաձայնեցին ստեղծել ուղիղ կապի գիծ։", Language::Armenian).status, MeasureStatus::Agreed);
}

TEST_F(MeasureStatusTest, ImplementationOutranksAgreementAndProposal) {
  const StatusReading reading =
      read("The group proposed the exchange, the sides agreed to it in May and the detainees were released in June.",
           Language::English);
  EXPECT_EQ(reading.status, MeasureStatus::Implemented);
  EXPECT_EQ(reading.cue, "released");
  EXPECT_EQ(read("Пленные освобождены в декабре.", Language::Russian).status, MeasureStatus::Implemented);
  EXPECT_EQ(read("Xəritələr təhvil verildi.", Language::Azerbaijani).status, MeasureStatus::Implemented);
}

TEST_F(MeasureStatusTest, NegatedOrFutureCuesDoNotCount) {
  EXPECT_EQ(read("The maps have not been handed over.", Language::English).status, MeasureStatus::Discussed);
  EXPECT_EQ(read("The hotline will be launched next year.", Language::English).status, MeasureStatus::Discussed);
  EXPECT_EQ(read("Стороны не подписали протокол о линии связи.", Language::Russian).status, MeasureStatus::Discussed);
  // "to be built" reports no building: the proposal is what the sentence shows.
  EXPECT_EQ(read("The report proposed a youth centre, to be built in Tbilisi.", Language::English).status,
            MeasureStatus::Proposed);
}

TEST_F(MeasureStatusTest, OnlyTheSentencesOfTheMeasureAreRead) {
  const std::string text = "The Liaison Group proposed a hotline between the ministers. Separately, prisoners were released.";
  EXPECT_EQ(read(text, Language::English, {"hotline"}).status, MeasureStatus::Proposed);
  EXPECT_EQ(read(text, Language::English, {"captives (prisoners)"}).status, MeasureStatus::Implemented);
  // Evidence the text does not hold (a translation, a front-matter tag): the whole passage.
  EXPECT_EQ(read(text, Language::English, {"горячая линия"}).status, MeasureStatus::Implemented);
}

TEST_F(MeasureStatusTest, APassageWithoutCueOnlyDiscussesTheMeasure) {
  const StatusReading reading = read("Mines remain the main danger for farmers near the border.", Language::English);
  EXPECT_EQ(reading.status, MeasureStatus::Discussed);
  EXPECT_EQ(reading.cue, "");
  EXPECT_EQ(read("The talks discussed demining.", Language::English).cue, "discussed");
  EXPECT_EQ(status_name(MeasureStatus::Implemented), "implemented");
}

TEST_F(MeasureStatusTest, AFolderWithoutCuesHasNone) {
  const testing::TempDir dir;
  EXPECT_EQ(load_status_cues(dir.path(), *analyzer_), nullptr);
}

TEST_F(MeasureStatusTest, AMalformedFileIsRefusedWithItsName) {
  try {
    StatusCues(R"({"statuses": [{"id": "finished", "cues": {"en": ["done"]}}]})", *analyzer_, "domain/");
    FAIL() << "an unknown status was accepted";
  } catch (const ConfigError& error) {
    EXPECT_NE(std::string(error.what()).find("domain/statuses.json: unknown status 'finished'"), std::string::npos)
        << error.what();
  }
  EXPECT_THROW(StatusCues(R"({"statuses": [{"id": "agreed", "cues": {"xx": ["ok"]}}]})", *analyzer_, ""), ConfigError);
  EXPECT_THROW(StatusCues("[]", *analyzer_, ""), ConfigError);
}

}  // namespace
}  // namespace liaison

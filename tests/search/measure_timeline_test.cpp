// A measure's statuses over time (read_statuses) with the bundled cue phrases: per year the
// strongest status of the dated mentions, with the passage that shows it.
#include "core/search/measure_timeline.h"

#include <gtest/gtest.h>

#include "core/analysis/analyzer.h"
#include "tests/support/temp_dir.h"

namespace liaison::search {
namespace {

MeasureMention mention(const std::string& id, const std::string& date, std::vector<MeasurePassage> passages) {
  return MeasureMention{.id = id, .title = id, .date = date, .kind = "article", .source = "", .path = id + ".md",
                        .manual = false, .score = 0.6, .passages = std::move(passages)};
}

MeasurePassage passage(std::uint32_t n, const std::string& lang, const std::string& text) {
  return MeasurePassage{.n = n, .lang = lang, .text = text, .score = 0.6, .evidence = {}, .status = {}, .cue = {}};
}

class MeasureTimelineTest : public ::testing::Test {
 protected:
  void SetUp() override {
    cues_ = load_status_cues(testing::source_dir() / "corpus" / "domain", analyzer_);
    ASSERT_NE(cues_, nullptr);
  }
  Analyzer analyzer_;
  std::shared_ptr<const StatusCues> cues_;
};

TEST_F(MeasureTimelineTest, EachYearShowsItsStrongestStatusWithThePassage) {
  MeasureTrack track;
  track.measure = "B06";
  track.mentions = {
      mention("a-2022", "2022-01-10", {passage(2, "en", "The report proposed a hotline between the ministers.")}),
      mention("b-2022", "2022-06-01", {passage(4, "ru", "Министры обороны договорились о горячей линии."),
                                       passage(5, "ru", "Линия нужна, чтобы избежать инцидентов.")}),
      mention("c-2023", "2023-03-02", {passage(1, "en", "Nobody knows whether the hotline works.")}),
      mention("undated", "", {passage(1, "en", "The hotline was launched.")}),
  };
  track.antecedents = {mention("old", "2019-05-05", {passage(3, "hy", "Կողմերը համաձայնեցին ստեղծել կապի գիծ։")})};
  read_statuses(track, *cues_);

  ASSERT_EQ(track.statuses.size(), 2u);  // undated mentions and antecedents give no year
  EXPECT_EQ(track.statuses[0].year, "2022");
  EXPECT_EQ(track.statuses[0].status, "agreed");
  EXPECT_EQ(track.statuses[0].doc, "b-2022");
  EXPECT_EQ(track.statuses[0].n, 4u);
  EXPECT_EQ(track.statuses[0].cue, "договорились");
  EXPECT_EQ(track.statuses[1].year, "2023");
  EXPECT_EQ(track.statuses[1].status, "discussed");
  EXPECT_EQ(track.statuses[1].cue, "");

  EXPECT_EQ(track.mentions[0].passages[0].status, "proposed");
  EXPECT_EQ(track.mentions[1].passages[1].status, "discussed");
  EXPECT_EQ(track.mentions[3].passages[0].status, "implemented");
  EXPECT_EQ(track.antecedents[0].passages[0].status, "agreed");  // read, but not the measure's year yet
}

TEST_F(MeasureTimelineTest, AMentionWithoutPassagesAddsNoStatus) {
  MeasureTrack track;
  track.mentions = {mention("manual", "2024-02-02", {})};
  read_statuses(track, *cues_);
  EXPECT_TRUE(track.statuses.empty());
}

}  // namespace
}  // namespace liaison::search

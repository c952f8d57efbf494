// The measure tracker and per-tag document counts, on an index tagged by the CBM tagger.
#include <gtest/gtest.h>

#include "core/tagging/cbm_tagger.h"
#include "tests/search/search_fixture.h"
#include "tests/tagging/domain_fixture.h"

namespace liaison::testing {
namespace {

std::vector<CorpusDoc> monitoring_corpus() {
  return {
      {.id = "jmg-2022", .title = "Recommendations", .lang = "en", .date = "2022-04-01",
       .body = "Trade resumed.\n\nA Joint Monitoring Group should watch the ceasefire."},
      {.id = "jmg-2023", .title = "Мониторинг", .lang = "ru", .date = "2023-05-10",
       .body = "Эксперты обсудили идею Совместной группы мониторинга."},
      {.id = "jmg-2021", .title = "Monitorinq", .lang = "az", .date = "2021-01-15",
       .body = "Birgə Monitorinq Qrupunun yaradılması təklif olunur."},
      {.id = "manual-2024", .title = "Note", .lang = "en", .date = "2024-02-01", .measures = "M03",
       .body = "A short note without the name of the measure."},
      {.id = "override-2020", .title = "Fund", .lang = "en", .date = "2020-01-01", .measures = "M12",
       .body = "The Joint Monitoring Group was mentioned in passing."},
      {.id = "undated", .title = "Undated", .lang = "en", .date = "",
       .body = "The Joint Monitoring Group met again."},
      {.id = "other", .title = "Other", .lang = "en", .date = "2022-01-01", .body = "The weather was fine."},
  };
}

class MeasureTracker : public ::testing::Test {
 protected:
  Analyzer tagger_analyzer_;
  CbmTagger tagger_{test_domain(), tagger_analyzer_};
  SearchIndex index_{monitoring_corpus(), {.tagger = &tagger_, .lexicon = nullptr}};
};

std::vector<std::string> mention_ids(const MeasureTrack& track) {
  std::vector<std::string> out;
  for (const MeasureMention& mention : track.mentions) out.push_back(mention.id);
  return out;
}

TEST_F(MeasureTracker, ListsEveryReferenceByDateWithFirstAndLatest) {
  const MeasureTrack track = index_.searcher().track_measure("M03");
  EXPECT_EQ(track.measure, "M03");
  // override-2020 is there: its front matter lists other measures, but its text names this one.
  EXPECT_EQ(mention_ids(track), (std::vector<std::string>{"override-2020", "jmg-2021", "jmg-2022", "jmg-2023",
                                                          "manual-2024", "undated"}));
  EXPECT_EQ(track.documents, 6u);
  EXPECT_EQ(track.passages, 5u);  // manual-2024 has no passage that names it
  EXPECT_TRUE(track.antecedents.empty());
  ASSERT_TRUE(track.first.has_value());
  ASSERT_TRUE(track.latest.has_value());
  EXPECT_EQ(track.first->id, "override-2020");
  EXPECT_EQ(track.first->date, "2020-01-01");
  EXPECT_EQ(track.latest->id, "manual-2024");
}

TEST_F(MeasureTracker, MentionsCarryPassagesAndEvidence) {
  const MeasureTrack track = index_.searcher().track_measure("M03");
  ASSERT_EQ(track.mentions.size(), 6u);
  const MeasureMention& english = track.mentions[2];
  ASSERT_EQ(english.id, "jmg-2022");
  EXPECT_EQ(english.title, "Recommendations");
  EXPECT_FALSE(english.manual);
  ASSERT_EQ(english.passages.size(), 1u);
  EXPECT_EQ(english.passages[0].n, 2u);
  EXPECT_EQ(english.passages[0].lang, "en");
  EXPECT_EQ(english.passages[0].evidence, (std::vector<std::string>{"Joint Monitoring Group"}));
  const MeasureMention& russian = track.mentions[3];
  ASSERT_EQ(russian.passages.size(), 1u);
  EXPECT_EQ(russian.passages[0].evidence, (std::vector<std::string>{"Совместной группы мониторинга"}));
  const MeasureMention& manual = track.mentions[4];
  EXPECT_TRUE(manual.manual);
  EXPECT_TRUE(manual.passages.empty());
}

TEST_F(MeasureTracker, MentionsBeforeTheMeasureWasProposedAreAntecedents) {
  const MeasureTrack track = index_.searcher().track_measure("M03", "2022-04");
  EXPECT_EQ(track.proposed, "2022-04");
  std::vector<std::string> antecedents;
  for (const MeasureMention& mention : track.antecedents) antecedents.push_back(mention.id);
  EXPECT_EQ(antecedents, (std::vector<std::string>{"override-2020", "jmg-2021"}));
  // 2022-04-01 is not before April 2022: dates compare at the precision both have.
  EXPECT_EQ(mention_ids(track), (std::vector<std::string>{"jmg-2022", "jmg-2023", "manual-2024", "undated"}));
  EXPECT_EQ(track.documents, 4u);
  ASSERT_TRUE(track.first.has_value());
  EXPECT_EQ(track.first->id, "jmg-2022");
}

TEST_F(MeasureTracker, UnknownMeasureGivesAnEmptyTrack) {
  const MeasureTrack track = index_.searcher().track_measure("M99");
  EXPECT_EQ(track.documents, 0u);
  EXPECT_TRUE(track.mentions.empty());
  EXPECT_FALSE(track.first.has_value());
  EXPECT_FALSE(track.latest.has_value());
}

TEST_F(MeasureTracker, CountsDocumentsPerTag) {
  const TagCounts counts = index_.searcher().tag_counts();
  EXPECT_EQ(counts.measures, (std::map<std::string, std::uint64_t>{{"M03", 6}, {"M12", 1}}));
  // jmg-2022 has two passages and counts once; manual-2024 and other have no area.
  EXPECT_EQ(counts.areas.at("diplomacy"), 5u);
  EXPECT_EQ(counts.areas.at("economy"), 1u);
  EXPECT_EQ(counts.areas.count("education"), 0u);
}

TEST_F(MeasureTracker, MeasureFilterFindsTheSameDocuments) {
  SearchRequest request;
  request.measures = {"M03"};
  request.size = 20;
  EXPECT_EQ(sorted(index_.ids(index_.search(request))),
            (std::vector<std::string>{"jmg-2021", "jmg-2022", "jmg-2023", "manual-2024", "override-2020", "undated"}));
}

}  // namespace
}  // namespace liaison::testing

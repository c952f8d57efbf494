// The measure tracker on the bundled corpus tagged with the bundled domain, through the real
// server: a measure's first mention is never dated before the measure was proposed (issue 16:
// the 10 November 2020 statement's "peacekeeping centre" was M03's "first mention"), and
// /api/measures says when and where each measure was proposed.
#include <algorithm>

#include <gtest/gtest.h>

#include "tests/server/server_fixture.h"

namespace liaison::http {
namespace {

using namespace testing_support;

class BundledMeasures : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { server_ = new BundledCorpusServer; }
  static void TearDownTestSuite() { delete server_; }

  static JsonResponse get(const std::string& path) {
    httplib::Client client("127.0.0.1", server_->port());
    return get_json(client, path);
  }

  static BundledCorpusServer* server_;
};

BundledCorpusServer* BundledMeasures::server_ = nullptr;

TEST_F(BundledMeasures, EveryMeasureSaysWhenAndWhereItWasProposed) {
  const JsonResponse measures = get("/api/measures");
  ASSERT_EQ(measures.status, 200);
  ASSERT_GE(measures.body.size(), 35u);
  for (const auto& measure : measures.body) {
    const std::string id = measure["id"];
    ASSERT_TRUE(measure.contains("proposed")) << id;
    EXPECT_EQ(measure["proposed"], id[0] == 'M' ? "2022-04" : "2021-12-14") << id;
    EXPECT_TRUE(measure["origin_names"].contains("hy")) << id;
  }
}

TEST_F(BundledMeasures, NoFirstMentionIsDatedBeforeTheMeasureWasProposed) {
  for (const std::string id : {"M02", "M03", "B01", "B04", "B05"}) {
    const JsonResponse track = get("/api/measures/" + id);
    ASSERT_EQ(track.status, 200) << id;
    const std::string proposed = track.body["proposed"];
    if (!track.body["first"].is_null()) {
      EXPECT_GE(track.body["first"]["date"].get<std::string>().substr(0, proposed.size()), proposed) << id;
    }
    for (const auto& mention : track.body["mentions"]) {
      const std::string date = mention["date"];
      if (!date.empty()) {
        EXPECT_GE(date.substr(0, proposed.size()), proposed) << id << ": " << mention["id"];
      }
    }
    for (const auto& antecedent : track.body["antecedents"]) {
      EXPECT_LT(antecedent["date"].get<std::string>().substr(0, proposed.size()), proposed) << id;
    }
  }
}

TEST_F(BundledMeasures, TheBrusselsMeasuresHaveMentionsFromTheMeetingOn) {
  const JsonResponse track = get("/api/measures/B05");
  ASSERT_EQ(track.status, 200);
  ASSERT_FALSE(track.body["first"].is_null());
  EXPECT_GE(track.body["documents"].get<int>(), 5);
  EXPECT_GE(track.body["first"]["date"].get<std::string>(), "2021-12-14");
}

/// The ids of the documents a measure's track mentions (antecedents apart).
std::vector<std::string> mentioned(const nlohmann::json& track) {
  std::vector<std::string> ids;
  for (const auto& mention : track["mentions"]) ids.push_back(mention["id"]);
  return ids;
}

// Issue 16: «Знай соседей» is the alias «Знай своих соседей» shortened.
TEST_F(BundledMeasures, KnowTheNeighboursIsFoundInItsShortRussianForm) {
  const JsonResponse track = get("/api/measures/M07");
  ASSERT_EQ(track.status, 200);
  const std::vector<std::string> ids = mentioned(track.body);
  EXPECT_NE(std::find(ids.begin(), ids.end(), "ru-znay-sosedey-2023-09"), ids.end()) << track.body.dump();
}

/// proposed < discussed < agreed < implemented, as the tracker ranks a year's statuses.
int status_rank(const std::string& status) {
  const std::vector<std::string> order{"proposed", "discussed", "agreed", "implemented"};
  const auto it = std::find(order.begin(), order.end(), status);
  return it == order.end() ? -1 : static_cast<int>(it - order.begin());
}

// Issue 16: per year, the strongest status the documents support, each with its passage.
TEST_F(BundledMeasures, EachYearHasTheStrongestStatusOfItsPassages) {
  for (const std::string id : {"B01", "B04", "B05", "M07"}) {
    const JsonResponse track = get("/api/measures/" + id);
    ASSERT_EQ(track.status, 200) << id;
    const nlohmann::json& statuses = track.body["statuses"];
    ASSERT_FALSE(statuses.empty()) << id;
    std::string previous;
    for (const auto& year : statuses) {
      const std::string y = year["year"], status = year["status"];
      EXPECT_GT(y, previous) << id;
      previous = y;
      ASSERT_GE(status_rank(status), 0) << id << " " << status;
      bool shown = false;
      for (const auto& mention : track.body["mentions"]) {
        if (mention["date"].get<std::string>().substr(0, 4) != y) continue;
        for (const auto& passage : mention["passages"]) {
          ASSERT_TRUE(passage.contains("status")) << id << " " << mention["id"];
          EXPECT_LE(status_rank(passage["status"]), status_rank(status)) << id << " " << y;
          shown = shown || (mention["id"] == year["doc"] && passage["n"] == year["n"] && passage["status"] == status &&
                            passage["cue"] == year["cue"]);
        }
      }
      EXPECT_TRUE(shown) << id << " " << y << ": " << year.dump();
      if (!year["cue"].get<std::string>().empty()) {
        EXPECT_NE(year["text"].get<std::string>().find(year["cue"].get<std::string>()), std::string::npos) << id << " " << y;
      }
    }
  }
}

TEST_F(BundledMeasures, PrisonerReleasesAreReadAsImplemented) {
  const JsonResponse track = get("/api/measures/B04");
  ASSERT_EQ(track.status, 200);
  const auto& statuses = track.body["statuses"];
  EXPECT_TRUE(std::any_of(statuses.begin(), statuses.end(),
                          [](const nlohmann::json& year) { return year["status"] == "implemented"; }))
      << statuses.dump();
}

TEST_F(BundledMeasures, SearchCountsDocumentsPerMeasure) {
  const JsonResponse result = get("/api/search?q=demining&xlang=1");
  ASSERT_EQ(result.status, 200);
  ASSERT_TRUE(result.body["facets"]["measure"].contains("B05")) << result.body["facets"].dump();
  const int with_b05 = result.body["facets"]["measure"]["B05"];
  // Facets count documents; grouped, the total counts texts (versions of one text are one hit),
  // so the documents are counted with the versions apart.
  const JsonResponse filtered = get("/api/search?q=demining&xlang=1&measure=B05&group=0");
  ASSERT_EQ(filtered.status, 200);
  EXPECT_EQ(filtered.body["total"].get<int>(), with_b05);
}

}  // namespace
}  // namespace liaison::http

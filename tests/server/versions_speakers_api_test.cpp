// Linked translations and speakers (issue #18) through the API, on the bundled corpus: grouped
// hits with their versions, a document's versions aligned passage by passage, speaker: and the
// speaker facet across scripts, and who said what, when.
#include <gtest/gtest.h>

#include <set>

#include "tests/server/server_fixture.h"

namespace liaison::http {
namespace {

using namespace testing_support;

class BundledVersionsAndSpeakers : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { server_ = new BundledCorpusServer; }
  static void TearDownTestSuite() { delete server_; }

  static JsonResponse get(const std::string& path, const httplib::Params& params = {}) {
    httplib::Client client("127.0.0.1", server_->port());
    client.set_read_timeout(std::chrono::seconds(60));
    return get_json(client, path, params);
  }

  static BundledCorpusServer* server_;
};

BundledCorpusServer* BundledVersionsAndSpeakers::server_ = nullptr;

const std::string kTrilateralSet = "trilateral-statement-2020-11";

std::vector<nlohmann::json> hits_of_set(const nlohmann::json& body, const std::string& set) {
  std::vector<nlohmann::json> hits;
  for (const auto& hit : body["hits"])
    if (hit["version_set"] == set) hits.push_back(hit);
  return hits;
}

TEST_F(BundledVersionsAndSpeakers, VersionsOfOneTextAreOneHitWithTheirLanguagesUnlessAskedApart) {
  const JsonResponse grouped = get("/api/search", {{"q", "peacekeepers"}, {"size", "50"}, {"xlang", "1"}});
  ASSERT_EQ(grouped.status, 200);
  EXPECT_EQ(grouped.body["grouped"], true);
  const auto together = hits_of_set(grouped.body, kTrilateralSet);
  ASSERT_EQ(together.size(), 1u) << grouped.raw.substr(0, 400);
  std::set<std::string> languages{together[0]["lang"].get<std::string>()};
  for (const auto& version : together[0]["versions"]) languages.insert(version["lang"].get<std::string>());
  EXPECT_EQ(languages, (std::set<std::string>{"en", "hy", "az", "ru"}));

  const JsonResponse apart = get("/api/search", {{"q", "peacekeepers"}, {"size", "50"}, {"xlang", "1"}, {"group", "0"}});
  ASSERT_EQ(apart.status, 200);
  EXPECT_EQ(apart.body["grouped"], false);
  EXPECT_EQ(hits_of_set(apart.body, kTrilateralSet).size(), 4u);
  EXPECT_GT(apart.body["total"].get<int>(), grouped.body["total"].get<int>());
  for (const auto& hit : apart.body["hits"]) EXPECT_TRUE(hit["versions"].empty());
}

TEST_F(BundledVersionsAndSpeakers, AGroupIsShownInTheQuerysLanguage) {
  // The same entry typed in two scripts: each time the version written in it represents the set.
  for (const auto& [query, lang] : std::vector<std::pair<std::string, std::string>>{
           {"миротворцы", "ru"}, {"խաղաղապահներ", "hy"}, {"peacekeepers", "en"}}) {
    const JsonResponse result = get("/api/search", {{"q", query}, {"size", "50"}, {"xlang", "1"}});
    ASSERT_EQ(result.status, 200) << query;
    const auto hits = hits_of_set(result.body, kTrilateralSet);
    ASSERT_EQ(hits.size(), 1u) << query;
    EXPECT_EQ(hits[0]["lang"], lang) << query;
  }
}

TEST_F(BundledVersionsAndSpeakers, ADocumentListsItsVersionsAlignedPassageByPassage) {
  const JsonResponse en = get("/api/documents/en-ceasefire-statement-2020-11");
  ASSERT_EQ(en.status, 200);
  EXPECT_EQ(en.body["version_set"], kTrilateralSet);
  ASSERT_EQ(en.body["versions"].size(), 4u);
  std::vector<std::string> languages;
  for (const auto& version : en.body["versions"]) {
    languages.push_back(version["lang"]);
    EXPECT_EQ(version["passages"], en.body["passages"].size()) << version["id"];
    const JsonResponse other = get("/api/documents/" + version["id"].get<std::string>());
    ASSERT_EQ(other.status, 200);
    EXPECT_EQ(other.body["versions"], en.body["versions"]) << "every version lists the same set";
  }
  EXPECT_EQ(languages, (std::vector<std::string>{"en", "hy", "az", "ru"}));
  const JsonResponse unlinked = get("/api/documents/en-demining-roundtable-2024-06");
  ASSERT_EQ(unlinked.status, 200);
  EXPECT_TRUE(unlinked.body["versions"].empty());
  EXPECT_EQ(unlinked.body["version_set"], "");
}

TEST_F(BundledVersionsAndSpeakers, TranscriptTurnsAreSpeakersOfTheirPassages) {
  const JsonResponse doc = get("/api/documents/en-demining-roundtable-2024-06");
  ASSERT_EQ(doc.status, 200);
  const auto& passages = doc.body["passages"];
  ASSERT_GE(passages.size(), 3u);
  EXPECT_EQ(passages[0]["speakers"][0]["id"], "moderator");
  EXPECT_EQ(passages[0]["speakers"][0]["name"], "Moderator");
  EXPECT_EQ(passages[2]["speakers"][0]["id"], "speaker from baku");
  const JsonResponse moderator = get("/api/search", {{"q", "speaker:moderator"}, {"mode", "passages"}, {"size", "50"}});
  ASSERT_EQ(moderator.status, 200);
  ASSERT_GE(moderator.body["total"].get<int>(), 3);
  for (const auto& hit : moderator.body["hits"]) {
    EXPECT_EQ(hit["id"], "en-demining-roundtable-2024-06");
    EXPECT_EQ(hit["speakers"][0]["id"], "moderator");
  }
}

TEST_F(BundledVersionsAndSpeakers, ASpeakerIsFoundByEverySpellingAndCountedInTheFacet) {
  std::set<std::string> found;
  int total = -1;
  for (const std::string spelling : {"Pashinyan", "Пашинян", "Փաշինյան", "Paşinyan", "pasinyan"}) {
    const JsonResponse result = get("/api/search", {{"q", "speaker:" + spelling}, {"mode", "passages"}, {"size", "100"}});
    ASSERT_EQ(result.status, 200) << spelling;
    if (total < 0) total = result.body["total"].get<int>();
    EXPECT_EQ(result.body["total"], total) << spelling;
    for (const auto& hit : result.body["hits"]) {
      found.insert(hit["lang"].get<std::string>());
      bool speaks = false;
      for (const auto& speaker : hit["speakers"]) speaks = speaks || speaker["id"] == "nikol-pashinyan";
      EXPECT_TRUE(speaks) << spelling << " " << hit["id"];
    }
  }
  EXPECT_GE(total, 3);
  EXPECT_GE(found.size(), 3u) << "his words in several languages";
  const JsonResponse facet = get("/api/search", {{"q", "prisoners of war"}});
  ASSERT_EQ(facet.status, 200);
  EXPECT_GE(facet.body["facets"]["speaker"].value("nikol-pashinyan", 0), 1);
  EXPECT_FALSE(facet.body["speaker_names"].value("nikol-pashinyan", "").empty());
  // The facet counts documents: so does the filtered search with the versions apart.
  const JsonResponse filtered =
      get("/api/search", {{"q", "prisoners of war"}, {"speaker", "nikol-pashinyan"}, {"group", "0"}});
  ASSERT_EQ(filtered.status, 200);
  EXPECT_EQ(filtered.body["total"], facet.body["facets"]["speaker"]["nikol-pashinyan"]);
  EXPECT_GE(filtered.body["total"].get<int>(), 1);
}

TEST_F(BundledVersionsAndSpeakers, WhoSaidWhatListsEachSpeakersStatementsOldestFirst) {
  const JsonResponse who = get("/api/said", {{"q", "demining"}});
  ASSERT_EQ(who.status, 200);
  ASSERT_FALSE(who.body["speakers"].empty());
  std::set<std::string> ids;
  std::size_t previous = SIZE_MAX;
  for (const auto& speaker : who.body["speakers"]) {
    ids.insert(speaker["id"].get<std::string>());
    const auto& statements = speaker["statements"];
    ASSERT_FALSE(statements.empty());
    EXPECT_LE(statements.size(), previous) << "most statements first";
    previous = statements.size();
    for (std::size_t i = 1; i < statements.size(); ++i) {
      const std::string before = statements[i - 1]["date"], after = statements[i]["date"];
      if (!after.empty()) {
        EXPECT_LE(before, after) << speaker["id"];
      }
    }
    for (const auto& statement : statements) {
      EXPECT_GE(statement["passage"].get<int>(), 1);
      EXPECT_NE(statement["snippet"].get<std::string>().find("<mark>"), std::string::npos) << statement["id"];
    }
  }
  EXPECT_TRUE(ids.count("speaker from baku")) << who.raw.substr(0, 300);
  const JsonResponse none = get("/api/said", {{"q", "zzzznotaword"}});
  ASSERT_EQ(none.status, 200);
  EXPECT_TRUE(none.body["speakers"].empty());
}

}  // namespace
}  // namespace liaison::http

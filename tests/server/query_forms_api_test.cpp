// Issue 17, the query forms after the operators: quoted phrases and their translations, spelling
// suggestions in the query's own language, compounds written three ways and highlights, through
// a real server: over an English-only corpus written here (as the UN speeches are English only)
// and over the bundled corpus.
#include <set>
#include <string>

#include <gtest/gtest.h>

#include "tests/server/server_fixture.h"

namespace liaison::http {
namespace {

using namespace testing_support;

std::vector<CorpusFile> english_only_corpus() {
  const auto doc = [](const std::string& id, const std::string& title, const std::string& body) {
    return CorpusFile{"en/" + id + ".md", front_matter_document(id, title, "2020-09-22", "en", "statement",
                                                                "diplomacy", body + "\n")};
  };
  return {
      doc("joined", "Speech one", "Peacebuilding in the region needs patience and money."),
      doc("hyphenated", "Speech two", "Peace-building starts in the villages along the line."),
      doc("apart", "Speech three", "We spoke of peace building and of trust between neighbours."),
      doc("scattered", "Speech four", "Peace needs time. Building new roads needs money and years."),
      doc("demining", "Speech five", "The demining teams cleared the fields near the villages."),
      doc("de-mining", "Speech six", "Our de-mining budget grew last year."),
      doc("regime", "Speech seven", "The ceasefire regime served both sides; mind the mines on the roads."),
      doc("served", "Speech eight", "The envoy served two terms and never lost his mind."),
      doc("town", "Speech nine", "Families went back to Şuşa in the spring."),
      doc("farms", "Speech ten", "The old kolxoz fields lie fallow."),
      doc("minister", "Speech eleven", "Minister Nalbandyan spoke after the envoy."),
      doc("depot", "Speech twelve", "A fire broke out at the depot; the firemen put it out."),
      doc("president", "Speech thirteen", "President Aliyev arrived in the morning."),
      doc("alive", "Speech fourteen", "The talks are still alive."),
  };
}

class EnglishOnlyCorpus : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    corpus_ = new IndexedCorpus(english_only_corpus());
    server_ = serve_api(*corpus_);
  }
  static void TearDownTestSuite() {
    delete server_;
    delete corpus_;
  }

  static JsonResponse search(const httplib::Params& params) {
    const JsonResponse response = search_every_hit(server_->port(), params);
    EXPECT_EQ(response.status, 200) << response.raw;
    return response;
  }
  static std::set<std::string> ids(const std::string& query) {
    const JsonResponse response = search({{"q", query}});
    std::set<std::string> out;
    for (const auto& hit : response.body["hits"]) out.insert(hit["id"].get<std::string>());
    return out;
  }

  static IndexedCorpus* corpus_;
  static RunningServer* server_;
};

IndexedCorpus* EnglishOnlyCorpus::corpus_ = nullptr;
RunningServer* EnglishOnlyCorpus::server_ = nullptr;

TEST_F(EnglishOnlyCorpus, ACompoundWrittenTogetherApartOrHyphenatedFindsTheSameDocuments) {
  const std::set<std::string> compound = {"joined", "hyphenated", "apart"};
  EXPECT_EQ(ids("peacebuilding"), compound);
  EXPECT_EQ(ids("peace-building"), compound);
  EXPECT_EQ(ids("peace building"), compound);  // the phrase, not "peace" and "building" apart
  EXPECT_EQ(ids("\"peace building\""), compound);
  const std::set<std::string> demining = {"demining", "de-mining"};
  EXPECT_EQ(ids("demining"), demining);
  EXPECT_EQ(ids("de-mining"), demining);
  // Also when the compound written apart is a domain term of two words.
  EXPECT_EQ(ids("cease fire"), ids("ceasefire"));
  EXPECT_FALSE(ids("cease fire").contains("depot"));
  // Words that make no compound the index holds stay two words.
  EXPECT_EQ(ids("needs money"), (std::set<std::string>{"joined", "scattered"}));
}

TEST_F(EnglishOnlyCorpus, ACompoundWrittenApartKeepsItsTranslations) {
  // "peacebuilding" is a form of thesaurus terms (reconciliation, …); written apart or
  // hyphenated it is the same word.
  const JsonResponse joined = search({{"q", "peacebuilding"}});
  ASSERT_EQ(joined.body["expansions"].size(), 1u);
  const std::string entry = joined.body["expansions"][0]["entry"];
  EXPECT_NE(entry.find("reconciliation"), std::string::npos) << entry;
  for (const char* query : {"peace building", "peace-building"}) {
    SCOPED_TRACE(query);
    const JsonResponse response = search({{"q", query}});
    EXPECT_EQ(response.body["xlang"], true);
    ASSERT_EQ(response.body["expansions"].size(), 1u);
    EXPECT_EQ(response.body["expansions"][0]["entry"], entry);
  }
}

TEST_F(EnglishOnlyCorpus, NoSuggestionTurnsAnotherLanguagesWordIntoEnglish) {
  for (const char* query : {"atəşkəs rejimi", "mina təmizlənməsi", "sərhəd"}) {
    SCOPED_TRACE(query);
    const JsonResponse response = search({{"q", query}});
    // Before: "atəşkəs regime", "mind təmizlənməsi", "served".
    EXPECT_TRUE(response.body["did_you_mean"].is_null()) << response.body["did_you_mean"];
    // Azerbaijani, which this index does not hold: searched through its translations.
    EXPECT_EQ(response.body["xlang"], true);
  }
  const JsonResponse ceasefire = search({{"q", "atəşkəs rejimi"}});
  ASSERT_FALSE(ceasefire.body["hits"].empty());
  EXPECT_EQ(ceasefire.body["hits"][0]["id"], "regime");
}

TEST_F(EnglishOnlyCorpus, ASuggestionKeepsTheCaseTyped) {
  EXPECT_EQ(search({{"q", "cesefire"}}).body["did_you_mean"], "ceasefire");
  EXPECT_EQ(search({{"q", "Cesefire"}}).body["did_you_mean"], "Ceasefire");
  EXPECT_EQ(search({{"q", "CESEFIRE regime"}}).body["did_you_mean"], "CEASEFIRE regime");
}

TEST_F(EnglishOnlyCorpus, AQueryWhoseCorrectionIsADomainTermIsSearchedAcrossLanguages) {
  const JsonResponse response = search({{"q", "deminnig"}});
  EXPECT_EQ(response.body["did_you_mean"], "demining");
  EXPECT_EQ(response.body["xlang"], true);
}

TEST_F(EnglishOnlyCorpus, ATypoMatchIsHighlighted) {
  const JsonResponse response = search({{"q", "deminnig"}, {"xlang", "0"}});
  ASSERT_FALSE(response.body["hits"].empty());
  for (const auto& hit : response.body["hits"]) {
    EXPECT_NE(hit["snippet"].get<std::string>().find("<mark>demining</mark>"), std::string::npos) << hit["snippet"];
  }
}

TEST_F(EnglishOnlyCorpus, LatinTransliterationsOfNamesAndLoanwordsMeet) {
  const auto found_as_typed = [](const std::string& query) {
    const JsonResponse response = search({{"q", query}, {"xlang", "0"}});
    std::set<std::string> out;
    for (const auto& hit : response.body["hits"]) {
      out.insert(hit["id"].get<std::string>());
      EXPECT_NE(hit["snippet"].get<std::string>().find("<mark>"), std::string::npos) << query << ": " << hit;
    }
    return out;
  };
  EXPECT_EQ(found_as_typed("Shushi"), std::set<std::string>{"town"});      // sh ş, -i -a
  EXPECT_EQ(found_as_typed("Shusha"), std::set<std::string>{"town"});
  EXPECT_EQ(found_as_typed("kolkhozes"), std::set<std::string>{"farms"});  // kh x, a plural
  EXPECT_EQ(found_as_typed("Nalbandian"), std::set<std::string>{"minister"});  // -ian -yan
  // Another spelling is no typo: Aliev is Aliyev, not also "alive", one edit away.
  EXPECT_EQ(found_as_typed("Aliev"), std::set<std::string>{"president"});
}

class BundledQueryForms : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { server_ = new BundledCorpusServer; }
  static void TearDownTestSuite() { delete server_; }

  static JsonResponse search(const httplib::Params& params) {
    const JsonResponse response = search_every_hit(server_->port(), params);
    EXPECT_EQ(response.status, 200) << response.raw;
    return response;
  }
  static std::set<std::string> ids(const httplib::Params& params) {
    const JsonResponse response = search(params);
    std::set<std::string> out;
    for (const auto& hit : response.body["hits"]) out.insert(hit["id"].get<std::string>());
    return out;
  }

  static BundledCorpusServer* server_;
};

BundledCorpusServer* BundledQueryForms::server_ = nullptr;

TEST_F(BundledQueryForms, AQuotedPhrasesTranslationsArePhrasesToo) {
  const std::set<std::string> found = ids({{"q", "\"Know the Neighbors\""}});
  EXPECT_EQ(search({{"q", "\"Know the Neighbors\""}}).body["xlang"], true);
  EXPECT_TRUE(found.contains("en-know-the-neighbors-border-villages-2023-06"));
  EXPECT_TRUE(found.contains("ru-znay-sosedey-2023-09"));  // «Знай своих соседей»
  // Its passage has "border communities" and "on both sides", not the alias "communities on both
  // sides of the border".
  EXPECT_FALSE(found.contains("en-womens-regional-task-force-2023-03"));
}

TEST_F(BundledQueryForms, AWordOfATranslationIsMarkedOnlyWhereTheWholeTranslationIs) {
  const JsonResponse response = search({{"q", "demining"}});
  ASSERT_FALSE(response.body["hits"].empty());
  bool azerbaijani_marked = false;
  for (const auto& hit : response.body["hits"]) {
    const std::string snippet = hit["snippet"].get<std::string>();
    // «hərbi əməliyyatlar», military operations: a word of a longer Azerbaijani form.
    EXPECT_EQ(snippet.find("<mark>əməliyyatlar</mark>"), std::string::npos) << hit["id"];
    if (hit["lang"] == "az" && snippet.find("<mark>") != std::string::npos) azerbaijani_marked = true;
  }
  EXPECT_TRUE(azerbaijani_marked);  // the single-word translations still are
}

}  // namespace
}  // namespace liaison::http

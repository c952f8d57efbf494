// Issue 17, the query forms after the operators: quoted phrases and their translations, spelling
// suggestions in the query's own language, compounds written three ways (also those the language
// knows where the index holds no joined form) and their highlights, common domain words typed in
// a language the index lacks, names typed in lower case, through
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
      doc("crossing", "Speech fifteen", "Cross-border trade resumed at the river."),
      doc("loose", "Speech sixteen", "The border was closed, so we cross the river by boat."),
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

TEST_F(EnglishOnlyCorpus, ACompoundTheLanguageKnowsIsAPhraseAlsoWhereNoJoinedFormIsIndexed) {
  // Only "cross-border" (hyphenated) is in the index: "cross border" is that compound, not the
  // two words anywhere ("loose" has both).
  const std::set<std::string> compound = {"crossing"};
  EXPECT_EQ(ids("cross-border"), compound);
  EXPECT_EQ(ids("cross border"), compound);  // before: crossing and loose
  EXPECT_EQ(ids("crossborder"), compound);
  EXPECT_EQ(ids("\"cross border\""), compound);
  // Its translations come along as they do for the hyphenated word.
  const JsonResponse apart = search({{"q", "cross border"}});
  ASSERT_EQ(apart.body["expansions"].size(), 1u);
  EXPECT_EQ(apart.body["expansions"][0]["entry"], search({{"q", "cross-border"}}).body["expansions"][0]["entry"]);
}

TEST_F(EnglishOnlyCorpus, TheTwoPartsASplitCompoundMatchesAreHighlighted) {
  const auto snippet_of = [](const std::string& query, const std::string& id) {
    const JsonResponse response = search({{"q", query}});
    for (const auto& hit : response.body["hits"]) {
      if (hit["id"] == id) return hit["snippet"].get<std::string>();
    }
    return std::string("(not found)");
  };
  // Joined query, text apart or hyphenated (before: no mark at all).
  EXPECT_NE(snippet_of("peacebuilding", "apart").find("<mark>peace</mark> <mark>building</mark>"), std::string::npos)
      << snippet_of("peacebuilding", "apart");
  EXPECT_NE(snippet_of("peacebuilding", "hyphenated").find("<mark>Peace</mark>-<mark>building</mark>"), std::string::npos)
      << snippet_of("peacebuilding", "hyphenated");
  // And the reverse: apart or hyphenated query, joined text.
  for (const char* query : {"peace building", "peace-building"}) {
    SCOPED_TRACE(query);
    EXPECT_NE(snippet_of(query, "joined").find("<mark>Peacebuilding</mark>"), std::string::npos) << snippet_of(query, "joined");
    EXPECT_NE(snippet_of(query, "apart").find("<mark>peace</mark> <mark>building</mark>"), std::string::npos);
  }
}

TEST_F(EnglishOnlyCorpus, ACommonDomainWordInALanguageTheIndexLacksReachesItsTranslation) {
  // sərhəd, граница, սահման: border (search_words.json); before, sərhəd found nothing.
  const std::set<std::string> border = ids("border");
  ASSERT_EQ(border, (std::set<std::string>{"crossing", "loose"}));
  for (const char* query : {"sərhəd", "граница", "սահման", "Sərhəd"}) {
    SCOPED_TRACE(query);
    const JsonResponse response = search({{"q", query}});
    EXPECT_EQ(ids(query), border);
    EXPECT_EQ(response.body["xlang"], true);
    ASSERT_EQ(response.body["expansions"].size(), 1u);
    EXPECT_EQ(response.body["expansions"][0]["entry"], "border");
    EXPECT_TRUE(response.body["did_you_mean"].is_null()) << response.body["did_you_mean"];
    for (const auto& hit : response.body["hits"]) {
      EXPECT_NE(hit["snippet"].get<std::string>().find("<mark>border</mark>"), std::string::npos) << hit;
    }
  }
  // mina (mine) is no typo of "mind": it finds the mines (and de-mining, whose "mining" stems as
  // "mine" does), not the envoy who never lost his mind, and suggests nothing.
  const JsonResponse mina = search({{"q", "mina"}});
  EXPECT_TRUE(mina.body["did_you_mean"].is_null()) << mina.body["did_you_mean"];
  EXPECT_TRUE(ids("mina").contains("regime"));
  EXPECT_FALSE(ids("mina").contains("served"));
}

TEST_F(EnglishOnlyCorpus, ANameTypedInLowerCaseMeetsItsOtherSpellings) {
  // As typed only (xlang=0): no gazetteer, the spelling variants alone.
  for (const char* query : {"shushi", "Shushi", "shusha"}) {
    SCOPED_TRACE(query);
    const JsonResponse response = search({{"q", query}, {"xlang", "0"}});
    ASSERT_EQ(response.body["hits"].size(), 1u);
    EXPECT_EQ(response.body["hits"][0]["id"], "town");
    EXPECT_NE(response.body["hits"][0]["snippet"].get<std::string>().find("<mark>Şuşa</mark>"), std::string::npos);
  }
  // A lower-case word the index holds keeps its own final vowel: "alive" is not "aliv…" names.
  EXPECT_EQ(ids("alive"), std::set<std::string>{"alive"});
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

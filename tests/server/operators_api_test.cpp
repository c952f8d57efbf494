// Issue 17, operators and fields, through the real server over the bundled corpus (tagged with
// the bundled domain): exclusions and required words are about documents in documents mode,
// AND is strict, and a filter typed in the query keeps cross-language search as the request's
// own filter does.
#include <set>
#include <string>

#include <gtest/gtest.h>

#include "tests/server/server_fixture.h"

namespace liaison::http {
namespace {

using namespace testing_support;

class BundledOperators : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { server_ = new BundledCorpusServer; }
  static void TearDownTestSuite() { delete server_; }

  static JsonResponse search(const httplib::Params& params) { return search_every_hit(server_->port(), params); }
  /// The ids of every document found (the corpus is smaller than a page of 100).
  static std::set<std::string> ids(const httplib::Params& params) {
    const JsonResponse response = search(params);
    EXPECT_EQ(response.status, 200) << response.raw;
    std::set<std::string> out;
    for (const auto& hit : response.body["hits"]) out.insert(hit["id"].get<std::string>());
    EXPECT_EQ(out.size(), response.body["total"].get<std::size_t>());
    return out;
  }
  static std::set<std::string> as_typed(const std::string& query) { return ids({{"q", query}, {"xlang", "0"}}); }
  static std::set<std::string> common(const std::set<std::string>& a, const std::set<std::string>& b) {
    std::set<std::string> out;
    for (const std::string& id : a) {
      if (b.contains(id)) out.insert(id);
    }
    return out;
  }

  static BundledCorpusServer* server_;
};

BundledCorpusServer* BundledOperators::server_ = nullptr;

TEST_F(BundledOperators, AnExcludedWordExcludesEveryDocumentThatMentionsIt) {
  const std::set<std::string> brussels = as_typed("Brussels");
  const std::set<std::string> demining = as_typed("demining");
  ASSERT_FALSE(common(demining, brussels).empty()) << "the corpus no longer tests this";
  // On the bundled corpus every English document on demining mentions Brussels somewhere: none is
  // left (before, the one whose demining passage does not name Brussels came back).
  const std::set<std::string> without = as_typed("demining -Brussels");
  EXPECT_TRUE(common(without, brussels).empty());
  EXPECT_EQ(without.size(), demining.size() - common(demining, brussels).size());
  const std::set<std::string> not_demining = as_typed("-demining");
  EXPECT_FALSE(not_demining.empty());
  EXPECT_TRUE(common(not_demining, demining).empty());
}

TEST_F(BundledOperators, AndIsStrictAndPlusRequires) {
  const std::set<std::string> both = common(as_typed("railway"), as_typed("Brussels"));
  EXPECT_EQ(as_typed("railway AND Brussels"), both);
  EXPECT_LT(both.size(), 7u);  // the union, before
  EXPECT_EQ(as_typed("+railway +Brussels"), both);
  EXPECT_EQ(as_typed("railway +Brussels"), as_typed("Brussels"));
  EXPECT_TRUE(common(as_typed("railway AND NOT Brussels"), as_typed("Brussels")).empty());
}

TEST_F(BundledOperators, WhatTheParserDropsComesBackAsWarnings) {
  const JsonResponse response = search({{"q", "railway AND"}, {"xlang", "0"}});
  ASSERT_EQ(response.status, 200);
  ASSERT_EQ(response.body["warnings"].size(), 1u);
  EXPECT_NE(response.body["warnings"][0].get<std::string>().find("AND"), std::string::npos);
}

TEST_F(BundledOperators, AFilterInTheQueryAgreesWithTheRequestsFilter) {
  const std::set<std::string> typed = ids({{"q", "kind:report demining"}});
  EXPECT_EQ(typed.size(), 3u);
  EXPECT_EQ(typed, ids({{"q", "demining"}, {"kind", "report"}}));
  EXPECT_EQ(search({{"q", "kind:report demining"}}).body["xlang"], true);
}

TEST_F(BundledOperators, OnlyAsTypedMatchesNoOtherScript) {
  const JsonResponse typed = search({{"q", "Karabakh"}, {"xlang", "0"}});
  ASSERT_EQ(typed.status, 200);
  ASSERT_FALSE(typed.body["hits"].empty());
  for (const auto& hit : typed.body["hits"]) {
    for (const auto& language : hit["matched_languages"]) {
      EXPECT_TRUE(language == "en" || language == "az") << hit["id"] << " matched in " << language;
    }
  }
  // Without xlang the name keys still find the other scripts.
  const JsonResponse default_search = search({{"q", "Karabakh"}});
  EXPECT_GT(default_search.body["total"].get<int>(), typed.body["total"].get<int>());
}

}  // namespace
}  // namespace liaison::http

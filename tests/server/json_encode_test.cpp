#include "search-server/json_encode.h"

#include <gtest/gtest.h>

namespace liaison::http {
namespace {

SearchResult hand_made_result() {
  SearchResult result;
  result.query = "demining";
  result.total = 42;
  result.page = 2;
  result.size = 5;
  result.took_ms = 1.5;
  result.exact = false;
  Hit hit;
  hit.id = "en/brussels";
  hit.title = "<script>alert(1)</script> & more";
  hit.date = "2021-12-14";
  hit.lang = "en";
  hit.kind = "statement";
  hit.source = "European Council";
  hit.url = "https://example.org/a";
  hit.score = 3.25;
  hit.areas = {{.id = "diplomacy", .score = 0.9, .manual = false, .evidence = {"border delimitation"}}};
  hit.measures = {{.id = "M03", .score = 1.0, .manual = true, .evidence = {}}};
  hit.passage = 4;
  hit.snippet = "&lt;script&gt; the <mark>demining</mark> of";
  result.hits.push_back(hit);
  result.facets["lang"] = {{"en", 30}, {"ru", 12}};
  result.facets["year"] = {{"2021", 42}};
  result.did_you_mean = "demining talks";
  return result;
}

TEST(JsonEncode, WritesEverySearchField) {
  const auto json = to_json(hand_made_result());
  EXPECT_EQ(json["query"], "demining");
  EXPECT_EQ(json["total"], 42);
  EXPECT_EQ(json["page"], 2);
  EXPECT_EQ(json["size"], 5);
  EXPECT_EQ(json["took_ms"], 1.5);
  EXPECT_EQ(json["exact"], false);
  EXPECT_EQ(json["did_you_mean"], "demining talks");
  ASSERT_EQ(json["hits"].size(), 1u);
  const auto& hit = json["hits"][0];
  for (const char* key : {"id", "title", "date", "lang", "kind", "source", "url", "score", "areas", "measures",
                          "passage", "snippet"}) {
    SCOPED_TRACE(key);
    EXPECT_TRUE(hit.contains(key));
  }
  EXPECT_EQ(hit["areas"][0]["id"], "diplomacy");
  EXPECT_EQ(hit["areas"][0]["score"], 0.9);
  EXPECT_EQ(hit["areas"][0]["evidence"][0], "border delimitation");
  EXPECT_EQ(hit["measures"], nlohmann::json::array({"M03"}));
  EXPECT_EQ(hit["passage"], 4);
  EXPECT_FALSE(hit.contains("page")) << "page only for paged sources";
}

TEST(JsonEncode, AlwaysWritesTheFiveFacets) {
  const auto json = to_json(SearchResult{});
  for (const char* facet : {"lang", "area", "measure", "kind", "source", "year"}) {
    SCOPED_TRACE(facet);
    ASSERT_TRUE(json["facets"].contains(facet));
    EXPECT_TRUE(json["facets"][facet].is_object());
  }
  EXPECT_TRUE(json["did_you_mean"].is_null());
  EXPECT_TRUE(json["hits"].is_array());
}

TEST(JsonEncode, FacetCountsKeepTheirValues) {
  const auto json = to_json(hand_made_result());
  EXPECT_EQ(json["facets"]["lang"]["en"], 30);
  EXPECT_EQ(json["facets"]["lang"]["ru"], 12);
  EXPECT_EQ(json["facets"]["year"]["2021"], 42);
}

TEST(JsonEncode, DumpNeverLeavesAngleBracketsOrAmpersandsRaw) {
  const std::string wire = dump(to_json(hand_made_result()));
  EXPECT_EQ(wire.find('<'), std::string::npos);
  EXPECT_EQ(wire.find('>'), std::string::npos);
  EXPECT_EQ(wire.find('&'), std::string::npos);
  const auto back = nlohmann::json::parse(wire);
  EXPECT_EQ(back["hits"][0]["title"], "<script>alert(1)</script> & more");
  EXPECT_EQ(back["hits"][0]["snippet"], "&lt;script&gt; the <mark>demining</mark> of");
}

TEST(JsonEncode, DumpRepairsInvalidUtf8InsteadOfThrowing) {
  const std::string wire = dump({{"title", std::string("caf\xC3")}});
  EXPECT_NE(wire.find("\xEF\xBF\xBD"), std::string::npos);
}

TEST(JsonEncode, DumpKeepsEveryScriptReadable) {
  const nlohmann::json body = {{"en", "Karabakh"}, {"hy", "Ղարաբաղ"}, {"az", "Qarabağ"}, {"ru", "Карабах"}};
  const std::string wire = dump(body);
  for (const char* word : {"Karabakh", "Ղարաբաղ", "Qarabağ", "Карабах"}) {
    SCOPED_TRACE(word);
    EXPECT_NE(wire.find(word), std::string::npos);
  }
}

TEST(JsonEncode, WritesTheWholeDocument) {
  DocumentView view;
  view.document.id = "hy/statement";
  view.document.title = "Հայտարարություն";
  view.document.date = "2021-12";
  view.document.kind = "statement";
  view.document.passages = {
      {.n = 1, .text = "Ղարաբաղ", .language = Language::Armenian, .page = 0,
       .areas = {{.id = "communities", .score = 0.5, .manual = false, .evidence = {}}}, .measures = {}},
      {.n = 2, .text = "Karabakh", .language = Language::English, .page = 3, .areas = {}, .measures = {}},
      {.n = 3, .text = "Ղարաբաղ", .language = Language::Armenian, .page = 0, .areas = {}, .measures = {}}};
  const auto json = to_json(view);
  EXPECT_EQ(json["id"], "hy/statement");
  EXPECT_EQ(json["lang"], "hy") << "the language most passages are in";
  EXPECT_EQ(json["languages"], nlohmann::json::array({"en", "hy"}));
  ASSERT_EQ(json["passages"].size(), 3u);
  EXPECT_EQ(json["passages"][0]["n"], 1);
  EXPECT_EQ(json["passages"][0]["lang"], "hy");
  EXPECT_EQ(json["passages"][0]["areas"][0]["id"], "communities");
  EXPECT_EQ(json["passages"][1]["page"], 3);
  EXPECT_TRUE(json["passages"][1]["measures"].is_array());
}

TEST(JsonEncode, PrefersTheDeclaredLanguage) {
  DocumentView view;
  view.document.declared_language = Language::Russian;
  view.document.passages = {{.n = 1, .text = "Karabakh", .language = Language::English, .page = 0,
                             .areas = {}, .measures = {}}};
  EXPECT_EQ(to_json(view)["lang"], "ru");
}

TEST(JsonEncode, WritesStats) {
  const IndexStats stats{.documents = 3, .passages = 9, .languages = {{"az", 4}, {"ru", 5}},
                         .last_indexed = "2024-05-01T10:00:00Z"};
  const auto json = to_json(stats);
  EXPECT_EQ(json["documents"], 3);
  EXPECT_EQ(json["passages"], 9);
  EXPECT_EQ(json["languages"]["ru"], 5);
  EXPECT_EQ(json["last_indexed"], "2024-05-01T10:00:00Z");
}

TEST(JsonEncode, ErrorsNameTheParameter) {
  EXPECT_EQ(error_json("bad size", "size"), (nlohmann::json{{"error", "bad size"}, {"parameter", "size"}}));
  EXPECT_FALSE(error_json("oops").contains("parameter"));
}

}  // namespace
}  // namespace liaison::http

// The API over HTTP: a real server, a real index, every endpoint and every refusal.
#include <gtest/gtest.h>

#include "tests/server/server_fixture.h"

namespace liaison::http {
namespace {

using namespace testing_support;

class ServerHttp : public ::testing::Test {
 protected:
  ServerHttp()
      : corpus_(small_corpus()),
        server_({.db = corpus_.db(),
                 .web_dir = testing::source_dir() / "web",
                 .domain_dir = corpus_.domain(),
                 .threads = 2,
                 .keep_alive_seconds = 0,
                 .log = log_.sink()},
                corpus_.analyzer()),
        client_("127.0.0.1", server_.port()) {
    client_.set_read_timeout(std::chrono::seconds(30));
  }

  JsonResponse search(const httplib::Params& params) { return get_json(client_, "/api/search", params); }

  IndexedCorpus corpus_;
  LogCollector log_;
  RunningServer server_;
  httplib::Client client_;
};

TEST_F(ServerHttp, RunsOnAnEphemeralLoopbackPort) {
  EXPECT_TRUE(server_.is_running());
  EXPECT_GT(server_.port(), 0);
}

TEST_F(ServerHttp, HealthzIsOk) {
  auto response = get_json(client_, "/healthz");
  EXPECT_EQ(response.status, 200);
  EXPECT_EQ(response.body["status"], "ok");
}

TEST_F(ServerHttp, SearchAnswersWithEveryDocumentedField) {
  auto response = search({{"q", "demining"}, {"xlang", "0"}});
  ASSERT_EQ(response.status, 200) << response.raw;
  auto& body = response.body;
  for (const char* key : {"query", "total", "exact", "page", "size", "took_ms", "hits", "facets", "did_you_mean"}) {
    SCOPED_TRACE(key);
    EXPECT_TRUE(body.contains(key));
  }
  EXPECT_EQ(body["query"], "demining");
  EXPECT_EQ(body["exact"], true);  // a few matches: counted one by one
  EXPECT_EQ(body["page"], 1);
  EXPECT_EQ(body["size"], 10);
  ASSERT_GE(body["hits"].size(), 1u);
  auto& hit = body["hits"][0];
  EXPECT_EQ(hit["id"], "en-brussels");
  EXPECT_EQ(hit["title"], "Leaders meet in Brussels");
  EXPECT_EQ(hit["date"], "2021-12-14");
  EXPECT_EQ(hit["lang"], "en");
  EXPECT_EQ(hit["kind"], "statement");
  EXPECT_EQ(hit["source"], "Liaison Test Desk");
  EXPECT_EQ(hit["url"], "https://example.org/en-brussels");
  EXPECT_TRUE(hit["score"].is_number());
  EXPECT_TRUE(hit["passage"].is_number());
  EXPECT_NE(hit["snippet"].get<std::string>().find("<mark>"), std::string::npos) << hit["snippet"];
  ASSERT_FALSE(hit["areas"].empty());
  EXPECT_EQ(hit["areas"][0]["id"], "diplomacy");
  for (const char* facet : {"lang", "area", "measure", "kind", "source", "year"}) {
    SCOPED_TRACE(facet);
    EXPECT_TRUE(body["facets"][facet].is_object());
  }
}

TEST_F(ServerHttp, SearchFindsEachLanguage) {
  const struct {
    const char* query;
    const char* id;
  } cases[] = {{"demining", "en-brussels"},
               {"разминирование", "ru-demining"},
               {"Ականազերծումը", "hy-statement"},
               {"Minatəmizləmə", "az-statement"}};
  for (const auto& c : cases) {
    SCOPED_TRACE(c.query);
    auto response = search({{"q", c.query}, {"xlang", "0"}});
    ASSERT_EQ(response.status, 200) << response.raw;
    ASSERT_GE(response.body["hits"].size(), 1u);
    EXPECT_EQ(response.body["hits"][0]["id"], c.id);
  }
}

TEST_F(ServerHttp, FiltersByLanguageAreaKindAndDate) {
  const struct {
    httplib::Params params;
    std::vector<std::string> ids;  ///< all documents expected, any order
  } cases[] = {
      {{{"lang", "ru"}}, {"ru-demining"}},
      {{{"area", "education"}}, {"en-youth"}},
      {{{"kind", "report"}}, {"en-youth"}},
      {{{"from", "2022"}, {"to", "2022-12"}}, {"en-youth", "az-statement"}},
      {{{"lang", "hy"}, {"lang", "az"}}, {"hy-statement", "az-statement"}},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.params.begin()->first + "=" + c.params.begin()->second);
    auto response = search(c.params);
    ASSERT_EQ(response.status, 200) << response.raw;
    std::set<std::string> ids;
    for (const auto& hit : response.body["hits"]) ids.insert(hit["id"].get<std::string>());
    EXPECT_EQ(ids, std::set<std::string>(c.ids.begin(), c.ids.end()));
    EXPECT_EQ(response.body["total"], c.ids.size());
  }
}

TEST_F(ServerHttp, SortsByDateBothWays) {
  auto oldest = search({{"sort", "date"}, {"size", "100"}});
  auto newest = search({{"sort", "-date"}, {"size", "100"}});
  ASSERT_EQ(oldest.status, 200) << oldest.raw;
  ASSERT_EQ(newest.status, 200) << newest.raw;
  ASSERT_EQ(oldest.body["hits"].size(), 6u);
  EXPECT_EQ(oldest.body["hits"][0]["id"], "hy-statement");
  EXPECT_EQ(newest.body["hits"][0]["id"], "en-script");
}

TEST_F(ServerHttp, PagesThroughResults) {
  auto first = search({{"size", "2"}, {"page", "1"}, {"sort", "date"}});
  auto second = search({{"size", "2"}, {"page", "2"}, {"sort", "date"}});
  ASSERT_EQ(first.status, 200);
  ASSERT_EQ(second.status, 200);
  EXPECT_EQ(first.body["hits"].size(), 2u);
  EXPECT_EQ(second.body["page"], 2);
  EXPECT_NE(first.body["hits"][0]["id"], second.body["hits"][0]["id"]);
}

TEST_F(ServerHttp, PassageModeReturnsPassages) {
  auto response = search({{"q", "delimitation"}, {"mode", "passages"}});
  ASSERT_EQ(response.status, 200) << response.raw;
  ASSERT_GE(response.body["hits"].size(), 1u);
  EXPECT_EQ(response.body["hits"][0]["passage"], 2);
}

TEST_F(ServerHttp, FacetsCountDocuments) {
  auto response = search({});
  ASSERT_EQ(response.status, 200) << response.raw;
  EXPECT_EQ(response.body["facets"]["lang"]["en"], 3);
  EXPECT_EQ(response.body["facets"]["year"]["2021"], 2);
  EXPECT_EQ(response.body["facets"]["area"]["diplomacy"], 2);
}

struct BadRequest {
  httplib::Params params;
  std::string parameter;
  std::string says;
};

TEST_F(ServerHttp, BadParametersGet400NamingTheProblem) {
  const BadRequest cases[] = {
      {{{"sort", "best"}}, "sort", "sort"},          {{{"size", "0"}}, "size", "size"},
      {{{"size", "10000"}}, "size", "size"},         {{{"from", "2021-14"}}, "from", "from"},
      {{{"to", "yesterday"}}, "to", "to"},           {{{"q", std::string(100 * 1024, 'q')}}, "q", "too long"},
      {{{"mode", "words"}}, "mode", "mode"},         {{{"page", "0"}}, "page", "page"},
      {{{"page", "one"}}, "page", "page"},           {{{"lang", "fr"}}, "lang", "lang"},
      {{{"area", "sports"}}, "area", "area"},        {{{"kind", "tweet"}}, "kind", "kind"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.parameter);
    auto response = search(c.params);
    EXPECT_EQ(response.status, 400) << response.raw.substr(0, 300);
    ASSERT_TRUE(response.body.is_object());
    EXPECT_EQ(response.body["parameter"], c.parameter);
    EXPECT_NE(response.body["error"].get<std::string>().find(c.says), std::string::npos) << response.body["error"];
  }
}

TEST_F(ServerHttp, UserInputNeverProducesA500) {
  const std::string nasty[] = {"\"", "((((", ")", "-", "OR", "AND NOT", "*", "lang:", "title:\"", "a\"b\"c",
                               "\xF0\x9F\x98\x80", "<script>", "%", "' OR 1=1 --", std::string(3000, '(')};
  for (const auto& query : nasty) {
    SCOPED_TRACE(query.substr(0, 20));
    auto response = search({{"q", query}});
    EXPECT_TRUE(response.status == 200 || response.status == 400) << response.status << " " << response.raw;
    EXPECT_TRUE(response.body.is_object());
    if (response.status == 400) {
      EXPECT_FALSE(response.body["error"].get<std::string>().empty());
    }
  }
}

TEST_F(ServerHttp, UnparsableQueryIs400) {
  auto response = search({{"q", std::string(3000, '(') + "x"}});
  EXPECT_NE(response.status, 500);
  const auto many_terms = [] {
    std::string query;
    for (int i = 0; i < 500; ++i) query += "word" + std::to_string(i) + " ";
    return query;
  }();
  auto too_many = search({{"q", many_terms}});
  EXPECT_EQ(too_many.status, 400) << too_many.raw.substr(0, 300);
  EXPECT_FALSE(too_many.body["error"].get<std::string>().empty());
}

TEST_F(ServerHttp, UnknownPathsGetJson404) {
  for (const std::string path : {"/api/nothing", "/no/such/file.html", "/api/documents/"}) {
    SCOPED_TRACE(path);
    auto response = get_json(client_, path);
    EXPECT_EQ(response.status, 404);
    ASSERT_TRUE(response.body.is_object()) << response.raw;
    EXPECT_TRUE(response.body.contains("error"));
  }
}

TEST_F(ServerHttp, ServesTheWholeDocument) {
  auto response = get_json(client_, "/api/documents/en-brussels");
  ASSERT_EQ(response.status, 200) << response.raw;
  EXPECT_EQ(response.body["title"], "Leaders meet in Brussels");
  EXPECT_EQ(response.body["lang"], "en");
  ASSERT_EQ(response.body["passages"].size(), 2u);
  auto& passage = response.body["passages"][1];
  EXPECT_EQ(passage["n"], 2);
  EXPECT_NE(passage["text"].get<std::string>().find("delimitation"), std::string::npos);
  EXPECT_EQ(passage["lang"], "en");
  EXPECT_TRUE(passage["areas"].is_array());
  EXPECT_TRUE(passage["measures"].is_array());
}

TEST_F(ServerHttp, UnknownDocumentIs404Json) {
  auto response = get_json(client_, "/api/documents/no-such-document");
  EXPECT_EQ(response.status, 404);
  EXPECT_NE(response.body["error"].get<std::string>().find("no-such-document"), std::string::npos);
}

TEST_F(ServerHttp, ListsAreasWithColoursAndCounts) {
  auto response = get_json(client_, "/api/areas");
  ASSERT_EQ(response.status, 200) << response.raw;
  const auto expected = read_domain_file("areas.json");
  ASSERT_EQ(response.body.size(), expected.size());
  std::map<std::string, nlohmann::json> areas;
  for (const auto& area : response.body) areas[area["id"].get<std::string>()] = area;
  EXPECT_EQ(areas["diplomacy"]["count"], 2);
  EXPECT_EQ(areas["education"]["count"], 1);
  for (const auto& area : expected) {
    SCOPED_TRACE(area["id"].get<std::string>());
    auto& served = areas[area["id"].get<std::string>()];
    EXPECT_EQ(served["color"], area["color"]);
    EXPECT_EQ(served["names"], area["names"]);
  }
}

TEST_F(ServerHttp, ListsMeasuresWithCounts) {
  auto response = get_json(client_, "/api/measures");
  ASSERT_EQ(response.status, 200) << response.raw;
  ASSERT_EQ(response.body.size(), read_domain_file("measures.json").size());
  EXPECT_EQ(response.body[0]["id"], "M01");
  EXPECT_TRUE(response.body[0]["count"].is_number());
}

TEST_F(ServerHttp, TracksAMeasure) {
  auto response = get_json(client_, "/api/measures/M01");
  ASSERT_EQ(response.status, 200) << response.raw;
  EXPECT_EQ(response.body["measure"], "M01");
  EXPECT_TRUE(response.body["mentions"].is_array());
  EXPECT_EQ(get_json(client_, "/api/measures/M999").status, 404);
  EXPECT_EQ(get_json(client_, "/api/measures/M01/x").status, 404);
}

TEST_F(ServerHttp, DomainQueriesSearchEveryLanguageUnlessToldNot) {
  auto across = search({{"q", "demining"}});
  ASSERT_EQ(across.status, 200) << across.raw;
  EXPECT_EQ(across.body["xlang"], true);
  std::set<std::string> ids;
  for (auto& hit : across.body["hits"]) ids.insert(hit["id"].get<std::string>());
  EXPECT_TRUE(ids.contains("ru-demining")) << across.raw;
  EXPECT_TRUE(ids.contains("en-brussels")) << across.raw;

  auto english_only = search({{"q", "demining"}, {"xlang", "0"}});
  ASSERT_EQ(english_only.status, 200);
  EXPECT_EQ(english_only.body["xlang"], false);
  for (auto& hit : english_only.body["hits"]) EXPECT_EQ(hit["lang"], "en");
}

TEST_F(ServerHttp, StatsCountDocumentsPassagesAndLanguages) {
  auto response = get_json(client_, "/api/stats");
  ASSERT_EQ(response.status, 200) << response.raw;
  EXPECT_EQ(response.body["documents"], 6);
  EXPECT_GE(response.body["passages"].get<int>(), 7);
  for (const char* language : {"en", "hy", "az", "ru"}) {
    SCOPED_TRACE(language);
    EXPECT_GE(response.body["languages"][language].get<int>(), 1);
  }
  EXPECT_FALSE(response.body["last_indexed"].get<std::string>().empty());
}

TEST_F(ServerHttp, ScriptInADocumentStaysText) {
  auto response = search({{"q", "ceasefire"}});
  ASSERT_EQ(response.status, 200) << response.raw;
  EXPECT_EQ(response.raw.find("<script"), std::string::npos) << "no raw markup on the wire";
  ASSERT_GE(response.body["hits"].size(), 1u);
  auto& hit = response.body["hits"][0];
  EXPECT_EQ(hit["id"], "en-script");
  EXPECT_EQ(hit["title"], "<script>alert('title')</script> Ceasefire notes") << "plain text; the page escapes it";
  const std::string snippet = hit["snippet"];
  EXPECT_EQ(snippet.find("<script"), std::string::npos) << snippet;
  EXPECT_NE(snippet.find("&lt;script&gt;"), std::string::npos) << snippet;
  auto document = get_json(client_, "/api/documents/en-script");
  EXPECT_EQ(document.raw.find("<script"), std::string::npos);
}

TEST_F(ServerHttp, EveryResponseCarriesSecurityHeaders) {
  for (const std::string path : {"/api/search?q=demining", "/api/search?size=0", "/nowhere", "/", "/healthz",
                                 "/app.js", "/api/documents/none"}) {
    SCOPED_TRACE(path);
    const auto result = client_.Get(path);
    ASSERT_TRUE(result);
    const auto csp = result->get_header_value("Content-Security-Policy");
    EXPECT_NE(csp.find("default-src 'self'"), std::string::npos);
    EXPECT_EQ(csp.find("unsafe-inline"), std::string::npos);
    EXPECT_EQ(result->get_header_value("X-Content-Type-Options"), "nosniff");
    EXPECT_FALSE(result->get_header_value("Referrer-Policy").empty());
    EXPECT_FALSE(result->has_header("Access-Control-Allow-Origin"));
  }
}

TEST_F(ServerHttp, ServesThePageAndItsModules) {
  const auto page = client_.Get("/");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  EXPECT_NE(page->get_header_value("Content-Type").find("text/html"), std::string::npos);
  EXPECT_NE(page->body.find("<script type=\"module\""), std::string::npos);
  const auto script = client_.Get("/app.js");
  ASSERT_TRUE(script);
  EXPECT_EQ(script->status, 200);
  EXPECT_NE(script->get_header_value("Content-Type").find("javascript"), std::string::npos);
}

TEST_F(ServerHttp, IdleClientsDoNotHoldTheWorkers) {
  // A browser keeps six connections open; with two workers, kept-alive connections would make
  // the next client wait for their keep-alive timeout.
  std::vector<std::unique_ptr<httplib::Client>> idle;
  for (int i = 0; i < 6; ++i) {
    idle.push_back(std::make_unique<httplib::Client>("127.0.0.1", server_.port()));
    idle.back()->set_keep_alive(true);
    ASSERT_EQ(get_json(*idle.back(), "/healthz").status, 200);
  }
  const auto started = std::chrono::steady_clock::now();
  httplib::Client next("127.0.0.1", server_.port());
  EXPECT_EQ(get_json(next, "/api/search?q=demining").status, 200);
  EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(2));
}

TEST_F(ServerHttp, WritesOneAccessLogLinePerRequest) {
  get_json(client_, "/api/search?q=demining");
  get_json(client_, "/api/search?size=0");
  // The logger runs after the response is written: give it a moment.
  for (int i = 0; i < 200 && log_.lines().size() < 2; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  auto lines = log_.lines();
  ASSERT_EQ(lines.size(), 2u);
  // Each request runs on its own worker: the lines may come in either order.
  std::sort(lines.begin(), lines.end());
  EXPECT_TRUE(lines[0].starts_with("GET /api/search 200 ")) << lines[0];
  EXPECT_TRUE(lines[1].starts_with("GET /api/search 400 ")) << lines[1];
  for (const auto& line : lines) EXPECT_TRUE(line.ends_with(" ms")) << line;
}

}  // namespace
}  // namespace liaison::http

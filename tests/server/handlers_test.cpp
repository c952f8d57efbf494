// Handlers and routing without a socket or an index: everything decided before the Searcher.
#include "search-server/handlers.h"

#include <gtest/gtest.h>

#include "core/error.h"
#include "search-server/routes.h"
#include "tests/support/temp_dir.h"

namespace liaison::http {
namespace {

/// A context whose Searcher must not be reached: the requests here are refused before.
ApiContext context_without_index() {
  ApiContext context;
  context.searcher = []() -> SearcherLease { throw std::logic_error("the searcher was reached"); };
  context.known = {.areas = {"diplomacy", "communities"}, .measures = {}};
  return context;
}

TEST(Routes, AnswersHealthWithoutAnIndex) {
  Reply reply = dispatch(context_without_index(), "/healthz", {});
  EXPECT_EQ(reply.status, 200);
  EXPECT_EQ(reply.body["status"], "ok");
}

TEST(Routes, UnknownPathsGetJson404) {
  for (const std::string path : {"/api", "/api/", "/api/searches", "/api/search/x", "/api/documents/", "/nope",
                                 "/healthz/x"}) {
    SCOPED_TRACE(path);
    Reply reply = dispatch(context_without_index(), path, {});
    EXPECT_EQ(reply.status, 404);
    EXPECT_NE(reply.body["error"].get<std::string>().find("no such path"), std::string::npos);
  }
}

TEST(Routes, BadSearchParametersGet400BeforeTheSearcher) {
  const struct {
    QueryParams params;
    std::string parameter;
  } cases[] = {{{{"sort", "nope"}}, "sort"},  {{{"size", "0"}}, "size"},        {{{"size", "10000"}}, "size"},
               {{{"from", "2021-99"}}, "from"}, {{{"q", std::string(100 * 1024, 'x')}}, "q"},
               {{{"mode", "x"}}, "mode"},     {{{"page", "0"}}, "page"},        {{{"page", "abc"}}, "page"},
               {{{"lang", "de"}}, "lang"},    {{{"area", "sports"}}, "area"}};
  for (const auto& c : cases) {
    SCOPED_TRACE(c.parameter);
    Reply reply = dispatch(context_without_index(), "/api/search", c.params);
    EXPECT_EQ(reply.status, 400);
    EXPECT_EQ(reply.body["parameter"], c.parameter);
    EXPECT_FALSE(reply.body["error"].get<std::string>().empty());
  }
}

TEST(Routes, MalformedDocumentIdsGet400) {
  Reply reply = dispatch(context_without_index(), "/api/documents/bad\xFF", {});
  EXPECT_EQ(reply.status, 400);
  EXPECT_EQ(reply.body["parameter"], "id");
  EXPECT_EQ(dispatch(context_without_index(), "/api/documents/" + std::string(1000, 'a'), {}).status, 400);
}

TEST(Routes, NotFoundNeverEchoesInvalidUtf8) {
  Reply reply = not_found("/x\xC3");
  EXPECT_EQ(reply.status, 404);
  EXPECT_EQ(reply.body["error"].get<std::string>().find('\xC3'), std::string::npos);
}

TEST(Routes, QueryErrorsFromTheSearcherBecome400) {
  ApiContext context = context_without_index();
  context.searcher = []() -> SearcherLease { throw QueryError("the query has nothing to search for"); };
  Reply reply = dispatch(context, "/api/search", {{"q", "\"\""}});
  EXPECT_EQ(reply.status, 400);
  EXPECT_EQ(reply.body["error"], "the query has nothing to search for");
}

TEST(Routes, MeasuresAreEmptyWithoutAMeasuresFile) {
  Reply reply = dispatch(context_without_index(), "/api/measures", {});
  EXPECT_EQ(reply.status, 200);
  EXPECT_EQ(reply.body, nlohmann::json::array());
}

TEST(SecurityHeaders, ForbidInlineScriptAndSniffing) {
  std::map<std::string, std::string> headers(security_headers().begin(), security_headers().end());
  EXPECT_NE(headers["Content-Security-Policy"].find("default-src 'self'"), std::string::npos);
  EXPECT_EQ(headers["Content-Security-Policy"].find("unsafe-inline"), std::string::npos);
  EXPECT_EQ(headers["X-Content-Type-Options"], "nosniff");
  EXPECT_FALSE(headers["Referrer-Policy"].empty());
  EXPECT_FALSE(headers.contains("Access-Control-Allow-Origin"));
}

TEST(Domain, ReadsAreasAndToleratesMissingMeasures) {
  const testing::TempDir dir;
  dir.write("areas.json", R"([{"id":"diplomacy","color":"#123456","names":{"en":"Diplomacy"}},
                             {"id":"economy","color":"#654321","names":{"en":"Economy"}}])");
  const Domain domain = load_domain(dir.path());
  ASSERT_EQ(domain.areas.size(), 2u);
  EXPECT_EQ(domain.areas[0]["color"], "#123456");
  EXPECT_TRUE(domain.measures.empty());
  EXPECT_EQ(domain.known_tags().areas, (std::set<std::string>{"diplomacy", "economy"}));
}

TEST(Domain, RefusesMalformedFilesNamingThem) {
  const struct {
    const char* content;
    const char* says;
  } cases[] = {{"not json", "not valid JSON"}, {R"({"id":"x"})", "array"}, {R"([{"name":"x"}])", "\"id\""}};
  for (const auto& c : cases) {
    SCOPED_TRACE(c.content);
    const testing::TempDir dir;
    dir.write("areas.json", c.content);
    try {
      load_domain(dir.path());
      ADD_FAILURE() << "accepted";
    } catch (const ConfigError& error) {
      EXPECT_NE(std::string(error.what()).find("areas.json"), std::string::npos);
      EXPECT_NE(std::string(error.what()).find(c.says), std::string::npos) << error.what();
    }
  }
}

}  // namespace
}  // namespace liaison::http

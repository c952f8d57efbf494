// The answer cache behind the API, on a real server over a real index: a repeated request is
// answered from memory with the same body, and a commit by the indexer is seen at once.
#include <gtest/gtest.h>

#include "tests/server/server_fixture.h"

namespace liaison::http {
namespace {

using namespace testing_support;

std::string cache_header(const JsonResponse& response) {
  const auto found = response.headers.find("X-Liaison-Cache");
  return found == response.headers.end() ? "(none)" : found->second;
}

class ServerCache : public ::testing::Test {
 protected:
  explicit ServerCache(std::size_t cache_bytes = 1 << 20)
      : corpus_(small_corpus()),
        server_({.db = corpus_.db(),
                 .web_dir = {},
                 .domain_dir = corpus_.domain(),
                 .threads = 2,
                 .keep_alive_seconds = 0,
                 .log = {},
                 .max_connections = 512,
                 .io_timeout_seconds = 5,
                 .cache_bytes = cache_bytes},
                corpus_.analyzer()),
        client_("127.0.0.1", server_.port()) {
    client_.set_read_timeout(std::chrono::seconds(30));
  }

  JsonResponse search(const httplib::Params& params) { return get_json(client_, "/api/search", params); }

  IndexedCorpus corpus_;
  RunningServer server_;
  httplib::Client client_;
};

class ServerWithoutCache : public ServerCache {
 protected:
  ServerWithoutCache() : ServerCache(0) {}
};

TEST_F(ServerCache, RepeatedSearchIsAnsweredFromTheCacheWithTheSameBody) {
  const JsonResponse first = search({{"q", "demining"}, {"facets", "1"}});
  ASSERT_EQ(first.status, 200) << first.raw;
  EXPECT_EQ(cache_header(first), "miss");
  const JsonResponse second = search({{"q", "demining"}, {"facets", "1"}});
  ASSERT_EQ(second.status, 200);
  EXPECT_EQ(cache_header(second), "hit");
  EXPECT_EQ(second.raw, first.raw);
}

TEST_F(ServerCache, AnotherParameterIsAnotherAnswer) {
  ASSERT_EQ(search({{"q", "demining"}}).status, 200);
  const JsonResponse other_page = search({{"q", "demining"}, {"page", "2"}});
  EXPECT_EQ(cache_header(other_page), "miss");
  EXPECT_EQ(other_page.body["page"], 2);
}

TEST_F(ServerCache, ACommitByTheIndexerIsSeenAtOnce) {
  const JsonResponse before = search({{"q", "Zangezur"}, {"xlang", "0"}});
  ASSERT_EQ(before.status, 200) << before.raw;
  EXPECT_EQ(before.body["total"], 0);
  ASSERT_EQ(cache_header(search({{"q", "Zangezur"}, {"xlang", "0"}})), "hit");

  corpus_.add({"en/zangezur.md", front_matter_document("en-zangezur", "Zangezur route", "2024-03-01", "en", "article",
                                                       "economy", "The Zangezur route was discussed.\n")});
  corpus_.rebuild();
  const JsonResponse after = search({{"q", "Zangezur"}, {"xlang", "0"}});
  ASSERT_EQ(after.status, 200) << after.raw;
  EXPECT_EQ(cache_header(after), "miss");
  EXPECT_EQ(after.body["total"], 1);
  ASSERT_EQ(after.body["hits"].size(), 1u);
  EXPECT_EQ(after.body["hits"][0]["id"], "en-zangezur");
}

TEST_F(ServerCache, RefusalsAreNotKept) {
  const JsonResponse first = search({{"q", "demining"}, {"page", "0"}});
  EXPECT_EQ(first.status, 400);
  const JsonResponse second = search({{"q", "demining"}, {"page", "0"}});
  EXPECT_EQ(second.status, 400);
  EXPECT_EQ(cache_header(second), "miss");
}

TEST_F(ServerCache, EveryReadEndpointIsKeptPerIndexVersion) {
  for (const char* path : {"/api/stats", "/api/areas", "/api/measures", "/api/documents/en-brussels"}) {
    SCOPED_TRACE(path);
    const JsonResponse first = get_json(client_, path);
    ASSERT_EQ(first.status, 200) << first.raw;
    const JsonResponse second = get_json(client_, path);
    EXPECT_EQ(cache_header(second), "hit");
    EXPECT_EQ(second.raw, first.raw);
  }
}

TEST_F(ServerCache, TheExportIsADownloadAnsweredAfreshEveryTime) {
  for (int attempt = 1; attempt <= 2; ++attempt) {
    SCOPED_TRACE(attempt);
    const auto response = client_.Get("/api/export", {{"q", "demining"}, {"format", "csv"}}, httplib::Headers{});
    ASSERT_TRUE(response);
    EXPECT_EQ(response->status, 200) << response->body;
    EXPECT_FALSE(response->has_header("X-Liaison-Cache"));
    EXPECT_EQ(response->get_header_value("Cache-Control"), "no-store");
    EXPECT_EQ(response->get_header_value("Content-Disposition"), "attachment; filename=\"liaison-export.csv\"");
  }
  const JsonResponse refused = get_json(client_, "/api/export", {{"format", "xml"}});
  EXPECT_EQ(refused.status, 400);
  EXPECT_EQ(refused.body["parameter"], "format");
  ASSERT_TRUE(refused.headers.contains("Cache-Control"));
  EXPECT_EQ(refused.headers.find("Cache-Control")->second, "no-store");
}

TEST_F(ServerWithoutCache, ZeroBudgetAnswersEveryRequestAfresh) {
  ASSERT_EQ(search({{"q", "demining"}}).status, 200);
  const JsonResponse second = search({{"q", "demining"}});
  ASSERT_EQ(second.status, 200);
  EXPECT_EQ(cache_header(second), "(none)");
}

}  // namespace
}  // namespace liaison::http

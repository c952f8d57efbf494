// Hostile input against a real server on loopback: oversized requests, bytes that are not
// UTF-8, NUL, every parameter at and past its bounds, and queries built to be expensive. The
// server answers each with a 4xx JSON error or a clean result, never 500, within a time bound.
#include <chrono>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "tests/faults/raw_http.h"
#include "tests/server/server_fixture.h"

namespace liaison::http {
namespace {

using namespace testing_support;
using liaison::testing::body_of;
using liaison::testing::raw_exchange;
using liaison::testing::status_of;

ServerOptions options_for(const IndexedCorpus& corpus) {
  return {.db = corpus.db(), .web_dir = {}, .domain_dir = corpus.domain(), .threads = 2, .keep_alive_seconds = 0, .log = {},
          .max_connections = 512, .io_timeout_seconds = 2};
}

/// The server still answers an ordinary search (after something hostile).
void expect_still_serving(int port) {
  httplib::Client client("127.0.0.1", port);
  const auto response = get_json(client, "/api/search", {{"q", "demining"}});
  EXPECT_EQ(response.status, 200) << "the server stopped answering";
}

class HostileInput : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    corpus_ = new IndexedCorpus(small_corpus());
    server_ = new RunningServer(options_for(*corpus_), corpus_->analyzer());
  }
  static void TearDownTestSuite() {
    delete server_;
    delete corpus_;
  }
  static int port() { return server_->port(); }

 private:
  static inline IndexedCorpus* corpus_ = nullptr;
  static inline RunningServer* server_ = nullptr;
};

TEST_F(HostileInput, OversizedRequestLineIsRefusedWith400Or414) {
  for (const std::size_t length : {9000u, 100000u, 1000000u}) {
    SCOPED_TRACE(length);
    const auto response = raw_exchange(port(), "GET /api/search?q=" + std::string(length, 'a') + " HTTP/1.1\r\nHost: x\r\n\r\n");
    const int status = status_of(response);
    EXPECT_TRUE(status == 400 || status == 414) << response.substr(0, 200);
  }
  expect_still_serving(port());
}

TEST_F(HostileInput, OversizedHeaderIsRefusedWith400Or431) {
  for (const std::size_t length : {9000u, 100000u, 1000000u}) {
    SCOPED_TRACE(length);
    const auto response =
        raw_exchange(port(), "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + std::string(length, 'b') + "\r\n\r\n");
    const int status = status_of(response);
    EXPECT_TRUE(status == 400 || status == 431) << response.substr(0, 200);
  }
  expect_still_serving(port());
}

TEST_F(HostileInput, ThousandsOfHeadersNeitherCrashNorHangTheServer) {
  std::string request = "GET /healthz HTTP/1.1\r\nHost: x\r\n";
  for (int i = 0; i < 20000; ++i) request += "X-Many-" + std::to_string(i) + ": value\r\n";
  request += "\r\n";
  const auto started = std::chrono::steady_clock::now();
  const int status = status_of(raw_exchange(port(), request));
  EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(5));
  EXPECT_TRUE(status == 200 || status == 400 || status == 431) << status;
  expect_still_serving(port());
}

TEST_F(HostileInput, OversizedBodyIsRefusedWith413) {
  const std::size_t declared = 50u * 1024 * 1024;
  for (const std::string method : {"POST", "PUT", "DELETE"}) {
    SCOPED_TRACE(method);
    const auto response = raw_exchange(port(), method + " /api/search?q=rail HTTP/1.1\r\nHost: x\r\nContent-Length: " +
                                                   std::to_string(declared) + "\r\n\r\n" + std::string(100000, 'c'));
    EXPECT_EQ(status_of(response), 413) << response.substr(0, 200);
  }
  expect_still_serving(port());
}

TEST_F(HostileInput, ABodySentWithGetIsNeverRead) {
  const auto started = std::chrono::steady_clock::now();
  const auto response = raw_exchange(port(), "GET /api/search?q=rail HTTP/1.1\r\nHost: x\r\nContent-Length: 52428800\r\n\r\n" +
                                                 std::string(100000, 'c'));
  EXPECT_EQ(status_of(response), 200) << response.substr(0, 200);
  EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(2)) << "the server waited for the body";
}

TEST_F(HostileInput, InvalidUtf8AndNulInParametersGiveJson400OrAResultNever500) {
  const std::vector<std::string> targets = {
      "/api/search?q=%FF",           "/api/search?q=%00",          "/api/search?q=rail%00links",
      "/api/search?q=%C0%80",        "/api/search?q=%ED%A0%80",    "/api/search?q=%F4%90%80%80",
      "/api/search?lang=%FF",        "/api/search?lang=en%00",     "/api/search?source=%FF%FE",
      "/api/search?area=%00",        "/api/search?measure=%FF",    "/api/search?kind=%00",
      "/api/search?from=%00",        "/api/search?to=2021%00",     "/api/search?sort=%FF",
      "/api/search?page=1%00",       "/api/search?size=%FF",       "/api/search?mode=%00",
      "/api/search?xlang=%FF",       "/api/search?facets=%00",     "/api/search?%FF=%FF",
      "/api/search?q=%",             "/api/search?q=%zz",          "/api/search?q=%F",
      "/api/documents/%FF",          "/api/documents/%00",         "/api/documents/a%00b",
      "/api/measures/%FF",           "/api/measures/%00",          "/api/%FF",
      "/%FF",                        "/%00",
  };
  for (const auto& target : targets) {
    SCOPED_TRACE(target);
    const auto response = raw_exchange(port(), "GET " + target + " HTTP/1.1\r\nHost: x\r\n\r\n");
    const int status = status_of(response);
    EXPECT_TRUE(status == 200 || status == 400 || status == 404) << response.substr(0, 300);
    EXPECT_FALSE(nlohmann::json::parse(body_of(response), nullptr, false).is_discarded()) << body_of(response);
  }
  expect_still_serving(port());
}

TEST_F(HostileInput, RawBytesOutsideUrlEncodingNeverCause500) {
  const std::vector<std::string> targets = {std::string("/api/search?q=\xff\xfe"), std::string("/api/search?q=a\x01" "b"),
                                            std::string("/api/documents/\xc0\xaf"), std::string("/api/search?q=\t")};
  for (const auto& target : targets) {
    SCOPED_TRACE(target);
    const int status = status_of(raw_exchange(port(), "GET " + target + " HTTP/1.1\r\nHost: x\r\n\r\n"));
    EXPECT_TRUE(status == 200 || status == 400 || status == 404) << status;
  }
  expect_still_serving(port());
}

/// A parameter value and whether the API accepts it.
struct BoundCase {
  std::string query;
  int status;
};

TEST_F(HostileInput, EveryParameterAtAndBeyondItsBoundsIsAcceptedOrRefusedWithAMessage) {
  const std::vector<BoundCase> cases = {
      {"page=1000&size=100", 200},
      {"page=1", 200},
      {"size=1", 200},
      {"page=1001", 400},
      {"page=1000000000", 400},
      {"page=99999999999999999999999", 400},
      {"page=0", 400},
      {"page=-1", 400},
      {"page=1.5", 400},
      {"page=", 200},  // an empty value is the default, as a form sends it
      {"size=-1", 400},
      {"size=0", 400},
      {"size=101", 400},
      {"size=18446744073709551617", 400},
      {"size=1e3", 400},
      {"size=%2010", 400},
      {"from=99999", 400},
      {"to=99999-01-01", 400},
      {"from=2021-02-30", 400},
      {"from=2021-13", 400},
      {"from=0000", 200},
      {"from=2022&to=2021", 400},
      {"from=2021-06&to=2021-05-31", 400},
      {"from=2021&to=2021", 200},
      {"sort=random", 400},
      {"mode=all", 400},
      {"lang=xx", 400},
      {"q=" + std::string(4096, 'a'), 200},
      {"q=" + std::string(4097, 'a'), 400},
      {"source=" + std::string(5000, 's'), 400},
      {"size=10&size=20", 400},
  };
  httplib::Client client("127.0.0.1", port());
  for (const auto& [query, status] : cases) {
    SCOPED_TRACE(query.substr(0, 80));
    const auto response = get_json(client, "/api/search?" + query);
    EXPECT_EQ(response.status, status) << response.raw.substr(0, 300);
    if (status == 400) {
      ASSERT_TRUE(response.body.contains("error")) << response.raw;
      EXPECT_FALSE(response.body["error"].get<std::string>().empty());
    }
  }
}

TEST_F(HostileInput, EveryResponseCarriesCspAndNosniffAndNoCors) {
  httplib::Client client("127.0.0.1", port());
  const httplib::Headers cross_origin = {{"Origin", "https://evil.example"}};
  for (const std::string path : {"/api/search?q=rail", "/api/search?size=0", "/healthz", "/nowhere", "/api/documents/none"}) {
    SCOPED_TRACE(path);
    const auto response = client.Get(path, cross_origin);
    ASSERT_TRUE(response);
    EXPECT_NE(response->get_header_value("Content-Security-Policy").find("default-src 'self'"), std::string::npos);
    EXPECT_EQ(response->get_header_value("X-Content-Type-Options"), "nosniff");
    EXPECT_FALSE(response->has_header("Access-Control-Allow-Origin"));
    EXPECT_FALSE(response->has_header("Access-Control-Allow-Credentials"));
  }
  const auto refused = client.Post("/api/search", cross_origin, "x", "text/plain");
  ASSERT_TRUE(refused);
  EXPECT_EQ(refused->get_header_value("X-Content-Type-Options"), "nosniff");
  EXPECT_FALSE(refused->has_header("Access-Control-Allow-Origin"));
}

}  // namespace
}  // namespace liaison::http

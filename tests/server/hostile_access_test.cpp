// The server binds loopback unless told otherwise and only reads: every method that could
// change something answers 405 and changes nothing.
#include <chrono>
#include <string>

#include <gtest/gtest.h>

#include "tests/faults/child_process.h"
#include "tests/server/server_fixture.h"

namespace liaison::http {
namespace {

using namespace testing_support;
using namespace std::chrono_literals;

TEST(HostileAccess, TheServerBindsLoopbackByDefault) {
  IndexedCorpus corpus(small_corpus());
  const testing::TempDir logs;
  testing::ChildProcess server({(testing::binary_dir() / "bin" / "search-server").string(), "--db", corpus.db().string(),
                                "--port", "0"},
                               {.output_dir = logs.path(), .max_file_bytes = {}});
  ASSERT_TRUE(server.wait_for_stderr("listening on", 20s)) << server.err();
  std::string host;
  const int port = testing::listening_port(server.err(), &host);
  EXPECT_EQ(host, "127.0.0.1");
  ASSERT_GT(port, 0);
  httplib::Client client("127.0.0.1", port);
  EXPECT_EQ(get_json(client, "/healthz").status, 200);
  server.signal_child(SIGTERM);
  EXPECT_EQ(server.wait_for_exit(10s), 0) << server.err();
}

TEST(HostileAccess, WritingMethodsAnswer405AndChangeNothing) {
  IndexedCorpus corpus(small_corpus());
  const testing::TempDir site;
  site.write("web/index.html", "<!doctype html><title>Liaison</title>");
  RunningServer server({.db = corpus.db(), .web_dir = site.path() / "web", .domain_dir = corpus.domain(), .threads = 2,
                        .keep_alive_seconds = 0, .log = {}},
                       corpus.analyzer());
  httplib::Client client("127.0.0.1", server.port());
  const auto stats_before = get_json(client, "/api/stats");
  const std::string body = R"({"id": "en-brussels", "title": "replaced"})";
  for (const std::string path : {"/api/search", "/api/documents/en-brussels", "/api/stats", "/api/measures", "/index.html", "/"}) {
    SCOPED_TRACE(path);
    for (const auto& response : {client.Post(path, body, "application/json"), client.Put(path, body, "application/json"),
                                 client.Patch(path, body, "application/json"), client.Delete(path),
                                 client.Options(path)}) {
      ASSERT_TRUE(response);
      EXPECT_EQ(response->status, 405) << response->body;
      EXPECT_EQ(response->get_header_value("Allow"), "GET, HEAD");
      EXPECT_FALSE(nlohmann::json::parse(response->body, nullptr, false).value("error", "").empty());
    }
  }
  const auto stats_after = get_json(client, "/api/stats");
  EXPECT_EQ(stats_after.body["documents"], stats_before.body["documents"]);
  const auto document = get_json(client, "/api/documents/en-brussels");
  ASSERT_EQ(document.status, 200);
  EXPECT_EQ(document.body["title"], "Leaders meet in Brussels");
  EXPECT_EQ(client.Get("/")->body, "<!doctype html><title>Liaison</title>");
}

}  // namespace
}  // namespace liaison::http

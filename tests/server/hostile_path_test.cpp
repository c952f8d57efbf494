// Bytes in the path that mean something to the layers below HTTP: a NUL cut the file name for
// the file system but not for the type lookup, CR/LF wrote forged lines into the access log, and
// document ids with '/', '%' or control bytes were looked up (404) instead of refused (400).
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

std::string header_of(const std::string& response, const std::string& name) {
  const auto at = response.find("\r\n" + name + ": ");
  if (at == std::string::npos) return {};
  const auto from = at + name.size() + 4;
  return response.substr(from, response.find("\r\n", from) - from);
}

class HostilePath : public ::testing::Test {
 protected:
  void SetUp() override {
    site_.write("web/style.css", "body { color: red; }");
    server_ = std::make_unique<RunningServer>(
        ServerOptions{.db = corpus_.db(), .web_dir = site_.path() / "web", .domain_dir = {}, .threads = 2,
                      .keep_alive_seconds = 0, .log = log_.sink()},
        corpus_.analyzer());
  }
  std::string get(const std::string& target) {
    return raw_exchange(server_->port(), "GET " + target + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
  }

  IndexedCorpus corpus_{small_corpus()};
  testing::TempDir site_;
  LogCollector log_;
  std::unique_ptr<RunningServer> server_;
};

TEST_F(HostilePath, ANulInAStaticPathIsRefusedNotServedUnderAnotherType) {
  for (const std::string target : {"/style.css%00.html", "/style.css%00", "/%00", "/api/search%00?q=rail"}) {
    SCOPED_TRACE(target);
    const std::string response = get(target);
    EXPECT_EQ(status_of(response), 400) << response.substr(0, 300);
    EXPECT_EQ(header_of(response, "Content-Type").find("text/html"), std::string::npos);
    EXPECT_EQ(response.find("color: red"), std::string::npos);
    EXPECT_FALSE(nlohmann::json::parse(body_of(response), nullptr, false).value("error", "").empty());
  }
  EXPECT_EQ(status_of(get("/style.css")), 200) << "the file itself is still served";
}

TEST_F(HostilePath, ControlBytesInThePathCannotForgeAccessLogLines) {
  for (const std::string target : {"/api/x%0aGET%20/api/forged%20200%200.1%20ms", "/x%0d%0aGET%20/forged%20200%200.1%20ms",
                                   "/api/documents/a%0Ab"}) {
    SCOPED_TRACE(target);
    EXPECT_EQ(status_of(get(target)), 400);
  }
  server_.reset();  // every line written
  const auto lines = log_.lines();
  ASSERT_EQ(lines.size(), 3u);
  for (const auto& line : lines) {
    SCOPED_TRACE(line);
    EXPECT_EQ(line.find_first_of("\r\n"), std::string::npos);
    EXPECT_TRUE(line.starts_with("GET /")) << "one line per request, in the usual shape";
    EXPECT_TRUE(line.ends_with(" ms"));
    EXPECT_EQ(line.find(" 200 "), std::string::npos) << "a forged status field";
  }
}

TEST_F(HostilePath, MalformedDocumentIdsGet400) {
  // As sent on the wire, percent-encoded; the server decodes them before routing.
  for (const std::string& id : std::vector<std::string>{"en%2Fbrussels", "en/brussels", "a%25b", "a%01b", "%7F", "en%20brussels",
                                                          std::string(129, 'a')}) {
    SCOPED_TRACE(id);
    const std::string document = get("/api/documents/" + id);
    EXPECT_EQ(status_of(document), 400) << document;
    EXPECT_FALSE(nlohmann::json::parse(body_of(document), nullptr, false).value("error", "").empty()) << document;
    const std::string citation = get("/api/documents/" + id + "/passages/1/cite");
    EXPECT_EQ(status_of(citation), 400) << citation;
  }
  EXPECT_EQ(status_of(get("/api/documents/en-brussels")), 200);
  EXPECT_EQ(status_of(get("/api/documents/en-nowhere")), 404);
  EXPECT_EQ(status_of(get("/api/documents/en-brussels/passages/1/cite")), 200);
}

}  // namespace
}  // namespace liaison::http

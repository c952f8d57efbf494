// The static route serves files of web/ only: no spelling of "..", encoded slash, backslash or
// absolute path reaches the secret file written beside web/, nor a system file.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "tests/faults/raw_http.h"
#include "tests/server/server_fixture.h"

namespace liaison::http {
namespace {

using namespace testing_support;
using liaison::testing::raw_exchange;
using liaison::testing::status_of;

constexpr const char* kSecret = "TOP-SECRET-7f3a9c-NOT-FOR-THE-WEB";

TEST(HostileStatic, TraversalNeverServesAFileOutsideTheWebFolder) {
  IndexedCorpus corpus(small_corpus());
  const testing::TempDir site;
  site.write("web/index.html", "<!doctype html><title>Liaison</title>");
  site.write("web/js/app.js", "export {};");
  site.write("secret.txt", kSecret);
  site.write("web-private/secret.txt", kSecret);
  RunningServer server({.db = corpus.db(), .web_dir = site.path() / "web", .domain_dir = {}, .threads = 2, .keep_alive_seconds = 0, .log = {}},
                       corpus.analyzer());

  const std::string secret_path = (site.path() / "secret.txt").string();
  const std::vector<std::string> targets = {
      "/../secret.txt",          "/..%2fsecret.txt",         "/%2e%2e/secret.txt",       "/%2e%2e%2fsecret.txt",
      "/%2E%2E%2Fsecret.txt",    "/js/../../secret.txt",     "/js/..%2f..%2fsecret.txt", "/./../secret.txt",
      "/..\\secret.txt",         "/..%5csecret.txt",         "/js%5c..%5c..%5csecret.txt", "/%252e%252e/secret.txt",
      "/..%c0%afsecret.txt",     "/..%00/secret.txt",        "/../web-private/secret.txt", "/....//secret.txt",
      "/" + secret_path,         "/%2f" + secret_path.substr(1), "//" + secret_path.substr(1),
      secret_path,               "/../../../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
      "//etc/passwd",            "/%2fetc%2fpasswd",         "/js/../index.html",
  };
  for (const auto& target : targets) {
    SCOPED_TRACE(target);
    const auto response = raw_exchange(server.port(), "GET " + target + " HTTP/1.1\r\nHost: x\r\n\r\n");
    EXPECT_EQ(response.find(kSecret), std::string::npos) << "served the secret";
    EXPECT_EQ(response.find("root:x:0:0"), std::string::npos) << "served /etc/passwd";
    EXPECT_NE(status_of(response), 0) << "no HTTP answer";
    EXPECT_LT(status_of(response), 500) << response.substr(0, 200);
  }
  // The test can fail: the files it guards are real and the folder is served.
  httplib::Client client("127.0.0.1", server.port());
  const auto index = client.Get("/");
  ASSERT_TRUE(index);
  EXPECT_EQ(index->status, 200);
  EXPECT_NE(index->body.find("Liaison"), std::string::npos);
  EXPECT_EQ(client.Get("/js/../index.html")->status, 200) << "a path that stays inside web/ is fine";
}

}  // namespace
}  // namespace liaison::http

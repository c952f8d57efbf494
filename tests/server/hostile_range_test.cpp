// Range headers: API answers ignore them (200, the whole JSON, errors included); a static file
// is sent as 206 for one range that starts inside it and whole otherwise. Several ranges once
// made the server build one copy of the answer per range in memory (2,600 ranges of a 154 KB
// export: a 401 MB answer).
#include <string>

#include <gtest/gtest.h>

#include "tests/faults/raw_http.h"
#include "tests/server/server_fixture.h"

namespace liaison::http {
namespace {

using namespace testing_support;

constexpr const char* kStyle = "body { color: #123456; }\n";

std::string many_ranges(int count) {
  std::string header = "bytes=";
  for (int i = 0; i < count; ++i) header += i == 0 ? "0-" : ",0-";
  return header;
}

class HostileRange : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    corpus_ = new IndexedCorpus(small_corpus());
    site_ = new testing::TempDir();
    site_->write("web/style.css", kStyle);
    site_->write("web/index.html", "<!doctype html><title>Liaison</title>");
    server_ = new RunningServer({.db = corpus_->db(), .web_dir = site_->path() / "web", .domain_dir = corpus_->domain(),
                                 .threads = 2, .keep_alive_seconds = 0, .log = {}},
                                corpus_->analyzer());
  }
  static void TearDownTestSuite() {
    delete server_;
    delete site_;
    delete corpus_;
  }
  /// GETs `target` with the Range header `range`; without one when it is empty.
  static httplib::Result get(const std::string& target, const std::string& range) {
    httplib::Client client("127.0.0.1", server_->port());
    client.set_read_timeout(30, 0);
    return range.empty() ? client.Get(target) : client.Get(target, {{"Range", range}});
  }

 private:
  static inline IndexedCorpus* corpus_ = nullptr;
  static inline testing::TempDir* site_ = nullptr;
  static inline RunningServer* server_ = nullptr;
};

TEST_F(HostileRange, ThousandsOfRangesOnTheExportGetTheExportOnce) {
  const std::string target = "/api/export?q=&limit=1000&format=json";
  const auto plain = get(target, "");
  ASSERT_TRUE(plain);
  const auto ranged = get(target, many_ranges(2600));
  ASSERT_TRUE(ranged);
  EXPECT_EQ(ranged->status, 200);
  EXPECT_EQ(ranged->body.size(), plain->body.size()) << "the answer was built once per range";
  EXPECT_FALSE(nlohmann::json::parse(ranged->body, nullptr, false).is_discarded());
  EXPECT_EQ(ranged->get_header_value("Content-Type").find("multipart"), std::string::npos);
}

TEST_F(HostileRange, ApiAnswersAndErrorsIgnoreASingleRange) {
  for (const std::string target : {"/api/search?q=demining", "/api/documents/en-brussels", "/api/documents/none",
                                   "/api/nowhere", "/healthz"}) {
    SCOPED_TRACE(target);
    const auto response = get(target, "bytes=0-5");
    ASSERT_TRUE(response);
    EXPECT_NE(response->status, 206);
    EXPECT_TRUE(response->get_header_value("Content-Range").empty());
    const auto body = nlohmann::json::parse(response->body, nullptr, false);
    EXPECT_TRUE(body.is_object()) << "cut JSON: " << response->body;
    if (response->status >= 400) {
      EXPECT_FALSE(body.value("error", "").empty()) << response->body;
    }
  }
}

TEST_F(HostileRange, AStaticFileServesOneRangeAndIsWholeOtherwise) {
  const std::string style = kStyle;
  const auto one = get("/style.css", "bytes=0-3");
  ASSERT_TRUE(one);
  EXPECT_EQ(one->status, 206);
  EXPECT_EQ(one->body, style.substr(0, 4));
  const auto suffix = get("/style.css", "bytes=-3");
  ASSERT_TRUE(suffix);
  EXPECT_EQ(suffix->status, 206);
  EXPECT_EQ(suffix->body, style.substr(style.size() - 3));
  for (const std::string& range : {many_ranges(2), many_ranges(500), std::string("bytes=1000-"),
                                  std::string("bytes=") + std::to_string(style.size()) + "-"}) {
    SCOPED_TRACE(range.substr(0, 40));
    const auto whole = get("/style.css", range);
    ASSERT_TRUE(whole);
    EXPECT_EQ(whole->status, 200);
    EXPECT_EQ(whole->body, style);
  }
}

TEST_F(HostileRange, AMalformedRangeGetsA416WithItsWholeJsonError) {
  for (const std::string target : {"/api/search?q=demining", "/style.css"}) {
    SCOPED_TRACE(target);
    const auto response = get(target, "bytes=0-1,9-3");  // the second range is backwards
    ASSERT_TRUE(response);
    EXPECT_EQ(response->status, 416);
    EXPECT_FALSE(nlohmann::json::parse(response->body, nullptr, false).value("error", "").empty()) << response->body;
  }
}

}  // namespace
}  // namespace liaison::http

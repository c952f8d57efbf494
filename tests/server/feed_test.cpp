// GET /api/feed over HTTP on a real index: an Atom feed of the newest matching documents that
// python3-feedparser (Debian) reads without complaint, cached, with the index version as ETag.
#include <gtest/gtest.h>

#include "search-server/feed_handlers.h"
#include "tests/server/server_fixture.h"
#include "tests/support/process.h"

namespace liaison::http {
namespace {

using namespace testing_support;

/// Debian's interpreter, the one python3-feedparser is installed for (a python3 earlier on PATH,
/// a virtual environment or pyenv, would not see it).
constexpr const char* kDebianPython = "/usr/bin/python3";

/// What feedparser reads: bozo, the entry count, then one line per entry (title, id, author,
/// updated, categories).
constexpr const char* kReadFeed = R"(import feedparser, sys
d = feedparser.parse(sys.stdin.read())
print(int(d.bozo), len(d.entries), d.feed.get('id', ''))
for e in d.entries:
    print(e.title, '|', e.id, '|', e.get('author', ''), '|', e.updated, '|', ','.join(t.term for t in e.get('tags', [])))
)";

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  for (std::size_t end = text.find('\n'); end != std::string::npos; start = end + 1, end = text.find('\n', start)) {
    lines.push_back(text.substr(start, end - start));
  }
  return lines;
}

class Feed : public ::testing::Test {
 protected:
  Feed()
      : corpus_(small_corpus()),
        server_({.db = corpus_.db(), .web_dir = {}, .domain_dir = corpus_.domain(), .threads = 2,
                 .keep_alive_seconds = 0, .log = {}},
                corpus_.analyzer()),
        client_("127.0.0.1", server_.port()) {
    client_.set_read_timeout(std::chrono::seconds(60));
  }

  /// feedparser's reading of `body`, line by line.
  static std::vector<std::string> read_feed(const std::string& body) {
    const auto result = liaison::testing::run_process({kDebianPython, "-c", kReadFeed}, body);
    EXPECT_EQ(result.exit_code, 0) << result.err;
    return lines_of(result.out);
  }

  IndexedCorpus corpus_;
  RunningServer server_;
  httplib::Client client_;
};

TEST(XmlEscape, EscapesMarkupAndDropsControlCharacters) {
  EXPECT_EQ(xml_escape("a<b>&\"c\"'d'\x01\te"), "a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;\te");
}

TEST_F(Feed, IsAValidAtomFeedOfTheNewestDocumentsFirst) {
  auto result = client_.Get("/api/feed");
  ASSERT_TRUE(result);
  ASSERT_EQ(result->status, 200) << result->body;
  EXPECT_EQ(result->get_header_value("Content-Type"), "application/atom+xml; charset=utf-8");
  const auto lines = read_feed(result->body);
  ASSERT_EQ(lines.size(), 7u) << result->body;
  EXPECT_EQ(lines[0], "0 6 http://127.0.0.1:" + std::to_string(server_.port()) + "/api/feed") << result->body;
  EXPECT_EQ(lines[1].substr(0, lines[1].find(" |")), "<script>alert('title')</script> Ceasefire notes")
      << "markup in a title is text, escaped";
  EXPECT_NE(lines[1].find("| 2023-02-02T00:00:00Z | diplomacy"), std::string::npos) << lines[1];
  EXPECT_NE(lines[1].find("/?doc=en-script | Liaison Test Desk |"), std::string::npos) << lines[1];
  EXPECT_EQ(lines[2].substr(0, lines[2].find(" |")), "Bəyanat");
  EXPECT_EQ(lines[6].substr(0, lines[6].find(" |")), "Հայտարարություն") << "the oldest last";
  EXPECT_NE(result->body.find("<updated>2023-02-02T00:00:00Z</updated>\n"), std::string::npos)
      << "the feed's updated is its newest entry's";
}

TEST_F(Feed, FollowsTheSearchFilters) {
  auto result = client_.Get("/api/feed?q=demining&xlang=0&lang=en&page=3&size=1&sort=relevance");
  ASSERT_TRUE(result);
  ASSERT_EQ(result->status, 200) << result->body;
  const auto lines = read_feed(result->body);
  ASSERT_EQ(lines.size(), 2u) << result->body;
  EXPECT_EQ(lines[0].substr(0, 4), "0 1 ");
  EXPECT_NE(lines[0].find("/api/feed?lang=en&page=3&q=demining&size=1&sort=relevance&xlang=0"), std::string::npos)
      << "the id is the canonical URL, parameters in order";
  EXPECT_EQ(lines[1].substr(0, lines[1].find(" |")), "Leaders meet in Brussels");

  auto bad = client_.Get("/api/feed?lang=xx");
  ASSERT_TRUE(bad);
  EXPECT_EQ(bad->status, 400);
  EXPECT_EQ(bad->get_header_value("Content-Type"), "application/json; charset=utf-8");
}

TEST_F(Feed, IsCachedAndAnswers304ForItsETag) {
  auto first = client_.Get("/api/feed?q=ceasefire");
  ASSERT_TRUE(first);
  ASSERT_EQ(first->status, 200);
  const std::string etag = first->get_header_value("ETag");
  ASSERT_FALSE(etag.empty());
  EXPECT_EQ(first->get_header_value("X-Liaison-Cache"), "miss");
  auto second = client_.Get("/api/feed?q=ceasefire");
  ASSERT_TRUE(second);
  EXPECT_EQ(second->get_header_value("X-Liaison-Cache"), "hit");
  EXPECT_EQ(second->body, first->body);
  EXPECT_EQ(second->get_header_value("Content-Type"), "application/atom+xml; charset=utf-8");
  auto unchanged = client_.Get("/api/feed?q=ceasefire", {{"If-None-Match", etag}});
  ASSERT_TRUE(unchanged);
  EXPECT_EQ(unchanged->status, 304);
  EXPECT_TRUE(unchanged->body.empty());
  auto other = client_.Get("/api/feed?q=ceasefire", {{"If-None-Match", "\"stale\""}});
  ASSERT_TRUE(other);
  EXPECT_EQ(other->status, 200);
}

}  // namespace
}  // namespace liaison::http

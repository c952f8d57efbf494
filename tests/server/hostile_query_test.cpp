// Queries built to be expensive: thousands of terms, a prefix over 50 000 words that start with
// it, deep brackets. Each is answered within a generous time bound (a safety property, not a
// benchmark) with a clear 400 or a bounded result.
#include <chrono>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "tests/server/server_fixture.h"

namespace liaison::http {
namespace {

using namespace testing_support;
using namespace std::chrono_literals;

constexpr int kDistinctWords = 50000;

/// The i-th word of the vocabulary: "aa" and four letters, all distinct, so that the shortest
/// prefix the engine expands ("aa*", two letters) covers all of them.
std::string a_word(int i) {
  std::string word = "aa";
  for (int digit = 0; digit < 4; ++digit, i /= 26) word += static_cast<char>('a' + i % 26);
  return word;
}

/// 100 documents that together hold kDistinctWords words starting with 'a'.
std::vector<CorpusFile> huge_a_vocabulary() {
  auto files = small_corpus();
  constexpr int kDocuments = 100;
  for (int doc = 0; doc < kDocuments; ++doc) {
    std::string body;
    for (int i = doc; i < kDistinctWords; i += kDocuments) body += a_word(i) + (i % 20 == 19 ? ".\n\n" : " ");
    files.push_back({"en/vocab-" + std::to_string(doc) + ".md",
                     front_matter_document("en-vocab-" + std::to_string(doc), "Vocabulary " + std::to_string(doc),
                                           "2022-01-01", "en", "other", "diplomacy", body + "\n")});
  }
  return files;
}

class HostileQuery : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    corpus_ = new IndexedCorpus(huge_a_vocabulary());
    server_ = serve_api(*corpus_);
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

std::string repeated(const std::string& unit, int times) {
  std::string text;
  for (int i = 0; i < times; ++i) text += unit;
  return text;
}

std::string many_words(int count, const char* separator) {
  std::string text;
  for (int i = 0; i < count; ++i) text += (i ? separator : "") + a_word(i * 7);
  return text;
}

TEST_F(HostileQuery, ExpensiveQueriesAnswerWithinTwoSecondsWithA400OrABoundedResult) {
  const std::vector<std::string> queries = {
      "a*",
      "aa*",
      "aa* aa* aa* aa* aa* aa* aa* aa* aa*",
      "aa* OR aab* OR aac*",
      "aa* OR ab* OR ac* OR ad* OR ae* OR af* OR ag* OR ah*",
      "\"aa* aaaaa\"",
      "-aa*",
      "title:aa*",
      many_words(60, " "),
      many_words(600, " "),
      many_words(600, " OR "),
      repeated("a ", 2000),
      repeated("aa* ", 1000),
      repeated("(", 15) + "aaaaa" + repeated(")", 15),
      repeated("(", 2000) + "a" + repeated(")", 2000),
      repeated("(", 4000),
      repeated(")", 4000),
      repeated("\"", 4000),
      repeated("-", 4000),
      repeated("(a OR ", 600) + "b" + repeated(")", 600),
      "\"" + many_words(600, " ") + "\"",
  };
  httplib::Client client("127.0.0.1", port());
  client.set_read_timeout(30, 0);
  for (const auto& query : queries) {
    SCOPED_TRACE(query.substr(0, 60) + " (" + std::to_string(query.size()) + " bytes)");
    const auto started = std::chrono::steady_clock::now();
    const auto response = get_json(client, "/api/search", {{"q", query}, {"size", "100"}});
    const auto took = std::chrono::steady_clock::now() - started;
    // Generous on purpose: under ASan+UBSan on a shared 2-core machine one honest search can take
    // a second or two; what this guards against is unbounded work (minutes, or memory exhaustion).
    EXPECT_LT(took, 10s);
    ASSERT_TRUE(response.status == 200 || response.status == 400) << response.status << " " << response.raw.substr(0, 300);
    if (response.status == 400) {
      EXPECT_FALSE(response.body.value("error", "").empty()) << response.raw;
    } else {
      EXPECT_LE(response.body["hits"].size(), 100u);
    }
  }
}

TEST_F(HostileQuery, APrefixOverFiftyThousandWordsAnswersABoundedResultQuickly) {
  httplib::Client client("127.0.0.1", port());
  client.set_read_timeout(30, 0);
  // The vocabulary is real: one of its words is found.
  const auto word = get_json(client, "/api/search", {{"q", a_word(31337)}});
  ASSERT_EQ(word.status, 200) << word.raw;
  EXPECT_EQ(word.body["total"], 1);
  const auto started = std::chrono::steady_clock::now();
  const auto prefix = get_json(client, "/api/search", {{"q", "aa*"}, {"page", "1000"}, {"size", "100"}});
  EXPECT_LT(std::chrono::steady_clock::now() - started, 2s);
  ASSERT_TRUE(prefix.status == 200 || prefix.status == 400) << prefix.raw.substr(0, 300);
  std::printf("[ aa* over %d words ] status %d, %s\n", kDistinctWords, prefix.status,
              prefix.status == 200 ? ("total " + prefix.body["total"].dump() + ", warnings " + prefix.body["warnings"].dump()).c_str()
                                   : prefix.body["error"].dump().c_str());
  if (prefix.status == 400) {
    EXPECT_FALSE(prefix.body.value("error", "").empty());
  }
}

}  // namespace
}  // namespace liaison::http

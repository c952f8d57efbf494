// The answer cache on its own: keys, the byte budget, least recently used out first.
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "search-server/response_cache.h"

namespace liaison::http {
namespace {

TEST(ResponseCache, ReturnsTheBodyStoredUnderTheSameKey) {
  ResponseCache cache(1 << 20);
  const std::string key = ResponseCache::key("uuid@3", "/api/search", {{"q", "demining"}});
  EXPECT_FALSE(cache.find(key));
  cache.store(key, R"({"total":1})");
  ASSERT_TRUE(cache.find(key));
  EXPECT_EQ(*cache.find(key), R"({"total":1})");
  EXPECT_EQ(cache.entries(), 1u);
}

TEST(ResponseCache, KeysDifferByIndexVersionPathAndEveryParameter) {
  const std::string base = ResponseCache::key("uuid@3", "/api/search", {{"q", "demining"}, {"page", "2"}});
  EXPECT_NE(base, ResponseCache::key("uuid@4", "/api/search", {{"q", "demining"}, {"page", "2"}}));
  EXPECT_NE(base, ResponseCache::key("uuid@3", "/api/export", {{"q", "demining"}, {"page", "2"}}));
  EXPECT_NE(base, ResponseCache::key("uuid@3", "/api/search", {{"q", "demining"}, {"page", "3"}}));
  EXPECT_NE(base, ResponseCache::key("uuid@3", "/api/search", {{"q", "demining"}}));
  EXPECT_EQ(base, ResponseCache::key("uuid@3", "/api/search", {{"page", "2"}, {"q", "demining"}}));
}

TEST(ResponseCache, KeysCannotBeForgedWithSeparatorsInsideAParameter) {
  EXPECT_NE(ResponseCache::key("v", "/api/search", {{"q", "a"}, {"r", "b"}}),
            ResponseCache::key("v", "/api/search", {{"q", "a1:r1:b"}}));
  EXPECT_NE(ResponseCache::key("v", "/api/search", {{"q", "a=b"}}),
            ResponseCache::key("v", "/api/search", {{"q=a", "b"}}));
}

TEST(ResponseCache, DropsTheLeastRecentlyUsedAnswerToStayInItsBudget) {
  const std::string body(1000, 'x');
  ResponseCache cache(10 * 1300);  // room for about ten answers of 1,000 bytes
  for (int i = 0; i < 10; ++i) cache.store("k" + std::to_string(i), body);
  ASSERT_TRUE(cache.find("k0"));  // k0 is now the most recently used; k1 the least
  for (int i = 10; i < 14; ++i) cache.store("k" + std::to_string(i), body);
  EXPECT_TRUE(cache.find("k0"));
  EXPECT_FALSE(cache.find("k1"));
  EXPECT_TRUE(cache.find("k13"));
  EXPECT_LE(cache.bytes(), 10u * 1300u);
}

TEST(ResponseCache, KeepsNoAnswerLargerThanAnEighthOfItsBudget) {
  ResponseCache cache(8000);
  cache.store("small", std::string(100, 'x'));
  cache.store("large", std::string(1200, 'x'));
  EXPECT_TRUE(cache.find("small"));
  EXPECT_FALSE(cache.find("large"));
}

TEST(ResponseCache, ZeroBudgetKeepsNothing) {
  ResponseCache cache(0);
  EXPECT_FALSE(cache.enabled());
  cache.store("k", "{}");
  EXPECT_FALSE(cache.find("k"));
  EXPECT_EQ(cache.entries(), 0u);
}

TEST(ResponseCache, WorkersSharingItKeepItWithinItsBudget) {
  ResponseCache cache(64 * 1024);
  std::vector<std::thread> workers;
  for (int t = 0; t < 4; ++t) {
    workers.emplace_back([&cache, t] {
      for (int i = 0; i < 2000; ++i) {
        const std::string key = "k" + std::to_string((i * 7 + t) % 300);
        if (const auto body = cache.find(key)) {
          ASSERT_EQ(*body, std::string(200, key.back()));
        } else {
          cache.store(key, std::string(200, key.back()));
        }
      }
    });
  }
  for (auto& worker : workers) worker.join();
  EXPECT_LE(cache.bytes(), 64u * 1024u);
  EXPECT_GT(cache.entries(), 0u);
}

}  // namespace
}  // namespace liaison::http

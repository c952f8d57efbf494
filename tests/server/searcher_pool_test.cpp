// The searcher pool bounds the searches run at once, however many connections ask: 16 clients
// on a pool of 2 once ran 16 searches at once on 2 cores, and a 0.2 s export took 2 to 2.7 s.
#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "search-server/searcher_pool.h"
#include "tests/server/server_fixture.h"

namespace liaison::http {
namespace {

using namespace testing_support;

TEST(SearcherPool, SixteenThreadsShareTwoSearchersAndNeverRunMoreAtOnce) {
  IndexedCorpus corpus(small_corpus());
  SearcherPool pool(corpus.db(), corpus.analyzer(), {}, 2);
  std::atomic<int> running{0}, most_running{0}, searches{0};
  std::vector<std::thread> clients;
  for (int client = 0; client < 16; ++client) {
    clients.emplace_back([&] {
      for (int i = 0; i < 5; ++i) {
        const SearcherLease searcher = pool.lease();
        const int now = ++running;
        int seen = most_running.load();
        while (now > seen && !most_running.compare_exchange_weak(seen, now)) {
        }
        SearchRequest request;
        request.query = "demining";
        if (searcher->search(request).total > 0) ++searches;
        --running;
      }
    });
  }
  for (auto& client : clients) client.join();
  EXPECT_EQ(searches.load(), 80);
  EXPECT_LE(most_running.load(), 2);
  EXPECT_LE(pool.open_searchers(), 2u);
}

TEST(SearcherPool, ALeaseGivenBackUnblocksTheNextAndAFailedOpenFreesItsPlace) {
  IndexedCorpus corpus(small_corpus());
  {
    SearcherPool pool(corpus.db(), corpus.analyzer(), {}, 1);
    { const SearcherLease first = pool.lease(); }
    const SearcherLease second = pool.lease();  // would wait for ever had the first not been given back
    EXPECT_EQ(pool.open_searchers(), 1u);
  }
  SearcherPool missing(corpus.db() / "none", corpus.analyzer(), {}, 1);
  EXPECT_ANY_THROW(missing.lease());
  EXPECT_ANY_THROW(missing.lease()) << "the failed open kept its place and this one waited";
  EXPECT_EQ(missing.open_searchers(), 0u);
}

}  // namespace
}  // namespace liaison::http

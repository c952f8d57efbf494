// Answers on a kept-alive connection go out as soon as they are ready. Nagle's algorithm would
// hold each answer's body until the client acknowledged its headers, and clients delay that
// acknowledgement by 40 ms or more: every answer would then take at least 40 ms.
#include <algorithm>
#include <chrono>
#include <vector>

#include <gtest/gtest.h>

#include "tests/server/server_fixture.h"

namespace liaison::http {
namespace {

using namespace testing_support;

TEST(ServerKeepAlive, AnswersAKeptAliveConnectionWithoutWaitingForDelayedAcknowledgements) {
  IndexedCorpus corpus(small_corpus());
  RunningServer server({.db = corpus.db(),
                        .web_dir = {},
                        .domain_dir = corpus.domain(),
                        .threads = 2,
                        .keep_alive_seconds = 5,
                        .log = {}},
                       corpus.analyzer());
  httplib::Client client("127.0.0.1", server.port());
  client.set_keep_alive(true);
  std::vector<double> milliseconds;
  for (int i = 0; i < 40; ++i) {
    const auto started = std::chrono::steady_clock::now();
    const auto response = client.Get("/api/search?q=demining");
    ASSERT_TRUE(response) << httplib::to_string(response.error());
    ASSERT_EQ(response->status, 200);
    milliseconds.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count());
  }
  // The first answers of a connection are acknowledged at once (TCP quick-ack); the later ones
  // show the delay. The median of the last 20 is robust to a few slow answers on a busy machine.
  std::vector<double> later(milliseconds.end() - 20, milliseconds.end());
  std::nth_element(later.begin(), later.begin() + 10, later.end());
  EXPECT_LT(later[10], 30.0) << "median of the last 20 answers on one connection, in ms";
}

}  // namespace
}  // namespace liaison::http

// Matches below the exact ones on real indexes: names written in another script (name keys) and
// one-letter typos of long words (index neighbours).
#include <gtest/gtest.h>

#include "tests/search/search_fixture.h"

namespace liaison::testing {
namespace {

std::vector<CorpusDoc> corpus() {
  return {
      {.id = "en-exact", .title = "Talks", .body = "Archbishop Galstanyan led the march to the capital."},
      {.id = "ru-name", .title = "Протест", .lang = "ru", .body = "Движение во главе с архиепископом Галстаняном прошло маршем."},
      {.id = "hy-name", .title = "Երթ", .lang = "hy", .body = "Երթը գլխավորեց արքեպիսկոպոս Գալստանյանը։"},
      {.id = "az-name", .title = "Yürüş", .lang = "az", .body = "Yürüşə arxiyepiskop Qalstanyanın tərəfdarları qatılıb."},
      {.id = "ru-other", .title = "Другое", .lang = "ru", .body = "Министр обсудил делимитацию границы."},
      {.id = "en-delimitation", .title = "Border", .body = "The delimitation of the border continues."},
  };
}

class TolerantMatch : public ::testing::Test {
 protected:
  SearchIndex index_{corpus()};
};

TEST_F(TolerantMatch, LatinNameFindsItsSpellingsInOtherScriptsBelowTheExactOne) {
  const std::vector<std::string> found = index_.ids("Galstanyan");
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(found.front(), "en-exact");
  EXPECT_EQ(sorted(found), (std::vector<std::string>{"az-name", "en-exact", "hy-name", "ru-name"}));
}

TEST_F(TolerantMatch, CyrillicNameInACaseFindsTheOthers) {
  EXPECT_EQ(sorted(index_.ids("Галстаняна")), (std::vector<std::string>{"az-name", "en-exact", "hy-name", "ru-name"}));
}

TEST_F(TolerantMatch, OneLetterTypoOfALongWordFindsTheWord) {
  EXPECT_EQ(index_.ids("delimitaton"), (std::vector<std::string>{"en-delimitation"}));
  EXPECT_EQ(index_.ids("delimitaion border").front(), "en-delimitation");
}

TEST_F(TolerantMatch, ShortWordsAndWordsTheIndexHoldsAreNotExpanded) {
  EXPECT_TRUE(index_.ids("bordr").empty() || index_.ids("bordr").size() <= 1u);
  EXPECT_TRUE(index_.ids("marc").empty());  // four letters: no neighbours (march)
  EXPECT_EQ(index_.ids("border"), (std::vector<std::string>{"en-delimitation"}));
}

}  // namespace
}  // namespace liaison::testing

// Versions of one text grouped into one hit (core/search/grouping.h) in counting and plain
// searches alike, also for a set named only by its translations (translation_of: the original
// declares nothing, so its set key is its own id).
#include <gtest/gtest.h>

#include "tests/search/search_fixture.h"

namespace liaison::testing {
namespace {

std::vector<CorpusDoc> original_and_translation() {
  return {
      {.id = "statement", .title = "Statement", .lang = "en", .body = "The OSCE observers reported a calm night.\n"},
      {.id = "zayavlenie", .title = "Заявление", .lang = "ru", .translation_of = "statement",
       .body = "Наблюдатели OSCE сообщили о спокойной ночи.\n"},
      {.id = "other", .title = "Other", .lang = "en", .body = "The OSCE chair travelled to Vienna.\n"},
  };
}

TEST(VersionGroups, AnOriginalNamedOnlyByItsTranslationGroupsWithItWithOrWithoutFacets) {
  SearchIndex index(original_and_translation());
  for (const bool facets : {true, false}) {
    SCOPED_TRACE(facets ? "facets" : "plain");
    SearchRequest request;
    request.query = "OSCE";
    request.facets = facets;
    const SearchResult result = index.search(request);
    EXPECT_TRUE(result.grouped);
    ASSERT_EQ(result.hits.size(), 2u) << "the two versions are one hit";
    std::size_t with_versions = 0;
    for (const Hit& hit : result.hits) {
      if (hit.id == "other") {
        EXPECT_TRUE(hit.versions.empty());
        continue;
      }
      ASSERT_EQ(hit.versions.size(), 1u) << hit.id;
      EXPECT_EQ(hit.versions[0].id, hit.id == "statement" ? "zayavlenie" : "statement");
      ++with_versions;
    }
    EXPECT_EQ(with_versions, 1u);
    EXPECT_EQ(result.total, 2u);
  }
}

}  // namespace
}  // namespace liaison::testing

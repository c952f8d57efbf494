// Versions of one text grouped into one hit (core/search/grouping.h) in counting and plain
// searches alike, also for a set named only by its translations (translation_of: the original
// declares nothing, so its set key is its own id).
#include <gtest/gtest.h>

#include <xapian.h>

#include "core/index/schema.h"

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

TEST(VersionGroups, OnlyAVersionOfAnotherDocumentMarksTheIndexAsHoldingSets) {
  const std::string marker(schema::kVersionOfTerm);
  SearchIndex with_sets(original_and_translation());
  EXPECT_EQ(Xapian::Database(with_sets.db_path().string()).get_termfreq(marker), 1u) << "the translation alone";
  std::vector<CorpusDoc> originals = original_and_translation();
  originals.erase(originals.begin() + 1);
  SearchIndex without_sets(originals);
  EXPECT_EQ(Xapian::Database(without_sets.db_path().string()).get_termfreq(marker), 0u);
  // Without sets a grouped search (which then collapses nothing) answers as an ungrouped one.
  for (const bool facets : {true, false}) {
    SearchRequest request;
    request.query = "OSCE";
    request.facets = facets;
    const SearchResult grouped = without_sets.search(request);
    request.group_versions = false;
    const SearchResult ungrouped = without_sets.search(request);
    EXPECT_EQ(without_sets.ids(grouped), without_sets.ids(ungrouped));
    EXPECT_EQ(grouped.total, ungrouped.total);
  }
}

}  // namespace
}  // namespace liaison::testing

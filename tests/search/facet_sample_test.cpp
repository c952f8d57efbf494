// Facets past the exact count: estimated from a uniform sample of the matches (document buckets
// by a hash of the id), not from the first matches in index order, which follow the corpus
// folders: a real index of 240 documents, 120 English ones first on disk, then 120 Russian.
#include <cmath>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "core/index/schema.h"
#include "core/search/facet_sample.h"
#include "tests/search/search_fixture.h"

namespace liaison::testing {
namespace {

constexpr int kPerLanguage = 120;

std::vector<CorpusDoc> two_folders() {
  std::vector<CorpusDoc> docs;
  for (int i = 0; i < kPerLanguage; ++i) {
    const std::string n = std::to_string(1000 + i);
    docs.push_back({.id = "a-en-" + n, .title = "Note " + n, .lang = "en",
                    .kind = i % 4 == 0 ? "report" : "statement", .body = "Ceasefire talks, note " + n + "."});
    docs.push_back({.id = "b-ru-" + n, .title = "Заметка " + n, .lang = "ru",
                    .kind = i % 4 == 0 ? "report" : "statement", .body = "Ceasefire: переговоры, заметка " + n + "."});
  }
  return docs;
}

TEST(FacetSample, BucketsFollowTheSampleSizeAndCoverEverythingWhenItIsLarge) {
  EXPECT_EQ(search::sample_buckets_for(100000, 2000), 2u);  // 2,000 of 100,000: 1.28 of 64 buckets
  EXPECT_EQ(search::sample_buckets_for(6400, 2000), 20u);
  EXPECT_EQ(search::sample_buckets_for(1500, 2000), schema::kSampleBuckets);
  EXPECT_EQ(search::sample_buckets_for(0, 2000), schema::kSampleBuckets);
  EXPECT_EQ(search::sample_buckets_for(10000000, 10), 1u);
}

TEST(FacetSample, BucketsSpreadDocumentIdsEvenly) {
  std::vector<int> per_bucket(schema::kSampleBuckets);
  for (int i = 0; i < 6400; ++i) ++per_bucket[schema::sample_bucket("en/statement-" + std::to_string(i))];
  for (const int count : per_bucket) {  // 100 expected in each; Poisson-like spread
    EXPECT_GT(count, 60);
    EXPECT_LT(count, 140);
  }
}

TEST(FacetSample, FacetsPastTheBoundComeFromAUniformSampleNotFromTheFirstFolder) {
  SearchIndex index(two_folders());
  SearchRequest request;
  request.query = "ceasefire";
  const SearchResult exact = index.search(request);
  ASSERT_TRUE(exact.exact);
  ASSERT_EQ(exact.total, 2u * kPerLanguage);
  EXPECT_EQ(exact.facets.at("lang").at("en"), 120u);
  EXPECT_EQ(exact.facets.at("lang").at("ru"), 120u);

  // Counting 20 matches, then a sample of about 80 of the 240: both folders are in it, in
  // about their share, and the total is near 240 (the first 20 matches in index order are
  // mostly one folder's).
  Searcher searcher(index.db_path(), index.analyzer(), SearcherOptions{.exact_count_up_to = 20, .facet_sample_size = 80});
  const SearchResult estimated = searcher.search(request);
  EXPECT_FALSE(estimated.exact);
  EXPECT_LT(estimated.sample, 1.0);
  EXPECT_NEAR(static_cast<double>(estimated.total), 240.0, 60.0);
  EXPECT_NEAR(static_cast<double>(estimated.facets.at("lang").at("en")), 120.0, 45.0);
  EXPECT_NEAR(static_cast<double>(estimated.facets.at("lang").at("ru")), 120.0, 45.0);
  EXPECT_NEAR(static_cast<double>(estimated.facets.at("kind").at("report")), 60.0, 35.0);

  // Each estimate is the sample's count scaled by its share: recount the sample by the buckets.
  const auto buckets = static_cast<unsigned>(std::lround(estimated.sample * schema::kSampleBuckets));
  std::uint64_t english_in_sample = 0;
  for (int i = 0; i < kPerLanguage; ++i) {
    if (schema::sample_bucket("a-en-" + std::to_string(1000 + i)) < buckets) ++english_in_sample;
  }
  EXPECT_EQ(estimated.facets.at("lang").at("en"),
            static_cast<std::uint64_t>(std::llround(static_cast<double>(english_in_sample) * schema::kSampleBuckets / buckets)));
}

}  // namespace
}  // namespace liaison::testing

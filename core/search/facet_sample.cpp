#include "core/search/facet_sample.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "core/index/schema.h"

namespace liaison::search {

unsigned sample_buckets_for(Xapian::doccount estimated, Xapian::doccount target) {
  if (estimated == 0) return schema::kSampleBuckets;
  const double share = static_cast<double>(target) / static_cast<double>(estimated);
  const auto buckets = static_cast<unsigned>(std::ceil(share * schema::kSampleBuckets));
  return std::clamp(buckets, 1u, schema::kSampleBuckets);
}

bool SampledCounts::everything() const { return buckets >= schema::kSampleBuckets; }

std::uint64_t SampledCounts::scaled(std::uint64_t count) const {
  if (everything() || buckets == 0) return count;
  return static_cast<std::uint64_t>(
      std::llround(static_cast<double>(count) * schema::kSampleBuckets / static_cast<double>(buckets)));
}

SampledCounts count_sample(const Xapian::Database& db, const Xapian::Query& query, unsigned buckets, bool facets,
                           bool portable, VersionSpy* versions) {
  using Xapian::Query;
  buckets = std::clamp(buckets, 1u, schema::kSampleBuckets);
  Query sampled = query;
  if (buckets < schema::kSampleBuckets) {
    std::vector<std::string> terms;
    for (unsigned b = 0; b < buckets; ++b) terms.push_back(schema::term(schema::kSampleBucketPrefix, std::to_string(b)));
    sampled = Query(Query::OP_FILTER, query, Query(Query::OP_OR, terms.begin(), terms.end()));
  }
  Xapian::Enquire enquire(db);
  enquire.set_query(sampled);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  FacetCounter counter({.facets = facets});
  MatchKeySpy spy(counter, versions, portable);
  spy.spy_on(enquire);
  // No hits wanted; check_at_least past every document makes the matcher show the spy each match.
  enquire.get_mset(0, 0, db.get_doccount());
  spy.finish();
  return {.buckets = buckets,
          .documents = counter.documents_seen(),
          .facets = facets ? counter.counts() : FacetCounts{}};
}

}  // namespace liaison::search

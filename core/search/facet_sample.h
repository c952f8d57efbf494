#pragma once
// Totals and facets past the exact count, estimated from a uniform sample of the matches: the
// matches in the first k of schema::kSampleBuckets document buckets, counted by a boolean pass
// and scaled by kSampleBuckets / k. The buckets are a hash of the document id, so that the
// sample does not follow the index's order (corpus folders, one per language, first to last),
// as the first N matches the matcher sees do.
#include <cstdint>

#include <xapian.h>

#include "core/search/facets.h"

namespace liaison::search {

/// How many buckets hold about `target` of `estimated` matches: between 1 and
/// schema::kSampleBuckets (all: the sample is every match, and its counts are exact).
unsigned sample_buckets_for(Xapian::doccount estimated, Xapian::doccount target);

/// What a sample pass counted.
struct SampledCounts {
  unsigned buckets = 0;          ///< buckets sampled, of schema::kSampleBuckets
  std::uint64_t documents = 0;   ///< matching documents in the sample
  FacetCounts facets;            ///< counts in the sample (not scaled)
  bool everything() const;       ///< every bucket: the counts are exact
  /// `count` (of the sample) scaled to the whole index, rounded.
  std::uint64_t scaled(std::uint64_t count) const;
};

/// Counts the matches of `query` in the first `buckets` buckets without weights (the matcher
/// reads every match of the sample). `facets`: also count the facet values. `versions`, when
/// given, sees every match of the sample too (it counts texts and speakers), from the same read.
/// `portable`: with Xapian's built-in spy, for a database with remote parts (MatchKeySpy).
SampledCounts count_sample(const Xapian::Database& db, const Xapian::Query& query, unsigned buckets, bool facets,
                           bool portable, VersionSpy* versions = nullptr);

}  // namespace liaison::search

#pragma once
#include <cstddef>
#include <functional>
#include <vector>

#include <nlohmann/json.hpp>

#include "bench/common/query_set.h"

namespace liaison::bench {

/// Latency figures over every timed run of every query, in milliseconds.
struct LatencyReport {
  std::size_t queries = 0, runs = 0;
  std::size_t queries_with_hits = 0;  ///< a sanity check: an engine that finds nothing is broken
  double mean_hits = 0;               ///< mean number of hits returned (≤ 10)
  double p50 = 0, p95 = 0, p99 = 0, mean = 0, max = 0;
  double seconds = 0;  ///< wall time of the timed rounds
  /// Each query's fastest timed run, in the query set's order: which kinds of query cost (a
  /// profile's guide; bench/README.md).
  std::vector<double> fastest_per_query{};
};

/// Runs the whole query set once untimed (warm caches), then `rounds` timed passes in a fixed
/// order. `run` executes one query and returns the number of hits it got.
LatencyReport measure_latency(const std::vector<BenchQuery>& queries,
                              const std::function<std::size_t(const BenchQuery&)>& run, int rounds);

nlohmann::json to_json(const LatencyReport& report);

/// Percentile (0..100) of unsorted samples by the nearest-rank method.
double percentile(std::vector<double> samples, double pct);

}  // namespace liaison::bench

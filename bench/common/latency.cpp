#include "bench/common/latency.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>
#include <numeric>

namespace liaison::bench {

double percentile(std::vector<double> samples, double pct) {
  if (samples.empty()) return 0.0;
  std::sort(samples.begin(), samples.end());
  const auto rank = static_cast<std::size_t>(std::ceil(pct / 100.0 * static_cast<double>(samples.size())));
  return samples[std::clamp<std::size_t>(rank, 1, samples.size()) - 1];
}

LatencyReport measure_latency(const std::vector<BenchQuery>& queries,
                              const std::function<std::size_t(const BenchQuery&)>& run, int rounds) {
  LatencyReport report;
  report.queries = queries.size();
  std::size_t hits_total = 0;
  for (const auto& query : queries) {  // warm-up pass: pages in the index, fills caches
    const std::size_t hits = run(query);
    hits_total += hits;
    if (hits > 0) ++report.queries_with_hits;
  }
  report.mean_hits = queries.empty() ? 0.0 : static_cast<double>(hits_total) / static_cast<double>(queries.size());

  std::vector<double> samples;
  samples.reserve(queries.size() * static_cast<std::size_t>(rounds));
  report.fastest_per_query.assign(queries.size(), std::numeric_limits<double>::infinity());
  const auto started = std::chrono::steady_clock::now();
  for (int round = 0; round < rounds; ++round) {
    for (std::size_t i = 0; i < queries.size(); ++i) {
      const auto t0 = std::chrono::steady_clock::now();
      run(queries[i]);
      samples.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
      report.fastest_per_query[i] = std::min(report.fastest_per_query[i], samples.back());
    }
  }
  report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  report.runs = samples.size();
  if (!samples.empty()) {
    report.mean = std::accumulate(samples.begin(), samples.end(), 0.0) / static_cast<double>(samples.size());
    report.max = *std::max_element(samples.begin(), samples.end());
  }
  report.p50 = percentile(samples, 50);
  report.p95 = percentile(samples, 95);
  report.p99 = percentile(samples, 99);
  return report;
}

nlohmann::json to_json(const LatencyReport& r) {
  return {{"queries", r.queries}, {"runs", r.runs}, {"queries_with_hits", r.queries_with_hits},
          {"mean_hits", r.mean_hits}, {"p50_ms", r.p50}, {"p95_ms", r.p95}, {"p99_ms", r.p99},
          {"mean_ms", r.mean}, {"max_ms", r.max}, {"seconds", r.seconds},
          {"fastest_per_query_ms", r.fastest_per_query}};
}

}  // namespace liaison::bench

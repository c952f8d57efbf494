#pragma once
#include <string>

#include <nlohmann/json.hpp>

namespace liaison::bench {

/// Everything one run of scripts/bench measured, as the JSON files it wrote (missing parts are
/// null): run (date, commit, machine), manifest (the corpus), index.<engine> (bench_measure),
/// sizes.<engine> (built, compacted, compact_s), query.<engine> and query_fs.<engine>
/// (latency without and with facets and snippets), http (wrk against search-server).
struct RunData {
  nlohmann::json run, manifest, index, sizes, query, query_fs, http;
  /// The same HTTP run with the server's answer cache on (the query set repeats under wrk).
  nlohmann::json http_cached = nlohmann::json::object();
  /// saturate.<engine> (a server peer at saturation: searches_per_s, p99_ms, errors) and
  /// server.<engine> (its rss_kb afterwards), keyed by engine: Sphinx's searchd beside /api/search.
  nlohmann::json saturate = nlohmann::json::object(), server = nlohmann::json::object();
};

/// The markdown report: header, one table of Liaison's figures with its ratio to each peer, the
/// targets and where Liaison stands.
std::string render_report(const RunData& data);

}  // namespace liaison::bench

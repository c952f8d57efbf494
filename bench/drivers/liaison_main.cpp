// bench_liaison: Liaison's query latency through its public API, as the server calls it:
// Searcher::search with the request's filters; the plain row without facets, snippets or
// did-you-mean (as the peers' plain rows), the other with all three. Indexing is measured on
// the `indexer build` CLI itself.
#include <iostream>
#include <stdexcept>

#include "bench/common/driver_args.h"
#include "bench/common/latency.h"
#include "bench/common/liaison_request.h"
#include "core/analysis/analyzer.h"
#include "core/error.h"
#include "core/search/searcher.h"

namespace {

using namespace liaison::bench;

liaison::SearchRequest request_for(const BenchQuery& query, bool facets) {
  liaison::SearchRequest request = liaison_request(query);
  request.size = 10;
  // The plain row does what the peers' plain rows do: ranked hits only.
  request.facets = facets;
  request.snippets = facets;
  request.suggestions = facets;
  return request;
}

nlohmann::json query(const DriverArgs& args) {
  const liaison::Analyzer analyzer;
  liaison::Searcher searcher(args.db, analyzer);
  const auto queries = read_query_set(args.queries);
  std::size_t errors = 0;
  const LatencyReport report = measure_latency(
      queries,
      [&](const BenchQuery& q) -> std::size_t {
        try {
          return searcher.search(request_for(q, args.facets_snippets)).hits.size();
        } catch (const liaison::QueryError&) {
          ++errors;  // counted: a benchmark query Liaison refuses is a finding, not a crash
          return 0;
        }
      },
      args.rounds);
  nlohmann::json json = to_json(report);
  json["engine"] = "liaison";
  json["facets_snippets"] = args.facets_snippets;
  json["query_errors"] = errors;
  return json;
}

}  // namespace

int main(int argc, char** argv) {
  // No index mode: Liaison's indexing is measured on `indexer build` itself.
  return run_driver("bench_liaison", argc, argv, {{"query", query}});
}

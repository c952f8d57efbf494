#pragma once
// The relevance table: per language and overall, per split, for each engine.
#include <ostream>
#include <string>
#include <vector>

#include "bench/relevance/judged_queries.h"
#include "bench/relevance/metrics.h"

namespace liaison::relevance {

/// One engine's scores of every query, in the order of the queries.
struct EngineRun {
  std::string name;
  std::vector<Scores> per_query;
};

/// Means over the queries that pass `keep`.
template <typename Keep>
Scores mean_where(const std::vector<JudgedQuery>& queries, const EngineRun& run, Keep keep) {
  std::vector<Scores> kept;
  for (std::size_t i = 0; i < queries.size(); ++i) {
    if (keep(queries[i])) kept.push_back(run.per_query[i]);
  }
  return mean(kept);
}

/// Prints nDCG@10, MRR and recall@100 per language (en hy az ru xx) and overall, for the
/// train split, the held-out split and all queries, one column group per engine.
void print_table(std::ostream& out, const std::vector<JudgedQuery>& queries, const std::vector<EngineRun>& runs);

/// The same figures grouped by query kind (all splits).
void print_kinds(std::ostream& out, const std::vector<JudgedQuery>& queries, const std::vector<EngineRun>& runs);

/// One line per query: id, split, nDCG@10 per engine, the query.
void print_queries(std::ostream& out, const std::vector<JudgedQuery>& queries, const std::vector<EngineRun>& runs);

/// A query's first documents per engine, each with its grade, for looking into a query.
void print_explanation(std::ostream& out, const JudgedQuery& query,
                       const std::vector<std::pair<std::string, Ranking>>& rankings);

}  // namespace liaison::relevance

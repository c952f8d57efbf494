#pragma once
// Ranking metrics over graded judgments (grades 0..3; a document absent from them is 0).
#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace liaison::relevance {

using Ranking = std::vector<std::string>;  ///< document ids, best first
using Grades = std::map<std::string, int>;

/// nDCG@k with gains 2^grade − 1 and log2(rank + 1) discounts; 0 when nothing is relevant.
double ndcg_at(const Ranking& ranking, const Grades& grades, std::size_t k);

/// 1 / rank of the first document with grade ≥ 1; 0 when none is ranked.
double reciprocal_rank(const Ranking& ranking, const Grades& grades);

/// Share of the documents with grade ≥ 1 found in the first k; 0 when nothing is relevant.
double recall_at(const Ranking& ranking, const Grades& grades, std::size_t k);

/// The three figures of one query, or their means over many.
struct Scores {
  double ndcg10 = 0.0, mrr = 0.0, recall100 = 0.0;
  std::size_t queries = 0;
};

/// The scores of one ranking.
Scores score(const Ranking& ranking, const Grades& grades);

/// Means of per-query scores (each with queries == 1).
Scores mean(const std::vector<Scores>& per_query);

}  // namespace liaison::relevance

#include "bench/relevance/metrics.h"

#include <algorithm>
#include <cmath>
#include <functional>

namespace liaison::relevance {
namespace {

int grade_of(const Grades& grades, const std::string& doc) {
  const auto found = grades.find(doc);
  return found == grades.end() ? 0 : found->second;
}

double gain(int grade) { return std::pow(2.0, grade) - 1.0; }
double discount(std::size_t rank) { return 1.0 / std::log2(static_cast<double>(rank) + 1.0); }  // rank from 1

std::size_t relevant_count(const Grades& grades) {
  return static_cast<std::size_t>(std::count_if(grades.begin(), grades.end(), [](const auto& g) { return g.second > 0; }));
}

}  // namespace

double ndcg_at(const Ranking& ranking, const Grades& grades, std::size_t k) {
  std::vector<int> ideal;
  for (const auto& [doc, grade] : grades) ideal.push_back(grade);
  std::sort(ideal.begin(), ideal.end(), std::greater<>());
  double ideal_dcg = 0.0;
  for (std::size_t i = 0; i < std::min(k, ideal.size()); ++i) ideal_dcg += gain(ideal[i]) * discount(i + 1);
  if (ideal_dcg <= 0.0) return 0.0;
  double dcg = 0.0;
  for (std::size_t i = 0; i < std::min(k, ranking.size()); ++i) dcg += gain(grade_of(grades, ranking[i])) * discount(i + 1);
  return dcg / ideal_dcg;
}

double reciprocal_rank(const Ranking& ranking, const Grades& grades) {
  for (std::size_t i = 0; i < ranking.size(); ++i) {
    if (grade_of(grades, ranking[i]) > 0) return 1.0 / static_cast<double>(i + 1);
  }
  return 0.0;
}

double recall_at(const Ranking& ranking, const Grades& grades, std::size_t k) {
  const std::size_t relevant = relevant_count(grades);
  if (relevant == 0) return 0.0;
  std::size_t found = 0;
  for (std::size_t i = 0; i < std::min(k, ranking.size()); ++i) {
    if (grade_of(grades, ranking[i]) > 0) ++found;
  }
  return static_cast<double>(found) / static_cast<double>(relevant);
}

Scores score(const Ranking& ranking, const Grades& grades) {
  return {.ndcg10 = ndcg_at(ranking, grades, 10),
          .mrr = reciprocal_rank(ranking, grades),
          .recall100 = recall_at(ranking, grades, 100),
          .queries = 1};
}

Scores mean(const std::vector<Scores>& per_query) {
  Scores total;
  for (const Scores& s : per_query) {
    total.ndcg10 += s.ndcg10;
    total.mrr += s.mrr;
    total.recall100 += s.recall100;
    total.queries += s.queries;
  }
  if (total.queries == 0) return total;
  const auto n = static_cast<double>(total.queries);
  total.ndcg10 /= n;
  total.mrr /= n;
  total.recall100 /= n;
  return total;
}

}  // namespace liaison::relevance

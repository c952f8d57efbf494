#include "bench/relevance/metrics.h"

#include <gtest/gtest.h>

#include <cmath>

namespace liaison::relevance {
namespace {

TEST(RelevanceMetrics, PerfectRankingHasNdcgOne) {
  const Grades grades = {{"a", 3}, {"b", 1}};
  EXPECT_DOUBLE_EQ(ndcg_at({"a", "b", "c"}, grades, 10), 1.0);
}

TEST(RelevanceMetrics, SwappedGradesLowerNdcgByTheDiscount) {
  const Grades grades = {{"a", 3}, {"b", 1}};
  // DCG = 1/1 + 7/log2(3); ideal = 7/1 + 1/log2(3).
  const double expected = (1.0 + 7.0 / std::log2(3.0)) / (7.0 + 1.0 / std::log2(3.0));
  EXPECT_NEAR(ndcg_at({"b", "a"}, grades, 10), expected, 1e-12);
}

TEST(RelevanceMetrics, NdcgIgnoresDocumentsPastK) {
  const Grades grades = {{"a", 2}};
  EXPECT_DOUBLE_EQ(ndcg_at({"x", "y", "a"}, grades, 2), 0.0);
}

TEST(RelevanceMetrics, ReciprocalRankOfTheFirstRelevantDocument) {
  const Grades grades = {{"c", 1}, {"d", 3}};
  EXPECT_DOUBLE_EQ(reciprocal_rank({"a", "b", "c", "d"}, grades), 1.0 / 3.0);
  EXPECT_DOUBLE_EQ(reciprocal_rank({"a", "b"}, grades), 0.0);
}

TEST(RelevanceMetrics, RecallCountsRelevantDocumentsWithinK) {
  const Grades grades = {{"a", 1}, {"b", 2}, {"c", 3}, {"d", 1}};
  EXPECT_DOUBLE_EQ(recall_at({"a", "x", "c"}, grades, 100), 0.5);
  EXPECT_DOUBLE_EQ(recall_at({"x", "a"}, grades, 1), 0.0);
}

TEST(RelevanceMetrics, MeanAveragesEachFigure) {
  const Scores mean_scores = mean({{.ndcg10 = 1.0, .mrr = 1.0, .recall100 = 0.5, .queries = 1},
                                   {.ndcg10 = 0.0, .mrr = 0.5, .recall100 = 1.0, .queries = 1}});
  EXPECT_DOUBLE_EQ(mean_scores.ndcg10, 0.5);
  EXPECT_DOUBLE_EQ(mean_scores.mrr, 0.75);
  EXPECT_DOUBLE_EQ(mean_scores.recall100, 0.75);
  EXPECT_EQ(mean_scores.queries, 2u);
}

}  // namespace
}  // namespace liaison::relevance

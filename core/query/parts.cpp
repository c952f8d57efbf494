#include "core/query/parts.h"

#include <algorithm>

#include "core/query/compose.h"
#include "core/query/ranking.h"

namespace liaison::query::detail {
namespace {

using Xapian::Query;

/// The passages with every one of `parts`, weighing `bonus` on top of their weights.
Query every_part(std::vector<Query> parts, double bonus) {
  parts.emplace_back((new Xapian::FixedWeightPostingSource(bonus))->release());
  return Query(Query::OP_AND, parts.begin(), parts.end());
}

}  // namespace

void drop_stop_words(std::vector<Part>& scored) {
  const bool has_content = std::any_of(scored.begin(), scored.end(), [](const Part& p) { return !p.stop; });
  if (!has_content) return;
  scored.erase(std::remove_if(scored.begin(), scored.end(), [](const Part& p) { return p.stop; }), scored.end());
}

std::vector<QueryTerm> plain_words(const std::vector<Part>& scored) {
  std::vector<QueryTerm> words;
  for (const Part& part : scored) {
    if (part.word && !part.stop) words.push_back(*part.word);
  }
  return words;
}

Query with_proximity_bonus(const Query& query, const std::vector<Part>& scored, const QueryContext& context) {
  const Query bonus = proximity_bonus(plain_words(scored), context);
  return bonus.empty() ? query : Query(Query::OP_AND_MAYBE, query, bonus);
}

Query all_words_first(const std::vector<Part>& scored, const QueryContext& context) {
  if (scored.size() == 1) return scored.front().query;
  std::vector<Query> queries, strong;
  bool weaker = false;
  for (const Part& part : scored) {
    queries.push_back(part.query);
    strong.push_back(part.strong.empty() ? part.query : part.strong);
    weaker = weaker || !part.strong.empty();
  }
  std::vector<Query> alternatives{every_part(strong, context.all_words_bonus)};
  if (weaker) alternatives.push_back(every_part(queries, context.all_words_bonus * context.cross_language_weight));
  alternatives.emplace_back(Query::OP_OR, queries.begin(), queries.end());
  return Query(Query::OP_OR, alternatives.begin(), alternatives.end());
}

Query all_words_tier(const std::vector<Part>& scored, const QueryContext& context) {
  if (scored.size() < 2) return Query();
  if (!std::all_of(scored.begin(), scored.end(), [](const Part& p) { return p.split_known; })) return Query();
  const bool weaker = std::any_of(scored.begin(), scored.end(), [](const Part& p) { return !p.strong.empty(); });
  // A passage of the first tier matches every alternative of all_words_first: the strong forms
  // (S), every part (S + X, with its bonus when some part has weaker forms) and some part
  // (S + X again). Its weight is the first bonus, the second one, 3 S + 2 X; without weaker
  // forms, 2 S.
  const double strong_factor = weaker ? 3.0 : 2.0;
  std::vector<Query> strong, extra;
  for (const Part& part : scored) {
    strong.push_back(scaled(part.strong.empty() ? part.query : part.strong, strong_factor, AtZero::MatchesUnweighted));
    if (!part.strong.empty() && !part.extra.empty()) extra.push_back(scaled(part.extra, 2.0, AtZero::Dropped));
  }
  const double bonus = context.all_words_bonus * (weaker ? 1.0 + context.cross_language_weight : 1.0);
  const Query every = every_part(strong, bonus);
  const Query also = combine(Query::OP_OR, extra);
  return also.empty() ? every : Query(Query::OP_AND_MAYBE, every, also);
}

Query strong_words_first(const std::vector<Part>& scored) {
  std::vector<Query> strong;
  for (const Part& part : scored) strong.push_back(part.strong.empty() ? part.query : part.strong);
  return combine(Query::OP_AND, strong);
}

Query any_part(const std::vector<Part>& scored) {
  std::vector<Query> queries;
  for (const Part& part : scored) queries.push_back(part.query);
  return combine(Query::OP_OR, queries);
}

Query standalone(const Part& part) {
  if (part.query.empty()) return part.query;
  switch (part.role) {
    case PartRole::Scored: return part.must.empty() ? part.query : Query(Query::OP_FILTER, part.query, part.must);
    case PartRole::Filter: return unweighted(part.query);
    case PartRole::Exclusion: return Query(Query::OP_AND_NOT, match_all(), part.query);
  }
  return part.query;
}

}  // namespace liaison::query::detail

#include "core/search/coverage.h"

#include <algorithm>
#include <map>

#include "core/index/schema.h"

namespace liaison::search {

using Xapian::Query;

namespace {

/// The documents among `documents` that hold `part` in some passage (that pass `filter`).
std::vector<std::string> holding(const Xapian::Database& db, const Query& part, const Query& filter,
                                 const std::vector<std::string>& documents) {
  std::vector<std::string> terms;
  for (const std::string& id : documents) terms.push_back(schema::term(schema::kDocPrefix, id));
  Query query(Query::OP_FILTER, part, Query(Query::OP_OR, terms.begin(), terms.end()));
  if (!filter.empty()) query = Query(Query::OP_FILTER, query, filter);
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BoolWeight());  // which documents, not how well
  enquire.set_collapse_key(schema::DocId);
  std::vector<std::string> out;
  const Xapian::MSet mset = enquire.get_mset(0, static_cast<Xapian::doccount>(documents.size()));
  for (auto item = mset.begin(); item != mset.end(); ++item) out.push_back(item.get_collapse_key());
  return out;
}

}  // namespace

std::vector<RankedDocument> rank_by_coverage(const Xapian::Database& db, const Xapian::MSet& mset,
                                             const CoverageOptions& options) {
  std::vector<RankedDocument> ranked;
  for (Xapian::doccount rank = 0; rank < mset.size(); ++rank) ranked.push_back({rank, mset[rank].get_weight()});
  if (!options.parts || options.parts->size() < 2 || options.document_bonus <= 0.0) return ranked;

  // Only documents without a passage that holds every part can gain.
  std::vector<std::string> candidates;
  std::map<std::string, Xapian::doccount> rank_of;
  for (const RankedDocument& document : ranked) {
    if (document.weight >= options.passage_bonus) continue;
    const std::string id = mset[document.rank].get_collapse_key();
    candidates.push_back(id);
    rank_of[id] = document.rank;
  }
  if (candidates.empty()) return ranked;

  // Each part narrows the candidates to the documents that hold it too.
  for (const Query& part : *options.parts) {
    candidates = holding(db, part, options.filter, candidates);
    if (candidates.empty()) return ranked;
  }
  for (const std::string& id : candidates) ranked[rank_of.at(id)].weight += options.document_bonus;
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const RankedDocument& a, const RankedDocument& b) { return a.weight > b.weight; });
  return ranked;
}

}  // namespace liaison::search

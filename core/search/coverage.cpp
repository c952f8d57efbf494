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

void add_coverage_bonus(const Xapian::Database& db, const Xapian::MSet& mset, const CoverageOptions& options,
                        std::vector<RankedDocument>& ranked, std::size_t depth) {
  if (!options.parts || options.parts->size() < 2 || options.document_bonus <= 0.0) return;
  depth = std::min(depth, ranked.size());

  // Only documents without a passage that holds every part can gain.
  std::vector<std::string> candidates;
  std::map<std::string, std::size_t> entry_of;
  for (std::size_t i = 0; i < depth; ++i) {
    if (ranked[i].weight >= options.passage_bonus) continue;
    const std::string id = mset[ranked[i].rank].get_collapse_key();
    candidates.push_back(id);
    entry_of[id] = i;
  }
  if (candidates.empty()) return;

  // Each part narrows the candidates to the documents that hold it too.
  for (const Query& part : *options.parts) {
    candidates = holding(db, part, options.filter, candidates);
    if (candidates.empty()) return;
  }
  for (const std::string& id : candidates) ranked[entry_of.at(id)].weight += options.document_bonus;
  sort_prefix(ranked, depth);
}

}  // namespace liaison::search

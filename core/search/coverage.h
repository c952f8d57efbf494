#pragma once
// Documents mode ranks documents, but Xapian matches and weighs passages: a document whose
// passages hold the query's words between them (the railway in one paragraph, Nakhchivan in the
// next) would rank with documents that hold only some. This reorders the top documents so that
// such a document joins the ones that answer the whole query, below those where one passage does.
#include <string>
#include <vector>

#include <xapian.h>

namespace liaison::search {

/// A collapsed match (one document), by its rank in the MSet, with its weight after coverage.
struct RankedDocument {
  Xapian::doccount rank = 0;  ///< index into the MSet
  double weight = 0.0;
};

struct CoverageOptions {
  /// The parts of the query's implicit AND (query::BuiltQuery::coverage_parts).
  const std::vector<Xapian::Query>* parts = nullptr;
  Xapian::Query filter{};   ///< the request's own filter (languages, areas, dates), if any
  double passage_bonus = 0.0;   ///< what a passage holding every part already scored
  double document_bonus = 0.0;  ///< added to a document whose passages together hold every part
};

/// The documents of `mset` (collapsed on the DocId slot, best first), best first after adding
/// options.document_bonus to those whose weight shows no passage holding every part but whose
/// passages hold every part between them. Ties keep the MSet's order.
std::vector<RankedDocument> rank_by_coverage(const Xapian::Database& db, const Xapian::MSet& mset,
                                             const CoverageOptions& options);

}  // namespace liaison::search

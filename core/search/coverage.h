#pragma once
// Documents mode ranks documents, but Xapian matches and weighs passages: a document whose
// passages hold the query's words between them (the railway in one paragraph, Nakhchivan in the
// next) would rank with documents that hold only some. This reorders the top documents so that
// such a document joins the ones that answer the whole query, below those where one passage does.
#include <string>
#include <vector>

#include <xapian.h>

#include "core/search/rescore.h"

namespace liaison::search {

struct CoverageOptions {
  /// The parts of the query's implicit AND (query::BuiltQuery::coverage_parts).
  const std::vector<Xapian::Query>* parts = nullptr;
  Xapian::Query filter{};   ///< the request's own filter (languages, areas, dates), if any
  double passage_bonus = 0.0;   ///< what a passage holding every part already scored
  double document_bonus = 0.0;  ///< added to a document whose passages together hold every part
};

/// Adds options.document_bonus to those of the first `depth` entries of `ranked` (documents of
/// `mset`, collapsed on the DocId slot) whose weight shows no passage holding every part but whose
/// passages hold every part between them, then orders those entries by weight again (ties keep
/// their order); entries past `depth` stay as they are.
void add_coverage_bonus(const Xapian::Database& db, const Xapian::MSet& mset, const CoverageOptions& options,
                        std::vector<RankedDocument>& ranked, std::size_t depth = kRerankDepth);

}  // namespace liaison::search

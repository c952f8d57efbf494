#pragma once
// Two-phase ranking: the matcher ranks every match by its cheap weights, then the first matches
// are looked at again with what costs too much to compute for all of them. Checking positions
// (the query's words in order, or near each other) on every passage that holds the words took
// most of a multi-word search on a large index; on the top matches it costs almost nothing.
#include <cstddef>
#include <vector>

#include <xapian.h>

namespace liaison::search {

/// A match by its rank in the MSet (one passage, or one document when collapsed), with its
/// weight after the later phases.
struct RankedDocument {
  Xapian::doccount rank = 0;  ///< index into the MSet
  double weight = 0.0;
};

/// How many of the first matches the later phases reorder. Pages are cut from one reordered
/// list, and matches past it keep the matcher's order, so paging never repeats or skips one.
inline constexpr std::size_t kRerankDepth = 100;

/// The MSet's matches in its order, with its weights.
std::vector<RankedDocument> in_mset_order(const Xapian::MSet& mset);

/// Where add_bonus reads: one local database, or databases of which some are remote (a
/// xapian-tcpsrv runs Xapian's own posting sources only, not the docid list used locally).
enum class Parts { OneLocal, Any };

/// Adds to the first `depth` entries of `ranked` the weight `bonus` gives their documents (with
/// `weight`, the search's own BM25: what
/// an OP_AND_MAYBE with it would have added in the matcher), then orders those entries by
/// weight again, keeping the order of ties; entries past `depth` stay as they are.
void add_bonus(const Xapian::Database& db, Parts parts, const Xapian::Query& bonus, const Xapian::Weight& weight,
               const Xapian::MSet& mset, std::vector<RankedDocument>& ranked, std::size_t depth = kRerankDepth);

/// Orders the first `depth` entries of `ranked` by weight, keeping the order of ties.
void sort_prefix(std::vector<RankedDocument>& ranked, std::size_t depth);

}  // namespace liaison::search

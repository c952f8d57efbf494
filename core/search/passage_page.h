#pragma once
// Passages mode on an index of whole documents: the matching passages of the first documents
// read, ordered, and the page cut from them; and the total of passages they stand for.
#include <cstdint>
#include <vector>

#include <xapian.h>

#include "core/search/hits.h"
#include "core/search/rescore.h"
#include "core/search/result.h"

namespace liaison::search {

/// How many passages the documents read held, and how many documents were read.
struct PassagesFound {
  std::uint64_t passages = 0;
  std::uint64_t documents = 0;
};

struct PassagePageOptions {
  std::size_t offset = 0;  ///< the page's first passage
  bool by_weight = true;   ///< ranked by relevance; else the documents' order (by date)
};

/// The passages of the documents read (`ranked`, the top of the match list), ordered by weight
/// (ties in document order, then the document's best first) or, not by weight, in the documents'
/// order and each document's passages in order; and the page cut from them, with its snippets.
std::vector<Hit> passage_page(const HitSource& source, const Xapian::MSet& mset, const std::vector<RankedDocument>& ranked,
                              const PassagePageOptions& options, PassagesFound& found);

/// Sets a passages-mode result's total from `found`: exact when the documents read were every
/// matching document (result.total counted documents, exactly), else as many passages per
/// document as among those read, times the documents matched, with `exact` false.
void count_passages(const PassagesFound& found, SearchResult& result);

}  // namespace liaison::search

#pragma once
// The lower-weighted ways a query word may match and the bonuses of the ranking, apart from the
// builder's structure: name keys, typo neighbours, phrase and proximity, early passages.
#include <vector>

#include <xapian.h>

#include "core/query/query_context.h"
#include "core/query/query_term.h"

namespace liaison::query {

/// The word's name keys (XK terms) and, when the index lacks the word, its one-edit neighbours,
/// each scaled by its weight; empty when there are none.
Xapian::Query weaker_forms(const QueryTerm& term, const QueryContext& options);

/// A bonus for passages holding `words` (two to eight) in order and adjacent (phrase_weight), or
/// within options.proximity_window words of each other (proximity_weight), over exact and folded
/// forms; empty for fewer than two words or more than eight.
Xapian::Query proximity_bonus(const std::vector<QueryTerm>& words, const QueryContext& options);

/// `query` with the early-passage bonus added to the passages it matches (unchanged when the
/// bonus is 0).
Xapian::Query with_early_passage_bonus(const Xapian::Query& query, const QueryContext& options);

/// `query` with options.query_language_bonus added to the passages of documents written in one of
/// `languages` (the DocLang slot); unchanged when there are none or the bonus is 0.
Xapian::Query with_language_bonus(const Xapian::Query& query, const std::vector<Language>& languages,
                                  const QueryContext& options);

}  // namespace liaison::query

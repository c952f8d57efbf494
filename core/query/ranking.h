#pragma once
// The lower-weighted ways a query word may match and the bonuses of the ranking, apart from the
// builder's structure: name keys, typo neighbours, phrase and proximity, early passages.
#include <vector>

#include <xapian.h>

#include "core/query/query_context.h"
#include "core/query/query_term.h"

namespace liaison {
class Analyzer;
}

namespace liaison::query {

/// The word's name keys (XK terms), its other Latin spellings (QueryContext::variants) and, when
/// the index lacks the word and it has no such spelling, its one-edit neighbours, each scaled by
/// its weight; empty when there are none.
Xapian::Query weaker_forms(const QueryTerm& term, const QueryContext& context);

/// A bonus for passages holding `words` (two to eight) in order and adjacent (phrase_weight), or
/// within context.proximity_window words of each other (proximity_weight), over exact and folded
/// forms; empty for fewer than two words or more than eight.
Xapian::Query proximity_bonus(const std::vector<QueryTerm>& words, const QueryContext& context);

/// The languages the typed `words` can be in (their stems' languages). Latin words are English or
/// Azerbaijani; a function word of one of them only (on, the / və, ilə) or an Azerbaijani letter
/// decides.
std::vector<Language> languages_of_query(const std::vector<QueryTerm>& words, const Analyzer& analyzer);

/// `query` with context.query_language_bonus added to the passages of documents written in one of
/// `languages` (the XJ terms); unchanged when there are none or the bonus is 0.
Xapian::Query with_language_bonus(const Xapian::Query& query, const std::vector<Language>& languages,
                                  const QueryContext& context);

/// The BM25 weighting of the context's parameters (bm25_k1, bm25_b; Xapian's defaults for the rest).
Xapian::BM25Weight bm25(const QueryContext& context);

}  // namespace liaison::query

#pragma once
// The forms one analysed query word (or a phrase of them) is looked for in: typed forms (exact,
// folded, stemmed), title forms, prefix* wildcards and phrases. Internal to the builder.
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "core/query/query_context.h"
#include "core/query/query_term.h"

namespace liaison::query::detail {

/// The index's words a word typed without its diacritics stands for: those whose fold is one of
/// the word's folds (context.indexed; none without it), its own forms left out.
std::vector<std::string> fold_words(const QueryTerm& term, const QueryContext& context);

/// Exact, folded and stemmed forms in the body as one synonym, with extra weight for the exact
/// form and for stems, so that exact > stem > fold.
Xapian::Query typed_forms(const QueryTerm& term, const QueryContext& context);

/// The word in the body in every way it can match: typed_forms and the weaker forms (name keys,
/// typo neighbours; ranking.h).
Xapian::Query body_word(const QueryTerm& term, const QueryContext& context);

/// The word's exact, folded and stemmed forms in the title (unscaled).
Xapian::Query title_word(const QueryTerm& term);

/// prefix*: bounded wildcards over the exact and folded prefixes in the body (`title_prefix`
/// empty), or in the title (`title_prefix`: schema::kTitlePrefix).
Xapian::Query prefix_query(const QueryTerm& term, std::string_view title_prefix, const QueryContext& context);

/// Words in order, each as its exact or folded form (stems have no positions), in the body
/// (`prefix` empty: with the words of its folds) or under `prefix`; one word is that word's slot.
Xapian::Query phrase(const std::vector<QueryTerm>& terms, std::string_view prefix, const QueryContext& context);

/// The phrase in the body or, weighing title_factor ×, in the title; empty for no terms.
Xapian::Query phrase_with_title(const std::vector<QueryTerm>& terms, const QueryContext& context);

}  // namespace liaison::query::detail

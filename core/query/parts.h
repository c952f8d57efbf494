#pragma once
// The parts a query tree is built from (one per node) and how parts are joined: the implicit
// AND's ranking (every part first, then some), stop words, a part standing alone. Internal to
// the builder.
#include <optional>
#include <vector>

#include <xapian.h>

#include "core/query/query_context.h"
#include "core/query/query_term.h"

namespace liaison::query::detail {

/// What a built part does where it is combined.
enum class PartRole {
  Scored,     ///< matches and weighs
  Filter,     ///< matches without weight (the filter fields of core/query/fields.h)
  Exclusion,  ///< `query` holds what is excluded
};

struct Part {
  Xapian::Query query;
  PartRole role = PartRole::Scored;
  bool stop = false;  ///< a lone stop word: dropped from an implicit AND with other words
  std::optional<QueryTerm> word{};  ///< the word, when the part is one plain word (for proximity)
  /// The part in the forms of the words typed (exact, stem, fold), without the weaker ways it can
  /// match (translations, name keys, typo neighbours); empty when it has none (then `query`).
  Xapian::Query strong{};
  /// What `query` matches beyond `strong` (translations, name keys, typo neighbours), when
  /// `query` is `strong` OR `extra`, so that a match's weight is the sum of the two.
  Xapian::Query extra{};
  /// False when `query` is made from `strong` otherwise (an entry of several words ranks its
  /// words among themselves): all_words_tier cannot then weigh the part.
  bool split_known = true;
  /// What a match must hold besides (+word, AND): the passage, or in documents mode any passage
  /// of its document; empty when nothing is required.
  Xapian::Query must{};
};

/// Stop words neither gate nor drive a query with other words in it: drops them from `scored`
/// unless nothing else is left.
void drop_stop_words(std::vector<Part>& scored);

/// The plain words among `scored` (not phrases, fields or stop words).
std::vector<QueryTerm> plain_words(const std::vector<Part>& scored);

/// `query` plus a bonus where the plain words among `scored` stand close together.
Xapian::Query with_proximity_bonus(const Xapian::Query& query, const std::vector<Part>& scored,
                                   const QueryContext& context);

/// Passages with every part in the forms typed first (a fixed bonus on top of their weights),
/// then those with every part when weaker forms count (translations, name keys, typo
/// neighbours: a bonus as much smaller as a translation weighs), then with some. A passage that
/// answers the query only through a transliteration must not tie with one that answers it in
/// the words typed.
Xapian::Query all_words_first(const std::vector<Part>& scored, const QueryContext& context);

/// The first tier of all_words_first on its own: the passages with every part in the forms
/// typed, each weighing exactly what all_words_first gives it, without walking the other tiers'
/// posting lists (the searcher's first pass, docs/ranking.md). Empty for one part, or when a
/// part's weight cannot be split (Part::split_known).
Xapian::Query all_words_tier(const std::vector<Part>& scored, const QueryContext& context);

/// The passages with every part in the forms typed: what all_words_first gives its full bonus.
Xapian::Query strong_words_first(const std::vector<Part>& scored);

/// Passages with some part, each part once (the passages all_words_first matches).
Xapian::Query any_part(const std::vector<Part>& scored);

/// A part as a query of its own: exclusions need something to exclude from.
Xapian::Query standalone(const Part& part);

}  // namespace liaison::query::detail

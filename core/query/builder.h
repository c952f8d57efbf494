#pragma once
#include <string>
#include <vector>

#include <xapian.h>

#include "core/query/ast.h"
#include "core/query/query_term.h"

namespace liaison {
class Analyzer;
}

namespace liaison::query {

/// How much each kind of match weighs; the defaults rank exact forms above stems above folds,
/// title matches above body matches, and passages holding every word above the rest.
struct BuildOptions {
  double exact_boost = 1.0;  ///< extra weight (× the word's BM25 weight) for the exact form
  double stem_boost = 0.5;   ///< extra weight for a stem match
  double title_factor = 2.0;  ///< a title match weighs this many times a body match
  /// Added to a passage that holds every word of an implicit AND. BM25 weights of a few words
  /// stay far below it, so such passages always come first; order among them stays BM25's.
  double all_words_bonus = 1000.0;
  Xapian::termcount prefix_expansion = 200;  ///< prefix* expands to at most this many terms
};

/// A query tree turned into a Xapian query, with what the searcher needs besides.
struct BuiltQuery {
  Xapian::Query query;              ///< Xapian::Query() (empty) when there is nothing to search
  std::vector<QueryTerm> words{};   ///< words that are looked for (not excluded), in query order
  std::vector<std::string> warnings{};  ///< e.g. an unknown language in lang:
  /// False when nothing in the query weighs (only filters or exclusions): every match has
  /// weight 0, and the searcher orders them by date instead.
  bool scored = false;
};

/// Builds the Xapian query of a parsed tree (`root` may be null: empty query) with the
/// Analyzer the documents were indexed with:
/// - a word matches its exact forms, its diacritic-free forms (XF) and its stems (Z) in every
///   candidate language, joined with OP_SYNONYM, and its title forms (S, ZS) weighted higher;
/// - words joined implicitly rank passages with all of them first, then those with some;
///   stop words are dropped there unless the query has nothing else;
/// - "phrases" and words that split into several tokens (confidence-building) are OP_PHRASE
///   over exact or folded forms (no stems);
/// - prefix* is OP_WILDCARD over the normalised and folded prefix, bounded;
/// - lang:, kind:, source: are boolean filters (L, K, XS terms; source matches the lower-cased name by prefix, so
///   source:osce matches "OSCE Minsk Group"); title: looks in the title only.
BuiltQuery build_query(const Node* root, const Analyzer& analyzer, const BuildOptions& options = {});

}  // namespace liaison::query

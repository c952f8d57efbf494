#pragma once
#include <string>
#include <vector>

#include <xapian.h>

#include "core/query/ast.h"
#include "core/query/query_context.h"
#include "core/query/query_term.h"

namespace liaison {
class Analyzer;
}

namespace liaison::query {

/// A query word or phrase expanded through the domain.
struct Expansion {
  std::string typed;                ///< the words as typed, joined by spaces
  std::string entry;                ///< the entry id(s)
  std::vector<EntryForm> forms{};   ///< the forms the query now also matches
};

/// A query tree turned into a Xapian query, with what the searcher needs besides.
struct BuiltQuery {
  Xapian::Query query;              ///< Xapian::Query() (empty) when there is nothing to search
  std::vector<QueryTerm> words{};   ///< words that are looked for (not excluded), in query order
  /// Words of excluded parts (-word, NOT) and of required ones (+word, AND), for the passage
  /// checks of QueryContext::passage_scope.
  std::vector<QueryTerm> excluded_words{}, required_words{};
  /// The passage-level filter terms (lang:, speaker:) every match must have: the index posts
  /// them once per document, so the searcher checks each passage it shows against them.
  std::vector<std::string> passage_filters{};
  std::vector<std::string> warnings{};  ///< e.g. an unknown language in lang:
  std::vector<Expansion> expansions{};  ///< cross-language expansions made, in query order
  /// The words of those expansions' forms, for highlighting (not in `words`: the spelling
  /// suggestions look at what was typed only).
  std::vector<QueryTerm> expansion_words{};
  std::size_t form_groups = 0;  ///< form groups numbered in expansion_words (QueryTerm::form_group)
  /// The bonus of the top-level implicit AND's words standing in order or near each other, not
  /// in `query`: checking positions on every passage that holds the words cost most of a
  /// multi-word search (search/rescore.h), so the searcher adds it to the top matches only.
  /// Empty when there is no such AND (nested ones keep their bonus in `query`).
  Xapian::Query proximity_bonus{};
  /// The first tier of the top-level implicit AND's ranking within the query's filters and
  /// exclusions: the passages with every part in the forms typed, each weighing what `query`
  /// gives it (query/parts.h, all_words_tier). The searcher matches it first and stops there
  /// when it fills the page. Empty when there is no such AND or its weights cannot be split.
  Xapian::Query all_words_tier{};
  /// The documents `query` matches, each part of the top-level implicit AND once (its rungs
  /// repeat every part): what counting the matches reads, a third of the posting lists. Empty
  /// when there is no such AND (then `query` is counted).
  Xapian::Query all_matches{};
  /// False when nothing in the query weighs (only filters or exclusions): every match has
  /// weight 0, and the searcher orders them by date instead.
  bool scored = false;
};

/// Builds the Xapian query of a parsed tree (`root` may be null: empty query) with the
/// Analyzer the documents were indexed with:
/// - a word matches its exact forms, its diacritic-free forms (XF) and its stems (Z) in every
///   candidate language, joined with OP_SYNONYM, and its title forms (S, ZS) weighted higher;
/// - words joined implicitly rank passages with all of them first, then those with some
///   (brackets inside such a join match the same passages but leave the ranking to the outer
///   join, so that nested brackets keep the query's size linear);
///   stop words are dropped there unless the query has nothing else;
/// - "phrases" and words that split into several tokens (confidence-building) are OP_PHRASE
///   over exact or folded forms (no stems);
/// - a word also matches its name keys (other scripts) and, when the index lacks it, its
///   one-edit neighbours, both weighted lower; words of an implicit AND near each other or in
///   order score a bonus (the top-level AND's in `proximity_bonus`, for the searcher to add to
///   its top matches); early passages can score a bonus;
/// - prefix* is OP_WILDCARD over the normalised and folded prefix, bounded;
/// - with context.cross_language, a word, phrase or run of words that is a domain entry also
///   matches the entry's forms in the other languages (weighted lower); a form of several words
///   matches as all its words (on stems) in one passage;
/// - fields (core/query/fields.h): filter fields are boolean filters on their terms, their values
///   normalised by the field's rule (source:osce matches "OSCE Minsk Group" by its start);
///   title: looks in the title only.
BuiltQuery build_query(const Node* root, const Analyzer& analyzer, const QueryContext& context = {});

}  // namespace liaison::query

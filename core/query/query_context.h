#pragma once
// What a query is built with besides its tree: the ranking weights and the per-search lookups
// (domain entries, typo neighbours, document scope).
#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

#include "core/lang/language.h"
#include "core/query/query_term.h"

namespace liaison::query {

/// One way a domain entry is written in one language ("разминирование", ru).
struct EntryForm {
  std::string text;
  Language language = Language::Unknown;
  friend bool operator==(const EntryForm&, const EntryForm&) = default;
};

/// A thesaurus term, gazetteer name or measure alias found at the start of some query words.
struct EntryMatch {
  std::size_t words = 0;            ///< how many of the words given it spans (at least 1)
  std::string entry;                ///< the entry's id ("demining"); ids joined by ',' when several
  std::vector<EntryForm> forms{};   ///< all its forms in all languages, the query's own included
};

/// Finds domain entries among query words, for cross-language search. An interface, so that
/// the query module needs no domain data (core/search/domain_lexicon.h implements it).
class EntryLookup {
 public:
  virtual ~EntryLookup() = default;
  /// The longest entry spelled by words[0..k) for some k ≥ 1 (as the user typed them), or
  /// nullopt when words[0] starts none.
  virtual std::optional<EntryMatch> longest_prefix(const std::vector<std::string>& words) const = 0;
};

/// Index terms one edit away from a query word that the index does not hold (a typo): an
/// interface, so that the query module needs no index (core/search/typo_neighbours.h).
class TermNeighbours {
 public:
  virtual ~TermNeighbours() = default;
  /// Exact (unprefixed) index terms within one edit of `term`'s normalised form, sharing its
  /// first letter, most frequent first, bounded; empty when the index holds `term` in any form
  /// or the word is shorter than 5 letters.
  virtual std::vector<std::string> near_terms(const QueryTerm& term) const = 0;
};

/// Index terms that spell a query word otherwise in Latin letters, as transliterations do
/// (Shushi: şuşa, shusha; kolkhozes: kolxoz; analysis/latin_variants.h): an interface, so that
/// the query module needs no index (core/search/spelling_variants.h).
class SpellingVariants {
 public:
  virtual ~SpellingVariants() = default;
  /// Exact (unprefixed) index terms, most frequent first, bounded; never the word's own forms.
  virtual std::vector<std::string> variants_of(const QueryTerm& term) const = 0;
};

/// How many passages of the index hold an exact (unprefixed) term: an interface, so that the
/// query module needs no index (core/search/indexed_words.h).
class IndexedWords {
 public:
  virtual ~IndexedWords() = default;
  virtual Xapian::doccount passages_with(const std::string& term) const = 0;
  /// The index's terms that start with `prefix`, at most `most_frequent` of them (the most
  /// frequent; 0: all), when the query must name them itself (query/wildcards.h); nullopt when
  /// Xapian's OP_WILDCARD gives the same answer.
  virtual std::optional<std::vector<std::string>> terms_starting(const std::string& /*prefix*/,
                                                                 Xapian::termcount /*most_frequent*/) const {
    return std::nullopt;
  }
  /// The index's words whose diacritic-free form is `fold`, other than `fold` (a word typed
  /// without diacritics stands for them); none by default.
  virtual std::vector<std::string> words_of_fold(const std::string& /*fold*/) const { return {}; }
  /// The words of every fold that starts with `prefix` (prefix* typed without diacritics), at
  /// most `limit` of them (0: all).
  virtual std::vector<std::string> words_of_folds_starting(const std::string& /*prefix*/,
                                                           Xapian::termcount /*limit*/) const {
    return {};
  }
};

/// What build_query needs besides the tree: the ranking weights and, per search, the lookups
/// (cross_language, typos, documents; null when not used).
/// How much each kind of match weighs; the defaults rank exact forms above stems above folds above
/// name keys and typo neighbours, title matches above body matches, and passages holding every
/// word above the rest. Tuned on the train half of bench/relevance (docs/ranking.md).
struct QueryContext {
  double exact_boost = 1.0;  ///< extra weight (× the word's BM25 weight) for the exact form
  double stem_boost = 0.5;   ///< extra weight for a stem match
  double title_factor = 3.0;  ///< a title match weighs this many times a body match
  /// Added to a passage that holds every word of an implicit AND. BM25 weights of a few words
  /// stay far below it, so such passages always come first; order among them stays BM25's.
  double all_words_bonus = 1000.0;
  Xapian::termcount prefix_expansion = 200;  ///< prefix* expands to at most this many terms
  /// Cross-language search: a word or phrase that is a domain entry also matches the entry's
  /// forms in every language, each weighing `cross_language_weight` × a match of what was typed.
  /// Null: no expansion. Must outlive build_query.
  const EntryLookup* cross_language = nullptr;
  double cross_language_weight = 0.1;
  /// A word also matches the name keys (XK terms, analysis/name_key.h) of its spellings in other
  /// scripts, weighing this × a match of its own: transliterations rank below exact matches.
  double name_key_weight = 0.3;  ///< 0: no name keys (xlang=0, "only as typed")
  /// One-edit neighbours of a word the index lacks; null: none. Must outlive build_query.
  const TermNeighbours* typos = nullptr;
  /// The index's words, for compounds written together, apart or hyphenated (query/compounds.h);
  /// null: compounds match as typed only. Must outlive build_query.
  const IndexedWords* indexed = nullptr;
  double typo_weight = 0.3;  ///< a neighbour's match weighs this × a match of the typed word
  /// Other Latin spellings of a word; null: none. Must outlive build_query.
  const SpellingVariants* variants = nullptr;
  double variant_weight = 0.3;  ///< a variant's match weighs this × a match of the typed word
  /// Passages where the words of an implicit AND stand in order, next to each other, get this ×
  /// their phrase weight on top; within `proximity_window` words of each other, proximity_weight ×.
  double phrase_weight = 0.5;
  double proximity_weight = 0.3;
  Xapian::termpos proximity_window = 10;
  /// Added to the passages of documents written in a language the query's words can be in (the
  /// alphabet tells: Latin → en, az; Cyrillic → ru; Armenian → hy): a query typed in English
  /// prefers English documents to a Russian article with an English summary.
  /// BM25's term-frequency saturation (k1) and document-length normalisation (b), Xapian's
  /// BM25Weight parameters (its defaults: 1 and 0.5). The index's unit is the whole document
  /// (schema 8), whose lengths vary far more than a passage's did.
  double bm25_k1 = 1.0;
  double bm25_b = 0.5;
  double query_language_bonus = 2.0;
  /// Passages mode: an excluded part (-word, NOT) or a required one (+word, AND) is about the
  /// passage, while the index matches documents. The built query then leaves exclusions out
  /// (a document is kept for its other passages) and the searcher drops the passages that hold
  /// an excluded word or lack a required one (BuiltQuery::excluded_words, required_words).
  bool passage_scope = false;
};

}  // namespace liaison::query

#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "core/lang/language.h"
#include "core/query/query_term.h"

namespace liaison {
class Analyzer;
}

namespace liaison::search {

struct SpellingOptions {
  std::size_t max_distance = 2;   ///< edits (insert, delete, substitute, swap) allowed
  std::size_t min_letters = 3;    ///< shorter words are not corrected
  std::size_t max_scan = 5000;    ///< index terms looked at per word, at most
};

/// "Did you mean": `query` with each word that the index holds in no form (exact, folded,
/// stemmed, title) and that is no domain word carried across languages (QueryTerm::domain_word)
/// replaced by the closest index term: within max_distance edits of its folded
/// form, sharing its first letter, held by passages in the query's languages (query_languages);
/// the nearest wins, then the most frequent. The correction keeps the word's case as typed
/// (all capitals, a capital first). Candidates are
/// read from the index's term list under the word's first two letters, then (if none) its
/// first letter, max_scan terms at most each. nullopt when no word needs or has a correction.
std::optional<std::string> suggest_query(const Xapian::Database& db, const Analyzer& analyzer,
                                         std::string_view query, const std::vector<query::QueryTerm>& words,
                                         const SpellingOptions& options = {});

/// The languages a query is written in, as its words' letters tell (languages_of_word): those
/// every word can be in ("atəşkəs rejimi": az), else every language some word can be in.
std::vector<Language> query_languages(const std::vector<query::QueryTerm>& words);

/// Edit distance between two UTF-8 strings in code points, with adjacent swaps counting one
/// (optimal string alignment); stops early and returns limit + 1 once it exceeds `limit`.
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit);

}  // namespace liaison::search

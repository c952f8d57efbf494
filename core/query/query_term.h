#pragma once
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/lang/language.h"

namespace liaison {
class Analyzer;
}

namespace liaison::query {

/// One token of a query word, in every form the index may hold it under. A word is looked up
/// in each language its script allows (a Latin word in English and Azerbaijani), so the forms
/// are lists, without repeats.
struct QueryTerm {
  std::string text{};                                    ///< as typed
  std::vector<std::string> terms{};                      ///< normalised exact forms
  std::vector<std::string> folds{};                      ///< diacritic-free forms
  std::vector<std::pair<Language, std::string>> stems{};  ///< stem in each candidate language
  std::vector<std::string> name_keys{};                  ///< keys of its spellings in other scripts (analysis/name_key.h)
  bool prefix = false;                                   ///< `text*`: terms and folds are prefixes
  bool stop = false;  ///< a stop word in at least one candidate language
  /// Highlighting: the words of one form of several words (a translation) share a number other
  /// than 0 and are marked only where a passage holds all of them.
  std::size_t form_group = 0;
  /// The word is (part of) a domain entry that the query carried across languages: a real word
  /// of its language, which did-you-mean leaves as typed ("sərhəd" is no typo of "served").
  bool domain_word = false;
};

/// Analyses one word as the user typed it with the same Analyzer the indexer used. A word may
/// give several tokens ("confidence-building" → confidence, building); a word of only digits or
/// of another script gives its normalised form as is.
std::vector<QueryTerm> analyze_query_word(const Analyzer& analyzer, std::string_view text);

/// Analyses text known to be in `language` (a domain entry's form) into query terms, one per
/// token, each with its exact, folded and stemmed forms in that language.
std::vector<QueryTerm> analyze_query_text(const Analyzer& analyzer, std::string_view text, Language language);

}  // namespace liaison::query

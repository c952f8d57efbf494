#include "core/query/query_term.h"

#include <algorithm>

#include "core/analysis/analyzer.h"
#include "core/analysis/name_key.h"
#include "core/lang/detect.h"

namespace liaison::query {
namespace {

void add_unique(std::vector<std::string>& list, const std::string& value) {
  if (value.empty()) return;
  if (std::find(list.begin(), list.end(), value) == list.end()) list.push_back(value);
}

void add_stem(QueryTerm& term, Language language, const std::string& stem) {
  if (stem.empty()) return;
  const std::pair<Language, std::string> entry{language, stem};
  if (std::find(term.stems.begin(), term.stems.end(), entry) == term.stems.end()) {
    term.stems.push_back(entry);
  }
}

void merge_token(QueryTerm& into, const Token& token, const Analyzer& analyzer) {
  add_unique(into.terms, token.term);
  add_unique(into.folds, token.fold);
  add_stem(into, token.language, token.stem);
  // Both readings of the word: the text may have it capitalised (a name) or not.
  if (!token.stem.empty()) {
    add_stem(into, token.language, analyzer.stem(token.term, token.language));
    add_stem(into, token.language, analyzer.name_stem(token.term, token.language));
  }
  for (const std::string& key : name_keys(token.term, token.language)) add_unique(into.name_keys, key);
  if (analyzer.is_stop_word(token.term, token.language)) into.stop = true;
}

}  // namespace

std::vector<QueryTerm> analyze_query_word(const Analyzer& analyzer, std::string_view text) {
  std::vector<Language> languages = languages_of_word(text);
  if (languages.empty()) languages.push_back(Language::Unknown);
  std::vector<QueryTerm> result;
  for (const Language language : languages) {
    const std::vector<Token> tokens = analyzer.analyze(text, language);
    if (result.empty()) {
      for (const Token& token : tokens) {
        QueryTerm term{.text = token.text};
        merge_token(term, token, analyzer);
        result.push_back(std::move(term));
      }
    } else if (tokens.size() == result.size()) {
      // Same segmentation in another language: the same tokens, other normal forms and stems.
      for (std::size_t i = 0; i < tokens.size(); ++i) merge_token(result[i], tokens[i], analyzer);
    }
  }
  return result;
}

std::vector<QueryTerm> analyze_query_text(const Analyzer& analyzer, std::string_view text, Language language) {
  std::vector<QueryTerm> result;
  for (const Token& token : analyzer.analyze(text, language)) {
    QueryTerm term{.text = token.text};
    merge_token(term, token, analyzer);
    result.push_back(std::move(term));
  }
  return result;
}

}  // namespace liaison::query

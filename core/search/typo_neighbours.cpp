#include "core/search/typo_neighbours.h"

#include <unicode/utf8.h>

#include <algorithm>

#include "core/index/schema.h"
#include "core/index/variant_dictionary.h"
#include "core/search/spelling.h"

namespace liaison::search {
namespace {

std::size_t letters(std::string_view utf8) {
  return static_cast<std::size_t>(std::count_if(utf8.begin(), utf8.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

/// The UTF-8 bytes of the first code point.
std::string first_letter(std::string_view utf8) {
  std::size_t length = 1;
  while (length < utf8.size() && (utf8[length] & 0xC0) == 0x80) ++length;
  return std::string(utf8.substr(0, std::min(length, utf8.size())));
}

}  // namespace

IndexTypoNeighbours::IndexTypoNeighbours(const Xapian::Database& db, TypoOptions options)
    : db_(db), options_(options) {}

bool IndexTypoNeighbours::indexed(const query::QueryTerm& term) const {
  for (const std::string& t : term.terms) {
    if (db_.term_exists(t)) return true;
  }
  for (const std::string& fold : term.folds) {
    if (db_.term_exists(fold) || has_fold_words(db_, fold)) return true;
  }
  for (const auto& [language, stem] : term.stems) {
    if (db_.term_exists(schema::term(schema::kStemPrefix, stem))) return true;
  }
  return false;
}

std::vector<std::pair<Xapian::doccount, std::string>> IndexTypoNeighbours::scan(const std::string& word,
                                                                                const std::string& start) const {
  const std::size_t length = letters(word);
  std::vector<std::pair<Xapian::doccount, std::string>> found;
  std::size_t scanned = 0;
  for (auto it = db_.allterms_begin(start); it != db_.allterms_end(start) && scanned < options_.max_scan; ++it, ++scanned) {
    const std::string candidate = *it;
    const std::size_t candidate_length = letters(candidate);
    if (candidate_length + 1 < length || candidate_length > length + 1) continue;
    if (edit_distance(word, candidate, 1) <= 1) found.emplace_back(it.get_termfreq(), candidate);
  }
  return found;
}

std::vector<std::string> IndexTypoNeighbours::near_terms(const query::QueryTerm& term) const {
  if (term.terms.empty() || term.prefix || letters(term.terms.front()) < options_.min_letters) return {};
  if (words_looked_up_ >= options_.max_words) return {};
  ++words_looked_up_;
  if (indexed(term)) return {};
  const std::string& word = term.terms.front();
  const std::string first = first_letter(word);
  auto found = scan(word, first + first_letter(std::string_view(word).substr(first.size())));
  if (found.empty()) found = scan(word, first);
  std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  std::vector<std::string> near;
  for (std::size_t i = 0; i < std::min(found.size(), options_.max_terms); ++i) near.push_back(found[i].second);
  given_.insert(given_.end(), near.begin(), near.end());
  return near;
}

}  // namespace liaison::search

#include "core/search/spelling_variants.h"

#include <algorithm>
#include <array>
#include <utility>

#include "core/analysis/latin_variants.h"
#include "core/analysis/name_key.h"

namespace liaison::search {
namespace {

/// The first letters of index terms whose key starts with a letter, when more than itself.
constexpr std::array<std::pair<char, std::array<std::string_view, 3>>, 8> kFirstLetters = {{
    {'s', {"s", "ş", ""}},
    {'k', {"k", "q", "x"}},
    {'c', {"c", "ç", ""}},
    {'g', {"g", "ğ", ""}},
    {'i', {"i", "ı", "y"}},
    {'e', {"e", "ə", ""}},
    {'o', {"o", "ö", ""}},
    {'u', {"u", "ü", ""}},
}};

std::vector<std::string> first_letters(char key_start) {
  const auto* found = std::find_if(kFirstLetters.begin(), kFirstLetters.end(),
                                   [key_start](const auto& entry) { return entry.first == key_start; });
  if (found == kFirstLetters.end()) return {std::string(1, key_start)};
  std::vector<std::string> out;
  for (const std::string_view letter : found->second) {
    if (!letter.empty()) out.emplace_back(letter);
  }
  return out;
}

}  // namespace

IndexSpellingVariants::IndexSpellingVariants(const Xapian::Database& db, VariantOptions options)
    : db_(db), options_(options) {}

std::vector<std::string> IndexSpellingVariants::variants_of(const query::QueryTerm& term) const {
  if (term.terms.size() != 1 || term.prefix || term.stop) return {};
  const bool name = looks_like_name(term.text);
  const std::string& word = term.terms.front();
  const std::string key = latin_variant_key(word, name);
  if (key.empty() || words_looked_up_ >= options_.max_words) return {};
  ++words_looked_up_;
  std::vector<std::pair<Xapian::doccount, std::string>> found;
  for (const std::string& start : first_letters(key.front())) {
    std::size_t scanned = 0;
    for (auto it = db_.allterms_begin(start); it != db_.allterms_end(start) && scanned < options_.max_scan;
         ++it, ++scanned) {
      const std::string candidate = *it;
      if (candidate == word || std::find(term.folds.begin(), term.folds.end(), candidate) != term.folds.end()) continue;
      if (latin_variant_key(candidate, name) == key) found.emplace_back(it.get_termfreq(), candidate);
    }
  }
  std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  std::vector<std::string> out;
  for (std::size_t i = 0; i < std::min(found.size(), options_.max_terms); ++i) out.push_back(found[i].second);
  given_.insert(given_.end(), out.begin(), out.end());
  return out;
}

}  // namespace liaison::search

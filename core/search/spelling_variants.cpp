#include "core/search/spelling_variants.h"

#include <algorithm>
#include <array>
#include <utility>

#include "core/analysis/latin_variants.h"
#include "core/analysis/name_key.h"
#include "core/index/schema.h"

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

/// A word typed in lower case is still read as a name (its final vowel free: shushi, Shusha)
/// when the index holds it in none of its forms: no common word of the texts, so most likely a
/// name that they spell otherwise.
bool read_as_name(const Xapian::Database& db, const query::QueryTerm& term) {
  if (looks_like_name(term.text)) return true;
  const auto held = [&db](const std::string& form) { return db.term_exists(form); };
  const auto held_folded = [&db](const std::string& fold) {
    return db.term_exists(fold) || db.term_exists(schema::term(schema::kFoldPrefix, fold));
  };
  return std::none_of(term.terms.begin(), term.terms.end(), held) &&
         std::none_of(term.folds.begin(), term.folds.end(), held_folded);
}

}  // namespace

IndexSpellingVariants::IndexSpellingVariants(const Xapian::Database& db, VariantOptions options)
    : db_(db), options_(options) {}

std::vector<std::string> IndexSpellingVariants::variants_of(const query::QueryTerm& term) const {
  if (term.terms.size() != 1 || term.prefix || term.stop) return {};
  const std::string& word = term.terms.front();
  // A lower-case word read as a name keeps its common-word key too (kolkhozes: kolxoz).
  const bool name = read_as_name(db_, term), typed_lower = !looks_like_name(term.text);
  const std::string key = latin_variant_key(word, name);
  const std::string common_key = name && typed_lower ? latin_variant_key(word, false) : "";
  if (key.empty() || words_looked_up_ >= options_.max_words) return {};
  ++words_looked_up_;
  const auto same_key = [&](const std::string& candidate) {
    return latin_variant_key(candidate, name) == key || (!common_key.empty() && latin_variant_key(candidate, false) == common_key);
  };
  std::vector<std::pair<Xapian::doccount, std::string>> found;
  for (const std::string& start : first_letters(key.front())) {
    std::size_t scanned = 0;
    for (auto it = db_.allterms_begin(start); it != db_.allterms_end(start) && scanned < options_.max_scan;
         ++it, ++scanned) {
      const std::string candidate = *it;
      if (candidate == word || std::find(term.folds.begin(), term.folds.end(), candidate) != term.folds.end()) continue;
      if (same_key(candidate)) found.emplace_back(it.get_termfreq(), candidate);
    }
  }
  std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  std::vector<std::string> out;
  for (std::size_t i = 0; i < std::min(found.size(), options_.max_terms); ++i) out.push_back(found[i].second);
  given_.insert(given_.end(), out.begin(), out.end());
  return out;
}

}  // namespace liaison::search

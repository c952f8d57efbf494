#include "core/search/spelling_variants.h"

#include <algorithm>
#include <utility>

#include "core/analysis/latin_variants.h"
#include "core/analysis/name_key.h"
#include "core/index/schema.h"
#include "core/index/variant_dictionary.h"

namespace liaison::search {
namespace {

/// A word typed in lower case is still read as a name (its final vowel free: shushi, Shusha)
/// when the index holds it in none of its forms: no common word of the texts, so most likely a
/// name that they spell otherwise.
bool read_as_name(const Xapian::Database& db, const query::QueryTerm& term) {
  if (looks_like_name(term.text)) return true;
  const auto held = [&db](const std::string& form) { return db.term_exists(form); };
  const auto held_folded = [&db](const std::string& fold) {
    return db.term_exists(fold) || has_fold_words(db, fold);
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
  // The index's words of either key, from the variant dictionary (core/index/variant_dictionary.h).
  std::vector<std::pair<Xapian::doccount, std::string>> found;
  const auto take_group = [&](const std::string& entry, const auto& keeps) {
    for (auto it = db_.synonyms_begin(entry); it != db_.synonyms_end(entry); ++it) {
      const std::string candidate = *it;
      if (candidate == word || std::find(term.folds.begin(), term.folds.end(), candidate) != term.folds.end()) continue;
      if (!keeps(candidate)) continue;
      if (std::any_of(found.begin(), found.end(), [&](const auto& seen) { return seen.second == candidate; })) continue;
      const Xapian::doccount documents = db_.get_termfreq(candidate);
      if (documents > 0) found.emplace_back(documents, candidate);  // 0: its documents went since the last build
    }
  };
  const auto any = [](const std::string&) { return true; };
  take_group(schema::variant_entry(key, false), [&](const std::string& candidate) {
    // The common entry holds the words whose name key is their common key, and others.
    return !name || latin_variant_key(candidate, true) == key;
  });
  if (name) take_group(schema::variant_entry(key, true), any);
  if (!common_key.empty()) take_group(schema::variant_entry(common_key, false), any);
  std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  std::vector<std::string> out;
  for (std::size_t i = 0; i < std::min(found.size(), options_.max_terms); ++i) out.push_back(found[i].second);
  given_.insert(given_.end(), out.begin(), out.end());
  return out;
}

}  // namespace liaison::search

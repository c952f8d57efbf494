#include "core/index/variant_dictionary.h"

#include <string>
#include <unordered_map>
#include <vector>

#include "core/analysis/fold.h"
#include "core/analysis/latin_variants.h"
#include "core/index/schema.h"

namespace liaison {
namespace {

using Groups = std::unordered_map<std::string, std::vector<std::string>>;

void clear_entries(Xapian::WritableDatabase& db, std::string_view prefix) {
  std::vector<std::string> keys;
  for (auto it = db.synonym_keys_begin(std::string(prefix)); it != db.synonym_keys_end(std::string(prefix)); ++it)
    keys.push_back(*it);
  for (const std::string& key : keys) db.clear_synonyms(key);
}

/// Whether `term` is a body word: unprefixed terms start with a lower-case letter, a digit or a
/// non-ASCII byte, prefixes with an upper-case ASCII letter.
bool is_word(const std::string& term) {
  const unsigned char first = static_cast<unsigned char>(term.front());
  return !(first >= 'A' && first <= 'Z');
}

template <typename Entry>
void write_groups(Xapian::WritableDatabase& db, const Groups& groups, Entry entry_of) {
  for (const auto& [key, words] : groups) {
    const std::string entry = entry_of(key);
    for (const std::string& word : words) db.add_synonym(entry, word);
  }
}

}  // namespace

void write_variant_dictionary(Xapian::WritableDatabase& db, const Xapian::Database& vocabulary) {
  clear_entries(db, schema::kVariantCommonKey);
  clear_entries(db, schema::kVariantNameKey);
  clear_entries(db, schema::kFoldWordsKey);
  Groups common, names, folds;
  for (auto it = vocabulary.allterms_begin(); it != vocabulary.allterms_end();) {
    const std::string word = *it;
    if (!word.empty() && !is_word(word)) {
      // The prefixed terms sort together, "A…" to "Z…": step over them all at once (stems, name
      // keys, titles, tags: 45 % of the terms of a generated corpus); '[' is the byte after 'Z'.
      it.skip_to("[");
      continue;
    }
    ++it;
    if (word.empty()) continue;
    if (std::string fold = fold_term(word); fold != word) folds[std::move(fold)].push_back(word);
    std::string common_key = latin_variant_key(word, false), name_key = latin_variant_key(word, true);
    if (common_key.empty() && name_key.empty()) continue;  // not Latin, or too short to have variants
    // A name key that is the common key is read from the common entry (IndexSpellingVariants).
    if (!name_key.empty() && name_key != common_key) names[std::move(name_key)].push_back(word);
    if (!common_key.empty()) common[std::move(common_key)].push_back(word);
  }
  write_groups(db, common, [](const std::string& key) { return schema::variant_entry(key, false); });
  write_groups(db, names, [](const std::string& key) { return schema::variant_entry(key, true); });
  write_groups(db, folds, [](const std::string& fold) { return schema::fold_entry(fold); });
}

std::vector<std::string> fold_words(const Xapian::Database& db, const std::string& fold) {
  const std::string entry = schema::fold_entry(fold);
  return {db.synonyms_begin(entry), db.synonyms_end(entry)};
}

std::vector<std::string> fold_words_starting(const Xapian::Database& db, const std::string& prefix,
                                             Xapian::termcount limit) {
  std::vector<std::string> words;
  const std::string entries = schema::fold_entry(prefix);
  for (auto key = db.synonym_keys_begin(entries); key != db.synonym_keys_end(entries); ++key) {
    for (auto word = db.synonyms_begin(*key); word != db.synonyms_end(*key); ++word) {
      if (limit != 0 && words.size() >= limit) return words;
      words.push_back(*word);
    }
  }
  return words;
}

bool has_fold_words(const Xapian::Database& db, const std::string& fold) {
  const std::string entry = schema::fold_entry(fold);
  return db.synonyms_begin(entry) != db.synonyms_end(entry);
}

}  // namespace liaison

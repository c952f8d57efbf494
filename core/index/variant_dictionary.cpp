#include "core/index/variant_dictionary.h"

#include <string>
#include <unordered_map>
#include <vector>

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

void write_groups(Xapian::WritableDatabase& db, const Groups& groups, bool name) {
  for (const auto& [key, words] : groups) {
    const std::string entry = schema::variant_entry(key, name);
    for (const std::string& word : words) db.add_synonym(entry, word);
  }
}

}  // namespace

void write_variant_dictionary(Xapian::WritableDatabase& db, const Xapian::Database& vocabulary) {
  clear_entries(db, schema::kVariantCommonKey);
  clear_entries(db, schema::kVariantNameKey);
  Groups common, names;
  for (auto it = vocabulary.allterms_begin(); it != vocabulary.allterms_end(); ++it) {
    const std::string word = *it;
    if (word.empty() || !is_word(word)) continue;
    std::string common_key = latin_variant_key(word, false), name_key = latin_variant_key(word, true);
    if (common_key.empty() && name_key.empty()) continue;  // not Latin, or too short to have variants
    // A name key that is the common key is read from the common entry (IndexSpellingVariants).
    if (!name_key.empty() && name_key != common_key) names[std::move(name_key)].push_back(word);
    if (!common_key.empty()) common[std::move(common_key)].push_back(word);
  }
  write_groups(db, common, false);
  write_groups(db, names, true);
}

}  // namespace liaison

#pragma once
// Other Latin spellings of query words (analysis/latin_variants.h), from the index's own words.
#include <cstddef>
#include <string>
#include <vector>

#include <xapian.h>

#include "core/query/query_context.h"

namespace liaison::search {

struct VariantOptions {
  std::size_t max_terms = 8;    ///< variants kept per word, most frequent first
  std::size_t max_words = 8;    ///< words of one query that are looked up, at most
};

/// Finds the index terms whose latin_variant_key is the query word's (a name's key when the word
/// was typed with a capital, or in lower case when the index lacks it: shushi finds shusha), in
/// the index's variant dictionary (core/index/variant_dictionary.h): one look-up per key, however
/// large the vocabulary. Reads the database given; one per search (it counts the words it looked up).
class IndexSpellingVariants final : public query::SpellingVariants {
 public:
  explicit IndexSpellingVariants(const Xapian::Database& db, VariantOptions options = {});
  std::vector<std::string> variants_of(const query::QueryTerm& term) const override;
  /// Every variant variants_of gave so far, for highlighting what matched.
  const std::vector<std::string>& given() const { return given_; }

 private:
  const Xapian::Database& db_;
  VariantOptions options_;
  mutable std::size_t words_looked_up_ = 0;
  mutable std::vector<std::string> given_;
};

}  // namespace liaison::search

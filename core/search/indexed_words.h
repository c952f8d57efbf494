#pragma once
// The index's own words, for the query builder's compounds (query/compounds.h).
#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

#include "core/query/query_context.h"

namespace liaison::search {

/// Reads the database given; one per search.
class IndexWords final : public query::IndexedWords {
 public:
  explicit IndexWords(const Xapian::Database& db) : db_(db) {}
  Xapian::doccount passages_with(const std::string& term) const override { return db_.get_termfreq(term); }
  /// Over several databases only (a sharded index): query/wildcards.h says why.
  std::optional<std::vector<std::string>> terms_starting(const std::string& prefix,
                                                         Xapian::termcount most_frequent) const override;
  /// From the index's fold dictionary (core/index/variant_dictionary.h).
  std::vector<std::string> words_of_fold(const std::string& fold) const override;
  std::vector<std::string> words_of_folds_starting(const std::string& prefix, Xapian::termcount limit) const override;

 private:
  const Xapian::Database& db_;
};

}  // namespace liaison::search

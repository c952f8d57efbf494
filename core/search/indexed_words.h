#pragma once
// The index's own words, for the query builder's compounds (query/compounds.h).
#include <xapian.h>

#include "core/query/query_context.h"

namespace liaison::search {

/// Reads the database given; one per search.
class IndexWords final : public query::IndexedWords {
 public:
  explicit IndexWords(const Xapian::Database& db) : db_(db) {}
  Xapian::doccount passages_with(const std::string& term) const override { return db_.get_termfreq(term); }

 private:
  const Xapian::Database& db_;
};

}  // namespace liaison::search

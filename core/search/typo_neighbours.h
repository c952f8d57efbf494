#pragma once
// One-edit neighbours of query words the index lacks, from the index's own term list.
#include <cstddef>
#include <string>
#include <vector>

#include <xapian.h>

#include "core/query/builder.h"

namespace liaison::search {

struct TypoOptions {
  std::size_t min_letters = 5;    ///< shorter words are not expanded (too many neighbours)
  std::size_t max_terms = 8;      ///< neighbours kept per word, most frequent first
  std::size_t max_scan = 5000;    ///< index terms looked at per prefix, at most
  std::size_t max_words = 8;      ///< words of one query that are looked up, at most (long queries stay cheap)
};

/// Finds, for a word that the index holds in no form (exact, folded, stemmed), the exact index
/// terms within one edit (insert, delete, substitute, swap) of its normalised form that share its
/// first letter: under its first two letters, then (if none) under its first letter, max_scan
/// terms each. Reads the database given; one per search (it counts the words it looked up).
class IndexTypoNeighbours final : public query::TermNeighbours {
 public:
  explicit IndexTypoNeighbours(const Xapian::Database& db, TypoOptions options = {});
  std::vector<std::string> near_terms(const query::QueryTerm& term) const override;
  /// Every neighbour near_terms gave so far, for highlighting what matched.
  const std::vector<std::string>& given() const { return given_; }

 private:
  bool indexed(const query::QueryTerm& term) const;
  std::vector<std::pair<Xapian::doccount, std::string>> scan(const std::string& word, const std::string& start) const;
  const Xapian::Database& db_;
  TypoOptions options_;
  mutable std::size_t words_looked_up_ = 0;
  mutable std::vector<std::string> given_;
};

}  // namespace liaison::search

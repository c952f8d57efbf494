#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <unordered_set>

#include <xapian.h>

namespace liaison::search {

/// facet name → value → number of distinct documents.
using FacetCounts = std::map<std::string, std::map<std::string, std::uint64_t>>;

/// Counts, among the passages the matcher sees, the DISTINCT DOCUMENTS per facet value:
/// lang (a document counts once per language of its matching passages), area (the document's
/// areas, from the Areas slot), kind, source, year.
///
/// Keyed on the DocId slot because the matcher shows a spy every matching passage, also those
/// that document-mode collapsing then drops (checked on Xapian 1.4.22), and a document has many
/// passages. The counts are exact when the matcher sees every match, i.e. when get_mset's
/// check_at_least is at least the number of matching passages.
///
/// It also counts the passages and distinct documents it sees: Xapian 1.4's estimate of
/// collapsed matches stays loose even when every match was examined, so these give exact totals.
class FacetCounter : public Xapian::MatchSpy {
 public:
  struct Options {
    bool facets = true;  ///< false: count passages and documents only
  };
  FacetCounter() = default;
  explicit FacetCounter(Options options) : options_(options) {}

  void operator()(const Xapian::Document& doc, double weight) override;

  /// The counts so far.
  const FacetCounts& counts() const { return counts_; }
  /// Matching passages seen so far.
  std::uint64_t passages_seen() const { return passages_seen_; }
  /// Distinct documents among them.
  std::uint64_t documents_seen() const { return seen_documents_.size(); }

 private:
  void count_once(std::unordered_set<std::string>& seen, const std::string& key, const std::string& facet,
                  const std::string& value);

  Options options_;
  std::uint64_t passages_seen_ = 0;
  std::unordered_set<std::string> seen_documents_;
  std::unordered_set<std::string> seen_document_languages_;
  FacetCounts counts_;
};

}  // namespace liaison::search

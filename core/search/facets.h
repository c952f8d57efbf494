#pragma once
#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <xapian.h>

namespace liaison::search {

/// facet name → value → number of distinct documents.
using FacetCounts = std::map<std::string, std::map<std::string, std::uint64_t>>;

/// Counts, among the passages the matcher sees, the DISTINCT DOCUMENTS per facet value:
/// lang (a document counts once per language of its matching passages), area and measure (the
/// document's), kind, source, year; and records in which languages each document matched (a
/// cross-language query finds a document through its Russian and Armenian passages).
///
/// Keyed on the document id because the matcher shows a spy every matching passage, also those
/// that document-mode collapsing then drops (checked on Xapian 1.4.22), and a document has many
/// passages. The counts are exact when the matcher sees every match, i.e. when get_mset's
/// check_at_least is at least the number of matching passages.
///
/// It also counts the passages and distinct documents it sees: Xapian 1.4's estimate of
/// collapsed matches stays loose even when every match was examined, so these give exact totals.
/// Reads one value per match (schema::FacetKey).
class FacetCounter : public Xapian::MatchSpy {
 public:
  struct Options {
    bool facets = true;  ///< false: count passages and documents, and matched languages, only
  };
  FacetCounter() = default;
  explicit FacetCounter(Options options) : options_(options) {}

  void operator()(const Xapian::Document& doc, double weight) override;

  /// The counts so far (empty without Options::facets).
  FacetCounts counts() const;
  /// Matching passages seen so far.
  std::uint64_t passages_seen() const { return passages_seen_; }
  /// Distinct documents among them.
  std::uint64_t documents_seen() const { return languages_of_.size(); }
  /// Codes of the languages `doc_id`'s matching passages are in, in en, hy, az, ru order.
  std::vector<std::string> matched_languages(const std::string& doc_id) const;

 private:
  enum Facet : std::size_t { Lang, Kind, Source, Year, Area, Measure, kFacets };
  using ValueCounts = std::unordered_map<std::string, std::uint64_t>;

  void count(Facet facet, std::string_view value);
  /// Counts each value of a '\n'-separated list (the document's areas or measures).
  void count_lines(Facet facet, std::string_view lines);

  Options options_;
  std::uint64_t passages_seen_ = 0;
  /// Document id → bit set of the languages (kLanguages order) of its matching passages.
  std::unordered_map<std::string, std::uint8_t> languages_of_;
  /// The passages of a document have neighbouring docids, and the matcher visits docids in
  /// order: the last document's entry saves most lookups.
  std::string last_id_;
  std::uint8_t* last_languages_ = nullptr;
  std::array<ValueCounts, kFacets> counts_{};
};

}  // namespace liaison::search

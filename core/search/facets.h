#pragma once
#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <xapian.h>

#include "core/index/index_terms.h"

namespace liaison::search {

/// facet name → value → number of distinct documents.
using FacetCounts = std::map<std::string, std::map<std::string, std::uint64_t>>;

/// Counts, among the documents the matcher sees, the documents per facet value: lang (a
/// document counts once per language of its passages), area and measure (the document's),
/// kind, source, year; and records each document's languages (a document in Russian with an
/// English summary matched in both). Reads one value per match (schema::FacetKey). The counts
/// are exact when the matcher sees every match, i.e. when get_mset's check_at_least is at least
/// the number of matching documents; the matcher shows a spy every match, also those that a
/// collapse (of the versions of one text) then drops.
class FacetCounter : public Xapian::MatchSpy {
 public:
  struct Options {
    bool facets = true;  ///< false: count documents and record their languages only
  };
  FacetCounter() = default;
  explicit FacetCounter(Options options) : options_(options) {}

  void operator()(const Xapian::Document& doc, double weight) override;
  /// Counts a match from its FacetKey value's fields.
  void see(const index_terms::FacetKeyFields& fields);

  /// The counts so far (empty without Options::facets).
  FacetCounts counts() const;
  /// Matching documents seen so far.
  std::uint64_t documents_seen() const { return languages_of_.size(); }
  /// Codes of the languages the passages of the match `doc_id` are in, in en, hy, az, ru order.
  std::vector<std::string> matched_languages(std::string_view doc_id) const;

 private:
  enum Facet : std::size_t { Lang, Kind, Source, Year, Area, Measure, kFacets };
  /// Looked up by string_view: no string is made to count a value already seen.
  struct TextHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
  };
  using ValueCounts = std::unordered_map<std::string, std::uint64_t, TextHash, std::equal_to<>>;

  void count(Facet facet, std::string_view value);
  /// Counts each value of a '\n'-separated list (the document's areas or measures).
  void count_lines(Facet facet, std::string_view lines);

  Options options_;
  /// Matching document (its id) → bit set of the languages (kLanguages order) of its passages.
  /// Keyed by the id, not the Xapian docid: over several databases (a sharded index) a spy is
  /// shown each database's own docids, which repeat from one database to the next.
  std::unordered_map<std::string, std::uint8_t, TextHash, std::equal_to<>> languages_of_;
  std::array<ValueCounts, kFacets> counts_{};
};

class VersionSpy;

/// The spies of a counting search in one: reads each match's FacetKey once and shows it to the
/// facet counter and, when given, to the version spy (core/search/grouping.h). Two spies added
/// to one Enquire would each read the value.
class MatchKeySpy : public Xapian::MatchSpy {
 public:
  MatchKeySpy(FacetCounter& facets, VersionSpy* versions) : facets_(facets), versions_(versions) {}
  void operator()(const Xapian::Document& doc, double weight) override;

 private:
  FacetCounter& facets_;
  VersionSpy* versions_;
};

}  // namespace liaison::search

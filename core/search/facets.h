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
#include "core/index/schema.h"

namespace liaison::search {

/// facet name → value → number of distinct documents.
using FacetCounts = std::map<std::string, std::map<std::string, std::uint64_t>>;

/// Counts, among the documents the matcher sees, the documents per facet value: lang (a
/// document counts once per language of its passages), area and measure (the document's),
/// kind, source, year; and records each document's languages (a document in Russian with an
/// English summary matched in both). Fed each match's FacetKey value (MatchKeys). The counts
/// are exact when the matcher sees every match, i.e. when get_mset's check_at_least is at least
/// the number of matching documents; the matcher shows a spy every match, also those that a
/// collapse (of the versions of one text) then drops.
class FacetCounter {
 public:
  struct Options {
    bool facets = true;  ///< false: count documents and record their languages only
  };
  FacetCounter() = default;
  explicit FacetCounter(Options options) : options_(options) {}

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

/// The spy of a counting search: reads each match's FacetKey once and shows it to the facet
/// counter and, when given, to the version spy (core/search/grouping.h), with its weight.
/// Portable (a part of the database is remote), it is Xapian's own ValueCountMatchSpy over the
/// FacetKey slot instead, which gathers every match's key, shown to the two after the match
/// (finish()) without weights: xapian-tcpsrv as Debian ships it runs Xapian's built-in spies
/// only (docs/scale.md). A key holds the document's id, so each match's key comes once. Not
/// always portable: gathering and sorting the keys made a facet search 6-7 % slower.
class MatchKeySpy {
 public:
  MatchKeySpy(FacetCounter& facets, VersionSpy* versions, bool portable);
  MatchKeySpy(const MatchKeySpy&) = delete;
  MatchKeySpy& operator=(const MatchKeySpy&) = delete;
  /// Spies on the matches of `enquire`, which keeps a pointer: this outlives its get_mset.
  void spy_on(Xapian::Enquire& enquire);
  /// After the match: shows the gathered keys (portable; the weights of the versions of the
  /// texts on a page come from search::spy_on_versions then).
  void finish();
  bool portable() const { return portable_; }

 private:
  class Reader : public Xapian::MatchSpy {
   public:
    explicit Reader(MatchKeySpy& owner) : owner_(owner) {}
    void operator()(const Xapian::Document& doc, double weight) override;

   private:
    MatchKeySpy& owner_;
  };
  FacetCounter& facets_;
  VersionSpy* versions_;
  bool portable_;
  Reader reader_{*this};
  Xapian::ValueCountMatchSpy keys_{schema::FacetKey};
};

}  // namespace liaison::search

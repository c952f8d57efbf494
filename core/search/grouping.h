#pragma once
// Grouping the versions of one text (a set of translations) into one hit: its own step of the
// search, after matching and reranking. The matcher collapses documents-mode matches on the
// VersionSet slot instead of the DocId slot (one match per text); this spy records, for every
// match, which versions matched and their best passage, so that the step can name a group's
// other versions and let the version in the query's language represent it.
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <xapian.h>

#include "core/index/index_terms.h"
#include "core/lang/language.h"
#include "core/lang/script.h"
#include "core/search/result.h"

namespace liaison::search {

/// Sees every match (as FacetCounter does) and records, per set of versions, its matching
/// documents; and, when asked, counts the documents per speaker (the speaker facet).
class VersionSpy {
 public:
  explicit VersionSpy(bool count_speakers) : count_speakers_(count_speakers) {}

  /// Records a match of weight `weight` from its FacetKey value's fields.
  void see(const index_terms::FacetKeyFields& fields, double weight);

  /// True when no match was seen (the index has no versions, or nothing was spied on).
  bool empty() const { return seen_.empty(); }

  /// Distinct sets (a document without a set is one) among the matches seen.
  std::uint64_t groups_seen() const;

  /// The id of the best-weighted matching version of `set_key` written in `script`, or "" when
  /// none matched. An id, not a Xapian docid: over several databases (a sharded index) a spy is
  /// shown each database's own docids.
  std::string best_in_script(const std::string& set_key, Script script) const;

  /// The other matching versions of `set_key` than `doc_id`, in en, hy, az, ru order.
  std::vector<HitVersion> others(const std::string& set_key, const std::string& doc_id) const;

  /// speaker id → documents with a matching passage where the speaker speaks.
  std::map<std::string, std::uint64_t> speaker_counts() const;
  const std::map<std::string, std::string>& speaker_names() const { return speaker_names_; }

 private:
  /// One match, its strings kept in text_: a spy sees every match of a counting search, so it
  /// makes no string or node of its own per match.
  struct Seen {
    std::size_t set_at, set_size, id_at, id_size, lang_at, lang_size;
    double weight;
  };
  std::string_view text(std::size_t at, std::size_t size) const { return std::string_view(text_).substr(at, size); }
  std::string_view set_of(const Seen& seen) const { return text(seen.set_at, seen.set_size); }
  std::string_view id_of(const Seen& seen) const { return text(seen.id_at, seen.id_size); }
  /// Indices into seen_ ordered by set, then document id (sorted again when matches were added).
  const std::vector<std::uint32_t>& by_set() const;
  /// The matches of `set_key`, ordered by document id.
  std::pair<const std::uint32_t*, const std::uint32_t*> members(std::string_view set_key) const;

  bool count_speakers_;
  std::string text_;
  std::vector<Seen> seen_;
  mutable std::vector<std::uint32_t> by_set_;  ///< by_set()'s order
  std::map<std::string, std::map<std::string, bool>> speaker_documents_;  ///< speaker id → doc ids
  std::map<std::string, std::string> speaker_names_;
  /// speaker id → the document whose spelling of the name speaker_names_ holds: the first by id,
  /// so that the name does not follow the order the matches come in (another over shards).
  std::map<std::string, std::string> speaker_name_from_;
};

/// The passage a documents-mode hit shows: when the group's match is written in another script
/// than the query, the best passage of the best-ranked version in the query's script, if one
/// matched; else the matched passage itself. By script, not language: a Latin query without
/// Azerbaijani letters ("Lacin") may be English or Azerbaijani, and the better-ranked of the two
/// versions then speaks for the text.
Xapian::Document representative(const Xapian::Database& db, const VersionSpy& spy, const Xapian::Document& matched,
                                Script query_script);

/// Shows `spy` the matches of `query` (weighed with `weight`) among the versions of the texts of
/// `mset` that have versions: what it would have seen of them in the match itself, for searches
/// that count no facets and so run without spies.
void spy_on_versions(const Xapian::Database& db, const Xapian::Query& query, const Xapian::Weight& weight,
                     const Xapian::MSet& mset, VersionSpy& spy);

/// Grouped: sets a hit's other matching versions (of its version_set).
void link_versions(Hit& hit, const VersionSpy& spy, bool grouped);

/// The script a query is written in: that of the one language the request filters on, else the
/// dominant one of its words (core/lang/detect.h); Script::Other when it has no letters.
Script query_script(const SearchRequest& request);

}  // namespace liaison::search

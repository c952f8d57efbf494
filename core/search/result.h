#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/ingest/dates.h"
#include "core/ingest/document.h"
#include "core/lang/language.h"
#include "core/request_limits.h"

namespace liaison {

enum class SortOrder { Relevance, DateAscending, DateDescending };
enum class SearchMode { Documents, Passages };

/// What a caller asks for; the server fills it from URL parameters, parsed once into these
/// types (search-server/params.h), so that a language or date here is always a real one.
struct SearchRequest {
  std::string query;
  std::vector<Language> languages;     ///< any of them; none: all
  std::vector<std::string> areas;      ///< area ids; any of them
  std::vector<std::string> measures;   ///< measure ids; any of them
  std::vector<std::string> kinds;
  std::vector<std::string> sources;
  std::optional<Date> date_from;  ///< inclusive (all of 2021 for "2021"); nullopt for open
  std::optional<Date> date_to;    ///< inclusive (all of 2021 for "2021"); nullopt for open
  SortOrder sort = SortOrder::Relevance;
  SearchMode mode = SearchMode::Documents;
  std::uint32_t page = 1;                          ///< 1..limits::kMaxPage
  std::uint32_t size = limits::kDefaultPageSize;  ///< 1..limits::kMaxPageSize
  bool facets = true;
  bool snippets = true;     ///< false: hits carry no snippet (no passage is re-read for one)
  bool suggestions = true;  ///< false: no did-you-mean (no look-up of the index's words)
  bool cross_language = false;  ///< xlang: expand through the thesaurus and gazetteer
  /// xlang=0 given: only as typed, so not through the name keys of other scripts either
  /// (without xlang a name still matches its spellings in other scripts, weighted lower).
  bool as_typed = false;
  std::vector<std::string> speakers{};  ///< speaker ids (the `speaker` facet's values); any of them
  bool spoken_only = false;  ///< only passages with a known speaker (the who-said-what view)
  /// Documents mode: the versions of one text (a set of translations) are one hit, represented
  /// by the version in the query's language when one matched, else by the best-ranked one;
  /// false: every version is a hit of its own.
  bool group_versions = true;
};

/// Another version of a hit's text that matched the query too (a language chip on the hit).
struct HitVersion {
  std::string id, lang;
};

struct Hit {
  std::string id;  ///< document id
  std::string title, date, lang, kind, source, url, path;
  std::string provenance;  ///< original, translation or editorial (core/ingest/provenance.h)
  double score = 0.0;
  std::vector<Tag> areas;             ///< the passage's (passage mode) or document's tags
  std::vector<Tag> measures;
  std::uint32_t passage = 0;          ///< the best passage's n
  std::uint32_t page = 0;             ///< its page, for paged sources
  std::string anchor;                 ///< its stable link anchor (core/text/anchor.h)
  std::string snippet;                ///< HTML-escaped; matched words wrapped in <mark>
  /// The languages the query matched in: those of the document's passages (documents mode, in
  /// en, hy, az, ru order), or the passage's own (passages mode).
  std::vector<std::string> matched_languages{};
  std::string version_set{};             ///< the key of its set of versions, "" when it has none
  std::vector<HitVersion> versions{};    ///< grouped: the other versions of the text that matched
  std::vector<Speaker> speakers{};       ///< who speaks in the hit's passage (ids and names)
};

/// A query word or phrase that cross-language search expanded through the domain.
struct QueryExpansion {
  std::string typed;  ///< as typed ("demining")
  std::string entry;  ///< thesaurus, gazetteer or measure id(s) ("demining")
  std::map<std::string, std::vector<std::string>> forms;  ///< language code → forms also searched
};

struct SearchResult {
  std::string query;
  std::uint64_t total = 0;  ///< matching documents (or passages in passage mode)
  /// False when there were more matches than the searcher counts one by one: `total` and the
  /// facets are then estimates (SearcherOptions::exact_count_up_to).
  bool exact = true;
  /// The share of the index's documents whose matches the estimates were counted in (a uniform
  /// sample, search/facet_sample.h); 1 when the counts are exact or come from Xapian's estimate.
  double sample = 1.0;
  std::uint32_t page = 1, size = 10;
  double took_ms = 0.0;
  std::vector<Hit> hits;
  /// facet name (lang, area, kind, source, year) → value → number of matching documents
  std::map<std::string, std::map<std::string, std::uint64_t>> facets;
  std::optional<std::string> did_you_mean;
  std::vector<std::string> warnings;
  std::vector<QueryExpansion> expansions{};///< with cross_language: what was expanded, and into what
  std::map<std::string, std::string> speaker_names{};  ///< speaker id → its name, for the speaker facet
  bool grouped = false;  ///< versions of one text were grouped (SearchRequest::group_versions, documents mode)
  /// Some shard of the index did not answer: the hits, totals and facets are the other shards'.
  bool partial = false;
  std::vector<std::string> failed_shards{};  ///< which, as the server lists them (search/shard_parts.h)
};

/// One statement of a speaker for the who-said-what view: a passage and its document.
struct Statement {
  std::string id, title, date, lang, kind, source, provenance;
  std::uint32_t passage = 0;
  std::string snippet;  ///< the passage with the query's words marked, as a hit's snippet
};

/// A speaker's statements matching a query, oldest first (undated last).
struct SpeakerStatements {
  std::string id, name;
  std::vector<Statement> statements;
};

/// "Who said what, when": the matching passages that have a speaker, by speaker.
struct WhoSaid {
  std::string query;
  std::uint64_t passages = 0;  ///< statements listed: matching passages with a speaker and a marked word
  bool complete = true;        ///< false: more matched than were read (the best limits::kMaxPageSize passages are read)
  std::vector<SpeakerStatements> speakers;  ///< most statements first, then by name
};

/// One version of a document's text (core/index/links.h VersionInfo, without the index types).
struct VersionLink {
  std::string id, lang, title, date, translation_of;
  std::uint32_t passages = 0;
};

/// A whole document for the document view.
struct DocumentView {
  Document document;  ///< metadata, passages with their tags and speakers, document-level tags
  /// Every version of its text, itself included, in en, hy, az, ru order; empty when it has none.
  std::vector<VersionLink> versions{};
};

struct IndexStats {
  std::uint64_t documents = 0, passages = 0;
  std::map<std::string, std::uint64_t> languages;  ///< code → documents with passages in it
  std::string last_indexed;                        ///< ISO 8601 UTC, "" if never
};

/// One passage that references a measure.
struct MeasurePassage {
  std::uint32_t n = 0;     ///< passage number
  std::string lang;        ///< its language
  std::string text;
  double score = 0.0;      ///< the tagger's score for the measure on it
  std::vector<std::string> evidence;  ///< what triggered the reference
  /// What it shows of the measure's progress (measure_timeline.h; "" when not read) and the
  /// cue phrase that shows it, as written ("" for a passage that only speaks of it).
  std::string status, cue;
};

/// One document that references a measure.
struct MeasureMention {
  std::string id, title, date, kind, source, path;
  bool manual = false;     ///< set in front matter (then passages may be empty)
  double score = 0.0;      ///< the document's score for the measure
  std::vector<MeasurePassage> passages;  ///< in passage order
};

/// The strongest status the documents of one year show for a measure, with the passage that
/// shows it (the earliest such passage of the year).
struct YearStatus {
  std::string year;    ///< YYYY
  std::string status;  ///< proposed, discussed, agreed, implemented
  std::string doc, title, date;  ///< the document of the passage
  std::uint32_t n = 0;           ///< the passage
  std::string lang, text, cue;   ///< its language, text and the cue phrase as written
};

/// Everything the index says about one measure, for the measure tracker.
struct MeasureTrack {
  std::string measure;                   ///< the id asked for
  std::string proposed;                  ///< when the measure was proposed ("" unknown)
  std::uint64_t documents = 0, passages = 0;  ///< of `mentions`
  std::vector<MeasureMention> mentions;  ///< by date, oldest first, then by id; undated last
  /// Documents dated before `proposed` whose words reference the measure: what came before it,
  /// never its first mention. Oldest first.
  std::vector<MeasureMention> antecedents;
  std::optional<MeasureMention> first;   ///< the oldest dated mention, if any
  std::optional<MeasureMention> latest;  ///< the newest dated mention, if any
  /// Per year of the dated mentions, oldest first: the strongest status shown (empty when the
  /// statuses were not read: measure_timeline.h).
  std::vector<YearStatus> statuses;
};

/// Number of documents per tag id in the whole index.
struct TagCounts {
  std::map<std::string, std::uint64_t> areas;     ///< area id → documents with it
  std::map<std::string, std::uint64_t> measures;  ///< measure id → documents referencing it
};

}  // namespace liaison

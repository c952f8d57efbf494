#pragma once
#include <chrono>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/query/builder.h"
#include "core/search/result.h"

namespace liaison {

class Analyzer;
class DomainLexicon;
namespace search {
class ShardHealth;
}

/// What a Searcher may use besides the index.
struct SearcherOptions {
  /// The domain (corpus/domain), compiled once and shared by all Searchers: needed for
  /// cross-language search (SearchRequest::cross_language) and is_domain_entry. Null: xlang
  /// requests search as typed, with a warning.
  std::shared_ptr<const DomainLexicon> lexicon{};
  /// The weights of the ranking (docs/ranking.md); the lexicon and typo lookups are set per search.
  query::QueryContext ranking{};
  /// The matcher looks at this many matches at least, so that totals and facets are exact up
  /// to it (SearchResult::exact). Past it, with facets asked for, both come from a uniform
  /// sample of about facet_sample_size matches (search/facet_sample.h); without facets the
  /// total is Xapian's estimate. Counting every match of a common word in a large index would
  /// cost more than the numbers are worth.
  std::uint32_t exact_count_up_to = 1000;
  std::uint32_t facet_sample_size = 2000;
  /// Without facets the matcher counts this many matches at least: 0, it stops once it has the
  /// page, as the peers' plain searches do, and the total is its own count (exact when it can
  /// tell, else an estimate with `exact` false). `indexer search --count-all` counts them all.
  std::uint32_t plain_count_up_to = 0;
  /// A multi-word search in relevance order, documents mode, first matches the first tier of
  /// its ranking alone (every word in the forms typed) and stops there when that tier fills the
  /// page (docs/ranking.md); with facets, only when its matches go to the sample at once.
  /// False: always the whole query (tests compare).
  bool first_tier_pass = true;
  /// Search these index folders as one instead of the Searcher's `db` (which then only names
  /// the index in messages): each a Xapian database, a sharded index (core/index/sharded_index.h)
  /// (its databases in its stub's order) or "tcp://HOST:PORT", a database served by xapian-tcpsrv
  /// ("tcp://HOST:PORT|tcp://HOST:PORT": replicas of one, the first that answers used).
  /// The first database's metadata is the index's (its last_indexed): list a sharded index's
  /// catalog first.
  std::vector<std::filesystem::path> shards{};
  /// A remote shard that does not answer an operation within this is left out: the search
  /// answers with the other shards' matches, SearchResult::partial (search/shard_parts.h).
  std::chrono::milliseconds shard_timeout{2000};
  /// Which remote shards failed lately, shared by a server's Searchers; null: the Searcher's own.
  std::shared_ptr<search::ShardHealth> shard_health{};
};

/// A language in fewer than this share of the index's documents is barely held by it: a query
/// written in it gets cross-language search by default (Searcher::wants_cross_language).
inline constexpr double kBarelyHeldShare = 0.05;

/// Read-only access to an index. One Searcher per thread (a Xapian::Database is not shared);
/// the Analyzer is shared. Throws IndexError when the index cannot be opened, IndexBusyError when
/// the indexer discarded the revision being opened five times in a row.
/// Every read reopens and retries when the indexer commits under it, and throws IndexBusyError
/// when the index changed under five attempts in a row; other Xapian errors become IndexError.
class Searcher {
 public:
  Searcher(const std::filesystem::path& db, const Analyzer& analyzer);
  Searcher(const std::filesystem::path& db, const Analyzer& analyzer, const SearcherOptions& options);
  ~Searcher();
  Searcher(const Searcher&) = delete;
  Searcher& operator=(const Searcher&) = delete;

  /// Picks up the indexer's latest commit, if any. Cheap; called before each request.
  void reopen();

  /// Runs a search. Throws QueryError with a readable message for a query that cannot be run.
  SearchResult search(const SearchRequest& request);

  /// "Who said what, when": the best passages matching `request` (its filters apply) that have
  /// a speaker, by speaker, each speaker's oldest first (core/search/who_said.h).
  WhoSaid who_said(const SearchRequest& request);

  /// The whole document with this id, or nullopt.
  std::optional<DocumentView> get_document(const std::string& id);

  IndexStats stats();

  /// Names the state of the index this Searcher reads (its database's UUID and revision): two
  /// reads under the same version see the same documents, and every commit or rebuilt index
  /// gives a new one. Keys the server's answer cache.
  std::string index_version();

  /// True when `query` is as a whole a thesaurus term, gazetteer name or measure alias in any
  /// language ("demining", "Пашинян", "Joint Monitoring Group"): the server turns xlang on by
  /// default for it. Filters in the query (lang:, kind:, source:) are left out of the test.
  /// False without a lexicon.
  bool is_domain_entry(const std::string& query) const;

  /// Whether the server turns xlang on for `query` when the client did not say: a domain entry
  /// (is_domain_entry); a query whose spelling suggestion is one ("deminig"); or a query written
  /// in languages the index barely holds (in under kBarelyHeldShare of its documents: "atəşkəs
  /// rejimi" over English speeches), which can only be answered through its translations.
  bool wants_cross_language(const std::string& query);

  /// The measure tracker: every document and passage that references `measure_id`, by date,
  /// with the first and the latest mention.
  MeasureTrack track_measure(const std::string& measure_id, const std::string& proposed = {});

  /// Documents per area and per measure in the whole index (GET /api/areas, /api/measures).
  TagCounts tag_counts();

 private:
  struct Impl;
  /// `read()`, again after a reopen when a commit invalidated it; `what` names it in errors.
  template <typename Read>
  auto reading(const std::string& what, Read read);

  std::unique_ptr<Impl> impl_;
};

}  // namespace liaison

#pragma once
// Searcher::Impl and the types its steps pass along (build, match, rerank, assemble, count),
// shared by searcher.cpp (building and assembling, the other reads) and searcher_match.cpp
// (matching and counting). Private to core/search.
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

#include "core/index/schema.h"
#include "core/query/builder.h"
#include "core/query/query_context.h"
#include "core/search/facets.h"
#include "core/search/grouping.h"
#include "core/search/passage_page.h"
#include "core/search/rescore.h"
#include "core/search/shard_parts.h"
#include "core/search/searcher.h"

namespace liaison {

/// A request's query, parsed and built, and what the next steps read of it.
struct BuiltSearch {
  query::QueryContext context;           ///< the weights built with (its lookups are gone by now)
  query::BuiltQuery built;
  Xapian::Query query;                   ///< the built query within the request's filters
  Xapian::Query all_words_tier;          ///< its first tier (BuiltQuery::all_words_tier), the same
  Xapian::Query all_matches;             ///< what `query` matches, cheaper to count (BuiltQuery::all_matches)
  bool scored = false;                   ///< some part of the query weighs
  std::vector<std::string> warnings;     ///< the parser's, the builder's, then the searcher's
  std::vector<std::string> typo_neighbours;  ///< index words the query matched for a typo or variant
};

/// Which matches are read: the page, or when matches are reranked (the top-level words in order
/// or near each other, search/rescore.h) or expanded into passages (passages mode) the first
/// ones of a longer list that the page is cut from.
struct MatchWindow {
  Xapian::doccount offset = 0;          ///< the page's first hit
  Xapian::doccount first = 0;           ///< the first match read
  Xapian::doccount count = 0;           ///< how many are read
  Xapian::doccount check_at_least = 0;  ///< the matcher counts exactly up to here
  bool by_proximity = false;
  bool passages = false;                ///< each document read becomes its matching passages
  bool from_top() const { return by_proximity || passages; }
};

/// The window of `request` for `search`.
MatchWindow window_for(const SearchRequest& request, const BuiltSearch& search, const SearcherOptions& options);

/// Orders by date when nothing weighs or the request asks so; else by relevance.
void set_order(Xapian::Enquire& enquire, const SearchRequest& request, bool scored);

/// The matches read, and whether they come from the first tier alone (BuiltSearch::
/// all_words_tier): then the page is right but the total is not counted.
struct Matches {
  Xapian::MSet mset;
  bool first_tier = false;
  /// With facets: the whole query certainly holds more matches than are counted one by one, so
  /// none were; the facets and the total come from the sample alone. Xapian's estimate of them.
  std::optional<Xapian::doccount> sample_of;
};


struct Searcher::Impl {
  std::filesystem::path path;
  const Analyzer& analyzer;
  /// The stub the parts were opened from (sharded::layout_of), read before them: a swap between
  /// the two reads leaves it older than the parts, and the next reopen opens them again.
  std::string layout;
  SearcherOptions options;
  /// The databases searched as one (several when sharded), and which of them answer.
  std::unique_ptr<search::ShardParts> parts;
  Xapian::Database db;  ///< parts->db(): those that answer, as one (set by use_parts)
  /// Some part is remote: the matches are counted with Xapian's built-in spy (MatchKeySpy).
  bool remote = false;

  /// Takes the parts that answer now; IndexBusyError when none does.
  void use_parts();
  /// After a NetworkError: leaves out the remote parts that do not answer (ShardParts::
  /// recover). True when any was left out or replaced: the read can be tried again.
  bool recover();

  /// A search in four steps: build the query, match, rerank the top matches, assemble the result.
  SearchResult run(const SearchRequest& request);
  BuiltSearch build(const SearchRequest& request) const;
  Matches match(const SearchRequest& request, const BuiltSearch& search, const MatchWindow& window,
                search::FacetCounter& facets, search::VersionSpy& versions) const;
  /// The matches of the first tier, when they fill the page: nullopt else.
  std::optional<Xapian::MSet> match_first_tier(const SearchRequest& request, const BuiltSearch& search,
                                               const MatchWindow& window) const;
  /// With facets, Xapian's estimate of the whole query's matches when its lower bound (from the
  /// terms' statistics) is past the exact count's bound: nullopt else.
  std::optional<Xapian::doccount> past_exact_count(const SearchRequest& request, const BuiltSearch& search) const;
  /// The facets and the total from a uniform sample of about facet_sample_size of the
  /// `estimated` matches of `query` (search/facet_sample.h).
  void sample_totals(const Xapian::Query& query, Xapian::doccount estimated, SearchResult& result) const;
  Xapian::Enquire enquire_for(const SearchRequest& request, const BuiltSearch& search, const Xapian::Query& query) const;
  std::vector<search::RankedDocument> rerank(const SearchRequest& request, const BuiltSearch& search,
                                             const MatchWindow& window, const Xapian::MSet& mset) const;
  SearchResult assemble(const SearchRequest& request, BuiltSearch search, const MatchWindow& window,
                        const Xapian::MSet& mset, const std::vector<search::RankedDocument>& ranked,
                        const search::FacetCounter& facets, const search::VersionSpy& versions,
                        search::PassagesFound& found) const;
  query::QueryContext query_context(const SearchRequest& request, std::vector<std::string>& warnings) const;
  /// The total and the facets: exact up to the matches the matcher counted, else the facets
  /// from a sample (search/facet_sample.h) and the total from it or from Xapian's estimate.
  /// `query` matches what the search's query matches (BuiltSearch::all_matches): only its
  /// documents are counted, not its weights.
  void count_totals(const SearchRequest& request, const Xapian::Query& query, const MatchWindow& window,
                    const Matches& matches, const search::FacetCounter& facets, const search::VersionSpy& versions,
                    SearchResult& result) const;
  /// Whether the matches are counted one by one (the spies see them): for the facets, or when
  /// the options count plain searches too.
  bool counting(const SearchRequest& request) const { return request.facets || options.plain_count_up_to > 0; }
  /// Whether some document of the index is a version of another (core/search/grouping.h).
  bool has_versions() const { return db.get_termfreq(std::string(schema::kVersionOfTerm)) > 0; }
  /// Grouped, the versions of one text collapse into one match (core/search/grouping.h). An
  /// index where no document is a version of another has nothing to collapse, and reading each
  /// candidate's key would cost a tenth of a plain search. Over a remote part the key is read
  /// anyway: the matches come back with it (each document's set, else its own id), where reading
  /// it from the documents would cost an exchange with the shard's server for each.
  bool collapses(const SearchRequest& request) const {
    return request.mode == SearchMode::Documents && request.group_versions && (remote || has_versions());
  }
};

}  // namespace liaison

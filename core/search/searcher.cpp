#include "core/search/searcher.h"

#include <algorithm>
#include <chrono>
#include <optional>
#include <thread>

#include <xapian.h>

#include "core/analysis/analyzer.h"
#include "core/error.h"
#include "core/index/links.h"
#include "core/index/reader.h"
#include "core/index/schema.h"
#include "core/index/sharded_index.h"
#include "core/query/builder.h"
#include "core/query/compose.h"
#include "core/query/compounds.h"
#include "core/query/parser.h"
#include "core/query/query_term.h"
#include "core/query/ranking.h"
#include "core/search/facet_sample.h"
#include "core/search/facets.h"
#include "core/search/grouping.h"
#include "core/search/domain_lexicon.h"
#include "core/search/hits.h"
#include "core/search/passage_page.h"
#include "core/search/indexed_words.h"
#include "core/search/request_filters.h"
#include "core/search/rescore.h"
#include "core/search/snippets.h"
#include "core/search/spelling_variants.h"
#include "core/search/spelling.h"
#include "core/search/typo_neighbours.h"
#include "core/search/who_said.h"
#include "core/search/tag_stats.h"

namespace liaison {
namespace {

using Xapian::Query;

/// How many times opening or reading is tried while the indexer commits under it: an indexer
/// committing every fraction of a second can discard the revision being read twice in a row.
constexpr int kAttempts = 5;

/// `attempt()`, again after `before_retry(n)` each time the indexer discarded the revision it
/// read (Xapian's DatabaseModifiedError); IndexBusyError after kAttempts tries.
template <typename Attempt, typename BeforeRetry>
auto until_unmodified(Attempt attempt, BeforeRetry before_retry) {
  for (int n = 1;; ++n) {
    try {
      return attempt();
    } catch (const Xapian::DatabaseModifiedError&) {
      if (n == kAttempts) throw IndexBusyError("The index is being rewritten; try again in a moment.");
      before_retry(n);
    }
  }
}

/// Words split at white space.
std::vector<std::string> split_words(const std::string& text) {
  std::vector<std::string> out;
  std::string word;
  for (const char c : text + ' ') {
    if (c == ' ' || c == '\t' || c == '\n') {
      if (!word.empty()) out.push_back(std::move(word));
      word.clear();
    } else {
      word += c;
    }
  }
  return out;
}

/// A short wait that lets a burst of commits pass.
void pause_after(int attempt) { std::this_thread::sleep_for(std::chrono::milliseconds(attempt)); }

/// The databases of the index at `path` (one, or a sharded index's: core/index/sharded_index.h),
/// or of each folder of `shards` instead when given (SearcherOptions::shards), in that order.
std::vector<Xapian::Database> open_databases(const std::filesystem::path& path,
                                             const std::vector<std::filesystem::path>& shards) {
  std::vector<Xapian::Database> parts;
  for (const std::filesystem::path& folder : shards.empty() ? std::vector<std::filesystem::path>{path} : shards) {
    std::error_code ignored;
    if (!sharded::is_remote(folder.string()) && !std::filesystem::is_directory(folder, ignored)) {
      throw IndexError("No index at " + folder.string() + ": build one with the indexer first.");
    }
    try {
      // Opening reads the latest revision's tables; two commits meanwhile discard them.
      const auto opened = until_unmodified([&] { return sharded::open_parts(folder); }, pause_after);
      parts.insert(parts.end(), opened.begin(), opened.end());
    } catch (const Xapian::Error& e) {
      throw IndexError("Cannot open the index at " + folder.string() + ": " + e.get_msg());
    }
  }
  return parts;
}

/// Words worth highlighting: stop words only when the query has nothing else; the words of
/// cross-language expansions; and the index's words that a typo or another Latin spelling
/// matched through.
std::vector<query::QueryTerm> highlight_words(const query::BuiltQuery& built,
                                              const std::vector<std::string>& typo_neighbours) {
  const std::vector<query::QueryTerm>& words = built.words;
  std::vector<query::QueryTerm> content;
  std::copy_if(words.begin(), words.end(), std::back_inserter(content), [](const auto& w) { return !w.stop; });
  if (content.empty()) content = words;
  std::copy_if(built.expansion_words.begin(), built.expansion_words.end(), std::back_inserter(content),
               [](const auto& w) { return !w.stop; });
  for (const std::string& neighbour : typo_neighbours) {
    content.push_back(query::QueryTerm{.text = neighbour, .terms = {neighbour}, .folds = {neighbour}});
  }
  return content;
}

std::vector<QueryExpansion> expansions_of(const query::BuiltQuery& built) {
  std::vector<QueryExpansion> out;
  for (const query::Expansion& expansion : built.expansions) {
    QueryExpansion item{.typed = expansion.typed, .entry = expansion.entry, .forms = {}};
    for (const query::EntryForm& form : expansion.forms) item.forms[std::string(to_code(form.language))].push_back(form.text);
    out.push_back(std::move(item));
  }
  return out;
}

void set_order(Xapian::Enquire& enquire, const SearchRequest& request, bool scored) {
  switch (request.sort) {
    case SortOrder::Relevance:
      // Nothing weighs (empty query, filters only): the newest documents first.
      if (!scored) enquire.set_sort_by_value_then_relevance(schema::Date, /*reverse=*/true);
      break;
    case SortOrder::DateAscending: enquire.set_sort_by_value_then_relevance(schema::Date, false); break;
    case SortOrder::DateDescending: enquire.set_sort_by_value_then_relevance(schema::Date, true); break;
  }
}

/// A request's query, parsed and built, and what the next steps read of it.
struct BuiltSearch {
  query::QueryContext context;           ///< the weights built with (its lookups are gone by now)
  query::BuiltQuery built;
  Xapian::Query query;                   ///< the built query within the request's filters
  Xapian::Query all_words_tier;          ///< its first tier (BuiltQuery::all_words_tier), the same
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

MatchWindow window_for(const SearchRequest& request, const BuiltSearch& search, const SearcherOptions& options) {
  MatchWindow window;
  window.offset = (request.page - 1) * request.size;
  window.check_at_least = std::max<Xapian::doccount>(
      window.offset + request.size, request.facets ? options.exact_count_up_to : options.plain_count_up_to);
  const bool by_relevance = request.sort == SortOrder::Relevance && search.scored;
  window.by_proximity = by_relevance && !search.built.proximity_bonus.empty();
  window.passages = request.mode == SearchMode::Passages;
  window.first = window.from_top() ? 0 : window.offset;
  // One more than the page: when it does not come, every match was on the page (or before it),
  // and a plain search knows its total without counting (Impl::count_totals).
  window.count = window.from_top() ? std::max<Xapian::doccount>(window.offset + request.size, search::kRerankDepth)
                                   : request.size + 1;
  return window;
}

/// The matches read, and whether they come from the first tier alone (BuiltSearch::
/// all_words_tier): then the page is right but the total is not counted.
struct Matches {
  Xapian::MSet mset;
  bool first_tier = false;
  /// With facets: the whole query certainly holds more matches than are counted one by one, so
  /// none were; the facets and the total come from the sample alone. Xapian's estimate of them.
  std::optional<Xapian::doccount> sample_of;
};

}  // namespace

struct Searcher::Impl {
  std::filesystem::path path;
  const Analyzer& analyzer;
  /// The stub the parts were opened from (sharded::layout_of), read before them: a swap between
  /// the two reads leaves it older than the parts, and the next reopen opens them again.
  std::string layout;
  std::vector<Xapian::Database> parts;  ///< the databases searched as one (several when sharded)
  Xapian::Database db;                  ///< all of them: reopening it reopens them
  SearcherOptions options;

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
  void count_totals(const SearchRequest& request, const Xapian::Query& query, const MatchWindow& window,
                    const Matches& matches, const search::FacetCounter& facets, const search::VersionSpy& versions,
                    SearchResult& result) const;
  /// Whether the matches are counted one by one (the spies see them): for the facets, or when
  /// the options count plain searches too.
  bool counting(const SearchRequest& request) const { return request.facets || options.plain_count_up_to > 0; }
  /// Grouped, the versions of one text collapse into one match (core/search/grouping.h). An
  /// index where no document is a version of another has nothing to collapse, and reading each
  /// candidate's key would cost a tenth of a plain search.
  bool collapses(const SearchRequest& request) const {
    return request.mode == SearchMode::Documents && request.group_versions &&
           db.get_termfreq(std::string(schema::kVersionOfTerm)) > 0;
  }
};

Searcher::Searcher(const std::filesystem::path& db, const Analyzer& analyzer) : Searcher(db, analyzer, {}) {}

Searcher::Searcher(const std::filesystem::path& db, const Analyzer& analyzer, const SearcherOptions& options)
    : impl_(std::make_unique<Impl>(Impl{db, analyzer, options.shards.empty() ? sharded::layout_of(db) : std::string(),
                                        open_databases(db, options.shards), {}, options})) {
  impl_->db = sharded::combine(impl_->parts);
}

Searcher::~Searcher() = default;

void Searcher::reopen() {
  // A new layout (resharded, or sharded from one database) was swapped in: its databases anew.
  if (std::string layout = sharded::layout_of(impl_->path); impl_->options.shards.empty() && layout != impl_->layout) {
    impl_->parts = open_databases(impl_->path, {});
    impl_->db = sharded::combine(impl_->parts);
    impl_->layout = std::move(layout);
    return;
  }
  try {
    until_unmodified([&] { impl_->db.reopen(); }, pause_after);
  } catch (const Xapian::Error& e) {
    throw IndexError("Cannot reopen the index at " + impl_->path.string() + ": " + e.get_msg());
  }
}

template <typename Read>
auto Searcher::reading(const std::string& what, Read read) {
  // A commit by the indexer can invalidate what this handle reads: reopen and retry.
  try {
    return until_unmodified(read, [this](int) { reopen(); });
  } catch (const Xapian::Error& e) {
    throw IndexError("Cannot " + what + " from the index at " + impl_->path.string() + ": " + e.get_msg());
  }
}

SearchResult Searcher::search(const SearchRequest& request) {
  search::validate_request(request);
  return reading("search", [&] { return impl_->run(request); });
}

SearchResult Searcher::Impl::run(const SearchRequest& request) {
  const auto started = std::chrono::steady_clock::now();
  BuiltSearch search = build(request);
  const MatchWindow window = window_for(request, search, options);
  search::FacetCounter facets({.facets = request.facets});
  search::VersionSpy versions(request.facets);
  const Matches matches = match(request, search, window, facets, versions);
  const std::vector<search::RankedDocument> ranked = rerank(request, search, window, matches.mset);
  const Xapian::Query query = search.query;
  search::PassagesFound found;
  SearchResult result = assemble(request, std::move(search), window, matches.mset, ranked, facets, versions, found);
  count_totals(request, query, window, matches, facets, versions, result);
  if (request.mode == SearchMode::Passages) search::count_passages(found, result);
  result.took_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
  return result;
}

BuiltSearch Searcher::Impl::build(const SearchRequest& request) const {
  query::ParseResult parsed = query::parse(request.query);
  if (!parsed.error.empty()) throw QueryError(parsed.error);
  std::vector<std::string> searcher_warnings;
  BuiltSearch search;
  search.context = query_context(request, searcher_warnings);
  search.context.passage_scope = request.mode == SearchMode::Passages;
  const search::IndexTypoNeighbours typos(db);
  search.context.typos = &typos;
  const search::IndexSpellingVariants variants(db);
  search.context.variants = &variants;
  const search::IndexWords indexed(db);
  search.context.indexed = &indexed;
  search.built = query::build_query(parsed.root.get(), analyzer, search.context);
  search.typo_neighbours = typos.given();
  search.typo_neighbours.insert(search.typo_neighbours.end(), variants.given().begin(), variants.given().end());
  search.context.typos = nullptr;  // the lookups end here
  search.context.indexed = nullptr;
  search.context.variants = nullptr;

  search.query = parsed.root ? search.built.query : query::match_all();
  search.scored = parsed.root && search.built.scored;
  search.all_words_tier = parsed.root ? search.built.all_words_tier : Query();
  if (const Query filter = search::request_filter(request); !filter.empty()) {
    search.query = Query(Query::OP_FILTER, search.query, filter);
    if (!search.all_words_tier.empty()) search.all_words_tier = Query(Query::OP_FILTER, search.all_words_tier, filter);
  }
  search.warnings = std::move(parsed.warnings);
  search.warnings.insert(search.warnings.end(), search.built.warnings.begin(), search.built.warnings.end());
  search.warnings.insert(search.warnings.end(), searcher_warnings.begin(), searcher_warnings.end());
  return search;
}

Xapian::Enquire Searcher::Impl::enquire_for(const SearchRequest& request, const BuiltSearch& search,
                                             const Xapian::Query& query) const {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  enquire.set_weighting_scheme(query::bm25(search.context));
  if (collapses(request)) enquire.set_collapse_key(schema::VersionSet);
  set_order(enquire, request, search.scored);
  return enquire;
}

std::optional<Xapian::MSet> Searcher::Impl::match_first_tier(const SearchRequest& request, const BuiltSearch& search,
                                                             const MatchWindow& window) const {
  // A date order or a page of passages is not the tiers' order.
  if (!options.first_tier_pass || search.all_words_tier.empty() || request.sort != SortOrder::Relevance ||
      request.mode != SearchMode::Documents)
    return std::nullopt;
  Xapian::Enquire enquire = enquire_for(request, search, search.all_words_tier);
  Xapian::MSet mset = enquire.get_mset(window.first, window.count, window.check_at_least);
  // The first tier ranks above every other match (docs/ranking.md): when it holds the page,
  // the page is the whole query's, and a rerank of the tier's matches orders it as a rerank of
  // the whole query's top matches would.
  const Xapian::doccount page_end = window.offset + static_cast<Xapian::doccount>(request.size);
  if (window.first + mset.size() < page_end) return std::nullopt;
  return mset;
}

std::optional<Xapian::doccount> Searcher::Impl::past_exact_count(const SearchRequest& request,
                                                                 const BuiltSearch& search) const {
  if (!request.facets) return std::nullopt;
  Xapian::Enquire enquire(db);
  enquire.set_query(search.query);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  const Xapian::MSet estimate = enquire.get_mset(0, 0);
  if (estimate.get_matches_lower_bound() < options.exact_count_up_to) return std::nullopt;
  return estimate.get_matches_estimated();
}

Matches Searcher::Impl::match(const SearchRequest& request, const BuiltSearch& search, const MatchWindow& window,
                              search::FacetCounter& facets, search::VersionSpy& versions) const {
  // Counting the first matches one by one only to sample them next is skipped when the
  // statistics already say there are more; the page is then matched as a plain search's.
  const std::optional<Xapian::doccount> sample_of = counting(request) ? past_exact_count(request, search) : std::nullopt;
  const bool spies = counting(request) && !sample_of;
  MatchWindow page = window;
  if (sample_of) page.check_at_least = window.offset + static_cast<Xapian::doccount>(request.size);
  if (!spies) {
    if (std::optional<Xapian::MSet> tier = match_first_tier(request, search, page)) {
      if (request.group_versions) search::spy_on_versions(db, search.query, query::bm25(search.context), *tier, versions);
      return {.mset = std::move(*tier), .first_tier = !sample_of, .sample_of = sample_of};
    }
  }
  Xapian::Enquire enquire = enquire_for(request, search, search.query);
  // The spies read a value of every match: only when the matches are counted.
  std::optional<search::MatchKeySpy> spy;
  if (spies) {
    spy.emplace(facets, &versions);
    enquire.add_matchspy(&*spy);
  }
  const Xapian::MSet mset = enquire.get_mset(page.first, page.count, page.check_at_least);
  // Without them, the other matching versions of the texts on the page are looked up.
  if (!spies && request.mode == SearchMode::Documents && request.group_versions)
    search::spy_on_versions(db, search.query, query::bm25(search.context), mset, versions);
  return {.mset = mset, .sample_of = sample_of};
}

std::vector<search::RankedDocument> Searcher::Impl::rerank(const SearchRequest& request, const BuiltSearch& search,
                                                           const MatchWindow& window, const Xapian::MSet& mset) const {
  std::vector<search::RankedDocument> ranked = search::in_mset_order(mset);
  if (!window.from_top()) {
    if (ranked.size() > request.size) ranked.resize(request.size);  // the match past the page
    return ranked;
  }
  if (window.by_proximity) search::add_bonus(db, search.built.proximity_bonus, query::bm25(search.context), mset, ranked);
  if (window.passages) return ranked;  // the page is cut from the passages (search/passage_page.h)
  ranked.erase(ranked.begin(), ranked.begin() + std::min<std::size_t>(window.offset, ranked.size()));
  if (ranked.size() > request.size) ranked.resize(request.size);
  return ranked;
}

SearchResult Searcher::Impl::assemble(const SearchRequest& request, BuiltSearch search, const MatchWindow& window,
                                      const Xapian::MSet& mset, const std::vector<search::RankedDocument>& ranked,
                                      const search::FacetCounter& facets, const search::VersionSpy& versions,
                                      search::PassagesFound& found) const {
  SearchResult result;
  result.grouped = request.mode == SearchMode::Documents && request.group_versions;
  const Script query_script = search::query_script(request);
  result.query = request.query;
  result.page = request.page;
  result.size = request.size;
  const std::vector<query::QueryTerm> marked = highlight_words(search.built, search.typo_neighbours);
  search::PassageFinder passages(db, analyzer);
  const search::HitSource source{.db = db, .analyzer = analyzer, .request = request, .marked = marked,
                                 .excluded = search.built.excluded_words, .required = search.built.required_words,
                                 .passage_filters = search.built.passage_filters, .passages = passages};
  if (request.mode == SearchMode::Passages) {
    const bool by_weight = request.sort == SortOrder::Relevance && search.scored;
    result.hits = search::passage_page(source, mset, ranked, {.offset = window.offset, .by_weight = by_weight}, found);
  } else {
    for (const search::RankedDocument& ranked_hit : ranked) {
      const Xapian::Document matched = mset[ranked_hit.rank].get_document();
      const Xapian::Document shown = result.grouped ? search::representative(db, versions, matched, query_script) : matched;
      Hit hit = search::document_hit(source, shown, ranked_hit.weight);
      search::link_versions(hit, versions, result.grouped);
      if (hit.matched_languages.empty()) hit.matched_languages = facets.matched_languages(hit.id);
      if (hit.matched_languages.empty()) hit.matched_languages = {hit.lang};
      result.hits.push_back(std::move(hit));
    }
  }
  if (search.scored && request.suggestions) result.did_you_mean = search::suggest_query(db, analyzer, request.query, search.built.words);
  result.warnings = std::move(search.warnings);
  result.expansions = expansions_of(search.built);
  return result;
}

void Searcher::Impl::count_totals(const SearchRequest& request, const Xapian::Query& query, const MatchWindow& window,
                                  const Matches& matches, const search::FacetCounter& facets,
                                  const search::VersionSpy& versions, SearchResult& result) const {
  const Xapian::MSet& mset = matches.mset;
  if (matches.sample_of) return sample_totals(query, *matches.sample_of, result);
  if (matches.first_tier) {
    // The other tiers were not walked. Xapian's estimate of the whole query from its terms'
    // statistics, never below what the first tier holds; a result that small is counted
    // (unweighted), as a search that read every match would have.
    Xapian::Enquire enquire(db);
    enquire.set_query(query);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    if (collapses(request)) enquire.set_collapse_key(schema::VersionSet);
    const Xapian::MSet estimate = enquire.get_mset(0, 0);
    if (estimate.get_matches_upper_bound() <= window.count) {
      const Xapian::MSet counted = enquire.get_mset(0, window.count);
      if (counted.size() < window.count) {
        result.exact = true;
        result.total = counted.size();
        return;
      }
    }
    result.exact = false;
    result.total = std::max(estimate.get_matches_estimated(), mset.get_matches_lower_bound());
    return;
  }
  if (!counting(request)) {  // the plain answer: the matcher's own count, as the peers give
    // Every match is on the page (or before it): counted. Else Xapian's estimate (which, with
    // the versions of a text collapsed, can be well above the number of texts).
    if (mset.size() < window.count) {
      result.exact = true;
      result.total = window.first + mset.size();
    } else {
      result.exact = mset.get_matches_lower_bound() == mset.get_matches_upper_bound();
      result.total = mset.get_matches_estimated();
    }
    return;
  }
  // The spy saw every match when there were fewer than check_at_least, or as many as the
  // matcher's upper bound (it went on to the end).
  if (facets.documents_seen() < window.check_at_least ||
      facets.documents_seen() >= mset.get_uncollapsed_matches_upper_bound()) {
    result.exact = true;
    result.total = result.grouped ? versions.groups_seen() : facets.documents_seen();
    if (request.facets) {
      result.facets = facets.counts();
      result.facets["speaker"] = versions.speaker_counts();
      result.speaker_names = versions.speaker_names();
    }
    return;
  }
  if (!request.facets) {  // counted up to plain_count_up_to, and there were more
    result.exact = false;
    result.total = mset.get_matches_estimated();
    return;
  }
  sample_totals(query, mset.get_uncollapsed_matches_estimated(), result);
}

void Searcher::Impl::sample_totals(const Xapian::Query& query, Xapian::doccount estimated, SearchResult& result) const {
  const unsigned buckets = search::sample_buckets_for(estimated, options.facet_sample_size);
  search::VersionSpy sampled_versions(true);
  search::SampledCounts sample = search::count_sample(db, query, buckets, true, &sampled_versions);
  sample.facets["speaker"] = sampled_versions.speaker_counts();
  result.speaker_names = sampled_versions.speaker_names();
  result.exact = sample.everything();
  result.total = sample.scaled(result.grouped ? sampled_versions.groups_seen() : sample.documents);
  result.sample = static_cast<double>(sample.buckets) / schema::kSampleBuckets;
  for (const auto& [facet, values] : sample.facets) {
    auto& scaled = result.facets[facet];  // every facet named, as in an exact answer
    for (const auto& [value, count] : values) scaled[value] = sample.scaled(count);
  }
}

WhoSaid Searcher::who_said(const SearchRequest& request) {
  SearchRequest passages = request;
  passages.mode = SearchMode::Passages;
  passages.spoken_only = true;
  passages.page = 1;
  passages.size = limits::kMaxPageSize;
  passages.facets = false;
  passages.snippets = true;
  passages.suggestions = false;
  return search::who_said_from(search(passages));
}

std::optional<DocumentView> Searcher::get_document(const std::string& id) {
  return reading("read document " + id, [&]() -> std::optional<DocumentView> {
    std::optional<Document> document = read_document(impl_->db, id);
    if (!document) return std::nullopt;
    DocumentView view{std::move(*document)};
    if (!view.document.version_set.empty())
      for (VersionInfo& info : versions_in_set(impl_->db, view.document.version_set))
        view.versions.push_back({.id = std::move(info.id), .lang = std::move(info.lang), .title = std::move(info.title),
                                 .date = std::move(info.date), .translation_of = std::move(info.translation_of),
                                 .passages = info.passages});
    return view;
  });
}

IndexStats Searcher::stats() {
  return reading("read the statistics", [&] {
    const Xapian::Database& db = impl_->db;
    IndexStats stats;
    stats.documents = db.get_doccount();
    stats.passages = count_passages(db);
    for (const Language language : kLanguages) {
      const std::string code(to_code(language));
      if (const auto passages = db.get_termfreq(schema::term(schema::kLangPrefix, code))) {
        stats.languages[code] = passages;
      }
    }
    stats.last_indexed = db.get_metadata(std::string(schema::kMetaLastIndexed));
    return stats;
  });
}

std::string Searcher::index_version() {
  return reading("read the index version", [&] {
    return sharded::parts_version(impl_->parts);
  });
}

query::QueryContext Searcher::Impl::query_context(const SearchRequest& request,
                                                   std::vector<std::string>& warnings) const {
  query::QueryContext context = options.ranking;
  if (request.as_typed) context.name_key_weight = 0.0;  // no other scripts at all
  if (!request.cross_language) return context;
  if (options.lexicon) context.cross_language = options.lexicon.get();
  else warnings.push_back("Cross-language search is not available: the server has no domain data.");
  return context;
}

bool Searcher::is_domain_entry(const std::string& query) const {
  if (!impl_->options.lexicon) return false;
  // Filters say where to look, not what: "kind:report demining" names the entry "demining", as
  // "demining" with kind=report does.
  const query::ParseResult parsed = query::parse(query);
  if (!parsed.root) return false;
  const std::string words = query::words_beside_filters(*parsed.root);
  return !words.empty() && impl_->options.lexicon->is_entry(words);
}

bool Searcher::wants_cross_language(const std::string& query) {
  if (!impl_->options.lexicon) return false;
  if (is_domain_entry(query)) return true;
  const query::ParseResult parsed = query::parse(query);
  if (!parsed.root) return false;
  const std::string text = query::words_beside_filters(*parsed.root);
  std::vector<query::QueryTerm> words;
  for (const std::string& word : split_words(text)) {
    for (query::QueryTerm& term : query::analyze_query_word(impl_->analyzer, word)) words.push_back(std::move(term));
  }
  if (words.empty()) return false;
  // A compound written apart or hyphenated names the entry written as one (peace-building).
  if (words.size() == 2) {
    const std::string joined = query::detail::joined_spelling(words[0], words[1]);
    if (!joined.empty() && impl_->options.lexicon->is_entry(joined)) return true;
  }
  return reading("check the query's languages", [&] {
    const Xapian::Database& db = impl_->db;
    const std::vector<Language> languages = search::query_languages(words);
    const auto barely_held = [&db](Language language) {
      const double documents = db.get_termfreq(schema::term(schema::kLangPrefix, to_code(language)));
      return documents < kBarelyHeldShare * db.get_doccount();
    };
    if (!languages.empty() && std::all_of(languages.begin(), languages.end(), barely_held)) return true;
    const std::optional<std::string> suggestion = search::suggest_query(db, impl_->analyzer, text, words);
    return suggestion && impl_->options.lexicon->is_entry(*suggestion);
  });
}

MeasureTrack Searcher::track_measure(const std::string& measure_id, const std::string& proposed) {
  return reading("track measure " + measure_id,
                 [&] { return search::track_measure(impl_->db, measure_id, proposed); });
}

TagCounts Searcher::tag_counts() {
  return reading("count tags", [&] { return search::count_tags(impl_->db); });
}

}  // namespace liaison

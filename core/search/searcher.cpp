#include "core/search/searcher.h"

#include "core/search/searcher_impl.h"

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
std::unique_ptr<search::ShardParts> open_databases(const std::filesystem::path& path, const SearcherOptions& options) {
  std::vector<sharded::PartLocation> locations;
  for (const std::filesystem::path& folder :
       options.shards.empty() ? std::vector<std::filesystem::path>{path} : options.shards) {
    std::error_code ignored;
    if (!sharded::is_remote(folder.string()) && !std::filesystem::is_directory(folder, ignored)) {
      throw IndexError("No index at " + folder.string() + ": build one with the indexer first.");
    }
    try {
      std::vector<sharded::PartLocation> listed = sharded::part_locations(folder);
      std::move(listed.begin(), listed.end(), std::back_inserter(locations));
    } catch (const Xapian::Error& e) {
      throw IndexError("Cannot open the index at " + folder.string() + ": " + e.get_msg());
    }
  }
  const auto open_local = [](const std::filesystem::path& folder) {
    try {
      // Opening reads the latest revision's tables; two commits meanwhile discard them.
      return until_unmodified([&] { return Xapian::Database(folder.string()); }, pause_after);
    } catch (const Xapian::Error& e) {
      throw IndexError("Cannot open the index at " + folder.string() + ": " + e.get_msg());
    }
  };
  return std::make_unique<search::ShardParts>(std::move(locations), open_local, options.shard_timeout,
                                              options.shard_health);
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

}  // namespace


Searcher::Searcher(const std::filesystem::path& db, const Analyzer& analyzer) : Searcher(db, analyzer, {}) {}

Searcher::Searcher(const std::filesystem::path& db, const Analyzer& analyzer, const SearcherOptions& options)
    : impl_(std::make_unique<Impl>(Impl{.path = db, .analyzer = analyzer,
                                        .layout = options.shards.empty() ? sharded::layout_of(db) : std::string(),
                                        .options = options, .parts = open_databases(db, options), .db = {}, .remote = false})) {
  impl_->use_parts();
}

Searcher::~Searcher() = default;

void Searcher::Impl::use_parts() {
  db = parts->db();
  remote = parts->any_remote();
  if (db.size() == 0) {
    std::string names;
    for (const std::string& name : parts->failed()) names += (names.empty() ? "" : ", ") + name;
    throw IndexBusyError("No part of the index answers (" + names + "); try again in a moment.");
  }
}

bool Searcher::Impl::recover() {
  if (!parts->recover()) return false;
  use_parts();
  return true;
}

void Searcher::reopen() {
  // A new layout (resharded, or sharded from one database) was swapped in: its databases anew.
  if (std::string layout = sharded::layout_of(impl_->path); impl_->options.shards.empty() && layout != impl_->layout) {
    impl_->parts = open_databases(impl_->path, impl_->options);
    impl_->layout = std::move(layout);
    return impl_->use_parts();
  }
  try {
    until_unmodified([&] { impl_->parts->reopen(); }, pause_after);
  } catch (const Xapian::Error& e) {
    throw IndexError("Cannot reopen the index at " + impl_->path.string() + ": " + e.get_msg());
  }
  impl_->use_parts();
}

template <typename Read>
auto Searcher::reading(const std::string& what, Read read) {
  for (std::size_t recovered = 0;; ++recovered) {
    try {
      // A commit by the indexer can invalidate what this handle reads: reopen and retry.
      return until_unmodified(read, [this](int) { reopen(); });
    } catch (const Xapian::NetworkError& e) {
      // A remote shard stopped answering during the read: without it, the read again.
      if (recovered < kAttempts && impl_->recover()) continue;
      throw IndexBusyError("Cannot " + what + ": a shard of the index does not answer (" + e.get_msg() + ")");
    } catch (const Xapian::Error& e) {
      throw IndexError("Cannot " + what + " from the index at " + impl_->path.string() + ": " + e.get_msg());
    }
  }
}

SearchResult Searcher::search(const SearchRequest& request) {
  search::validate_request(request);
  SearchResult result = reading("search", [&] { return impl_->run(request); });
  result.failed_shards = impl_->parts->failed();
  result.partial = !result.failed_shards.empty();
  return result;
}

SearchResult Searcher::Impl::run(const SearchRequest& request) {
  const auto started = std::chrono::steady_clock::now();
  BuiltSearch search = build(request);
  const MatchWindow window = window_for(request, search, options);
  search::FacetCounter facets({.facets = request.facets});
  search::VersionSpy versions(request.facets);
  const Matches matches = match(request, search, window, facets, versions);
  const std::vector<search::RankedDocument> ranked = rerank(request, search, window, matches.mset);
  const Xapian::Query counted = search.all_matches;  // what the totals count: the query's matches
  search::PassagesFound found;
  SearchResult result = assemble(request, std::move(search), window, matches.mset, ranked, facets, versions, found);
  count_totals(request, counted, window, matches, facets, versions, result);
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
  search.all_matches = parsed.root ? search.built.all_matches : Query();
  if (const Query filter = search::request_filter(request); !filter.empty()) {
    search.query = Query(Query::OP_FILTER, search.query, filter);
    if (!search.all_words_tier.empty()) search.all_words_tier = Query(Query::OP_FILTER, search.all_words_tier, filter);
    if (!search.all_matches.empty()) search.all_matches = Query(Query::OP_FILTER, search.all_matches, filter);
  }
  if (search.all_matches.empty()) search.all_matches = search.query;
  search.warnings = std::move(parsed.warnings);
  search.warnings.insert(search.warnings.end(), search.built.warnings.begin(), search.built.warnings.end());
  search.warnings.insert(search.warnings.end(), searcher_warnings.begin(), searcher_warnings.end());
  return search;
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
  search::PassageFinder passages(db, analyzer, remote);
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
    return impl_->parts->version();
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

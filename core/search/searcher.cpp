#include "core/search/searcher.h"

#include <algorithm>
#include <chrono>
#include <thread>

#include <xapian.h>

#include "core/analysis/analyzer.h"
#include "core/error.h"
#include "core/index/passage_data.h"
#include "core/index/reader.h"
#include "core/index/schema.h"
#include "core/query/builder.h"
#include "core/query/compose.h"
#include "core/query/parser.h"
#include "core/search/coverage.h"
#include "core/search/document_scope.h"
#include "core/search/facets.h"
#include "core/search/domain_lexicon.h"
#include "core/search/hits.h"
#include "core/search/request_filters.h"
#include "core/search/rescore.h"
#include "core/search/snippets.h"
#include "core/search/spelling.h"
#include "core/search/typo_neighbours.h"
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

/// A short wait that lets a burst of commits pass.
void pause_after(int attempt) { std::this_thread::sleep_for(std::chrono::milliseconds(attempt)); }

Xapian::Database open_database(const std::filesystem::path& path) {
  std::error_code ignored;
  if (!std::filesystem::is_directory(path, ignored)) {
    throw IndexError("No index at " + path.string() + ": build one with the indexer first.");
  }
  try {
    // Opening reads the latest revision's tables; two commits meanwhile discard them.
    return until_unmodified([&] { return Xapian::Database(path.string()); }, pause_after);
  } catch (const Xapian::Error& e) {
    throw IndexError("Cannot open the index at " + path.string() + ": " + e.get_msg());
  }
}

/// Words worth highlighting: stop words only when the query has nothing else; and the words of
/// cross-language expansions.
std::vector<query::QueryTerm> highlight_words(const query::BuiltQuery& built) {
  const std::vector<query::QueryTerm>& words = built.words;
  std::vector<query::QueryTerm> content;
  std::copy_if(words.begin(), words.end(), std::back_inserter(content), [](const auto& w) { return !w.stop; });
  if (content.empty()) content = words;
  std::copy_if(built.expansion_words.begin(), built.expansion_words.end(), std::back_inserter(content),
               [](const auto& w) { return !w.stop; });
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

}  // namespace

struct Searcher::Impl {
  std::filesystem::path path;
  const Analyzer& analyzer;
  Xapian::Database db;
  SearcherOptions options;

  SearchResult run(const SearchRequest& request);
  query::QueryContext build_options(const SearchRequest& request, std::vector<std::string>& warnings) const;
};

Searcher::Searcher(const std::filesystem::path& db, const Analyzer& analyzer) : Searcher(db, analyzer, {}) {}

Searcher::Searcher(const std::filesystem::path& db, const Analyzer& analyzer, const SearcherOptions& options)
    : impl_(std::make_unique<Impl>(Impl{db, analyzer, open_database(db), options})) {}

Searcher::~Searcher() = default;

void Searcher::reopen() {
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
  query::ParseResult parsed = query::parse(request.query);
  if (!parsed.error.empty()) throw QueryError(parsed.error);
  std::vector<std::string> warnings;
  const search::IndexTypoNeighbours typos(db);
  query::QueryContext build_options = this->build_options(request, warnings);
  build_options.typos = &typos;
  const search::IndexDocumentScope documents(db);
  if (request.mode == SearchMode::Documents) build_options.documents = &documents;
  const query::BuiltQuery built = query::build_query(parsed.root.get(), analyzer, build_options);

  Query query = parsed.root ? built.query : query::match_all();
  const bool scored = parsed.root && built.scored;
  if (const Query filter = search::request_filter(request); !filter.empty()) {
    query = Query(Query::OP_FILTER, query, filter);
  }

  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BM25Weight());
  if (request.mode == SearchMode::Documents) enquire.set_collapse_key(schema::DocId);
  set_order(enquire, request, scored);
  search::FacetCounter facets({.facets = request.facets});
  enquire.add_matchspy(&facets);

  const Xapian::doccount offset = (request.page - 1) * request.size;
  // Also without facets: the total stays exact up to options.exact_count_up_to (Xapian's
  // estimate of collapsed matches can be several times the true count).
  const Xapian::doccount check_at_least = std::max<Xapian::doccount>(offset + request.size, options.exact_count_up_to);
  // Matches ranked by relevance are looked at again (search/rescore.h): the top-level words in
  // order or near each other, and in documents mode what a document's passages hold between
  // them (search/coverage.h). Pages are then cut from one list of the first kRerankDepth.
  const bool by_relevance = request.sort == SortOrder::Relevance && scored;
  const bool by_proximity = by_relevance && !built.proximity_bonus.empty();
  const bool by_coverage = by_relevance && request.mode == SearchMode::Documents &&
                           built.coverage_parts.size() >= 2 && build_options.document_coverage_factor > 0.0;
  const bool reranked = by_proximity || by_coverage;
  const Xapian::doccount first = reranked ? 0 : offset;
  const Xapian::doccount count =
      reranked ? std::max<Xapian::doccount>(offset + request.size, search::kRerankDepth) : request.size;
  const Xapian::MSet mset = enquire.get_mset(first, count, check_at_least);
  std::vector<search::RankedDocument> ranked = search::in_mset_order(mset);
  if (by_proximity) search::add_bonus(db, built.proximity_bonus, mset, ranked);
  if (by_coverage) {
    search::add_coverage_bonus(
        db, mset,
        {.parts = &built.coverage_parts, .filter = search::request_filter(request),
         .passage_bonus = build_options.all_words_bonus,
         .document_bonus = build_options.all_words_bonus * build_options.document_coverage_factor},
        ranked);
  }
  if (reranked) {
    ranked.erase(ranked.begin(), ranked.begin() + std::min<std::size_t>(offset, ranked.size()));
    if (ranked.size() > request.size) ranked.resize(request.size);
  }

  SearchResult result;
  result.query = request.query;
  // The spy saw every match when there were fewer than check_at_least, or as many as the
  // matcher's upper bound (it went on to the end).
  const bool saw_all = facets.passages_seen() < check_at_least ||
                       facets.passages_seen() >= mset.get_uncollapsed_matches_upper_bound();
  result.exact = saw_all;
  if (!saw_all) result.total = mset.get_matches_estimated();
  else result.total = request.mode == SearchMode::Documents ? facets.documents_seen() : facets.passages_seen();
  result.page = request.page;
  result.size = request.size;
  const std::vector<query::QueryTerm> marked = highlight_words(built);
  for (const search::RankedDocument& ranked_hit : ranked) {
    const PassageData data = decode_passage_data(mset[ranked_hit.rank].get_document().get_data());
    Hit hit = search::make_hit(data, ranked_hit.weight, request.mode);
    hit.snippet = search::make_snippet(analyzer, data.passage.text, data.passage.language, marked);
    hit.matched_languages = request.mode == SearchMode::Documents ? facets.matched_languages(hit.id)
                                                                  : std::vector<std::string>{hit.lang};
    result.hits.push_back(std::move(hit));
  }
  if (request.facets) result.facets = facets.counts();
  if (scored) result.did_you_mean = search::suggest_query(db, analyzer, request.query, built.words);
  result.warnings = std::move(parsed.warnings);
  result.warnings.insert(result.warnings.end(), built.warnings.begin(), built.warnings.end());
  result.warnings.insert(result.warnings.end(), warnings.begin(), warnings.end());
  result.expansions = expansions_of(built);
  result.took_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
  return result;
}

std::optional<DocumentView> Searcher::get_document(const std::string& id) {
  return reading("read document " + id, [&]() -> std::optional<DocumentView> {
    std::optional<Document> document = read_document(impl_->db, id);
    if (!document) return std::nullopt;
    return DocumentView{std::move(*document)};
  });
}

IndexStats Searcher::stats() {
  return reading("read the statistics", [&] {
    const Xapian::Database& db = impl_->db;
    IndexStats stats;
    stats.passages = db.get_doccount();
    const std::string doc_prefix(schema::kDocPrefix);
    for (auto it = db.allterms_begin(doc_prefix); it != db.allterms_end(doc_prefix); ++it) ++stats.documents;
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
    return impl_->db.get_uuid() + "@" + std::to_string(impl_->db.get_revision());
  });
}

query::QueryContext Searcher::Impl::build_options(const SearchRequest& request,
                                                  std::vector<std::string>& warnings) const {
  query::QueryContext build = options.ranking;
  if (request.as_typed) build.name_key_weight = 0.0;  // no other scripts at all
  if (!request.cross_language) return build;
  if (options.lexicon) build.cross_language = options.lexicon.get();
  else warnings.push_back("Cross-language search is not available: the server has no domain data.");
  return build;
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

MeasureTrack Searcher::track_measure(const std::string& measure_id, const std::string& proposed) {
  return reading("track measure " + measure_id,
                 [&] { return search::track_measure(impl_->db, measure_id, proposed); });
}

TagCounts Searcher::tag_counts() {
  return reading("count tags", [&] { return search::count_tags(impl_->db); });
}

}  // namespace liaison

#include "core/search/searcher.h"

#include <algorithm>
#include <chrono>

#include <xapian.h>

#include "core/analysis/analyzer.h"
#include "core/error.h"
#include "core/index/passage_data.h"
#include "core/index/reader.h"
#include "core/index/schema.h"
#include "core/query/builder.h"
#include "core/query/parser.h"
#include "core/search/facets.h"
#include "core/search/hits.h"
#include "core/search/request_filters.h"
#include "core/search/snippets.h"
#include "core/search/spelling.h"

namespace liaison {
namespace {

using Xapian::Query;

/// The matcher looks at this many matches at least, so that totals and facets are exact up to
/// it. Past it they are Xapian's estimates: counting every match of a common word in a large
/// index would cost more than the numbers are worth.
constexpr Xapian::doccount kExactCountUpTo = 10000;

Xapian::Database open_database(const std::filesystem::path& path) {
  std::error_code ignored;
  if (!std::filesystem::is_directory(path, ignored)) {
    throw IndexError("No index at " + path.string() + ": build one with the indexer first.");
  }
  try {
    return Xapian::Database(path.string());
  } catch (const Xapian::Error& e) {
    throw IndexError("Cannot open the index at " + path.string() + ": " + e.get_msg());
  }
}

/// Words worth highlighting: stop words only when the query has nothing else.
std::vector<query::QueryTerm> highlight_words(const std::vector<query::QueryTerm>& words) {
  std::vector<query::QueryTerm> content;
  std::copy_if(words.begin(), words.end(), std::back_inserter(content), [](const auto& w) { return !w.stop; });
  return content.empty() ? words : content;
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

  SearchResult run(const SearchRequest& request);
};

Searcher::Searcher(const std::filesystem::path& db, const Analyzer& analyzer)
    : impl_(std::make_unique<Impl>(Impl{db, analyzer, open_database(db)})) {}

Searcher::~Searcher() = default;

void Searcher::reopen() {
  try {
    impl_->db.reopen();
  } catch (const Xapian::Error& e) {
    throw IndexError("Cannot reopen the index at " + impl_->path.string() + ": " + e.get_msg());
  }
}

SearchResult Searcher::search(const SearchRequest& request) {
  search::validate_request(request);
  // A commit by the indexer can invalidate what this handle reads: reopen once and retry.
  for (int attempt = 0;; ++attempt) {
    try {
      return impl_->run(request);
    } catch (const Xapian::DatabaseModifiedError&) {
      if (attempt > 0) throw IndexError("The index changed twice during one search; try again.");
      reopen();
    } catch (const Xapian::Error& e) {
      throw IndexError("Search failed on the index at " + impl_->path.string() + ": " + e.get_msg());
    }
  }
}

SearchResult Searcher::Impl::run(const SearchRequest& request) {
  const auto started = std::chrono::steady_clock::now();
  query::ParseResult parsed = query::parse(request.query);
  if (!parsed.error.empty()) throw QueryError(parsed.error);
  const query::BuiltQuery built = query::build_query(parsed.root.get(), analyzer);

  Query query = parsed.root ? built.query : Query(Query::OP_SCALE_WEIGHT, Query::MatchAll, 0.0);
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
  const Xapian::doccount check_at_least = std::max<Xapian::doccount>(offset + request.size, kExactCountUpTo);
  const Xapian::MSet mset = enquire.get_mset(offset, request.size, check_at_least);

  SearchResult result;
  result.query = request.query;
  // The spy saw every match when there were fewer than check_at_least: count them exactly.
  const bool saw_all = facets.passages_seen() < check_at_least;
  if (!saw_all) result.total = mset.get_matches_estimated();
  else result.total = request.mode == SearchMode::Documents ? facets.documents_seen() : facets.passages_seen();
  result.page = request.page;
  result.size = request.size;
  const std::vector<query::QueryTerm> marked = highlight_words(built.words);
  for (auto item = mset.begin(); item != mset.end(); ++item) {
    const PassageData data = decode_passage_data(item.get_document().get_data());
    Hit hit = search::make_hit(data, item.get_weight(), request.mode);
    hit.snippet = search::make_snippet(analyzer, data.passage.text, data.passage.language, marked);
    result.hits.push_back(std::move(hit));
  }
  if (request.facets) result.facets = facets.counts();
  if (scored) result.did_you_mean = search::suggest_query(db, analyzer, request.query, built.words);
  result.warnings = std::move(parsed.warnings);
  result.warnings.insert(result.warnings.end(), built.warnings.begin(), built.warnings.end());
  result.took_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
  return result;
}

std::optional<DocumentView> Searcher::get_document(const std::string& id) {
  try {
    std::optional<Document> document = read_document(impl_->db, id);
    if (!document) return std::nullopt;
    return DocumentView{std::move(*document)};
  } catch (const Xapian::Error& e) {
    throw IndexError("Cannot read document " + id + " from the index: " + e.get_msg());
  }
}

IndexStats Searcher::stats() {
  try {
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
  } catch (const Xapian::Error& e) {
    throw IndexError("Cannot read the statistics of the index at " + impl_->path.string() + ": " + e.get_msg());
  }
}

}  // namespace liaison

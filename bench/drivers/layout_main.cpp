// bench_layout: which retrieval unit, measured (issue #15). Indexes the same corpus with
// Liaison's own ingest and analysis in two layouts and times Liaison's own built queries on each:
//   passage  — today's: one Xapian document per passage (core/index/passage_document.h), the
//              searches collapsed on the document id;
//   document — one Xapian document per document: the passages' words with positions numbered
//              through the document (a gap between passages so that no phrase or proximity
//              window spans two), the title and the filters posted once, every passage's text
//              in one data record.
// Tagging is left out of both (its terms are a few booleans per passage); so are the lexicon,
// the typo and document-scope lookups and the second ranking phase: what is measured is what
// the index holds and what the matcher costs. Modes: index-passage, index-document (--corpus,
// --db), query-passage, query-document (--db, --queries; --facets-snippets counts 10,000
// matches as today's facets do, with a snippet per hit, else top 10 only), describe (prints the
// first --rounds built queries). Variants measured in bench/README.md, from the environment:
// LAYOUT_NO_FOLD_POSITIONS (folded forms with wdf only), LAYOUT_NO_NAME_KEYS (no XK terms),
// LAYOUT_NO_VALUE_BONUS (no early-passage or language bonus in the query), LAYOUT_BUILD_ONLY
// (parse and build the query, match nothing), LAYOUT_SINGLE_READS (read_once_query instead of
// the built query, phrases excepted), LAYOUT_COUNT (matches counted for facets, default 10,000),
// LAYOUT_NO_SNIPPETS (facets only).
#include <sys/resource.h>

#include <chrono>
#include <map>
#include <set>

#include <xapian.h>

#include "bench/common/document_layout.h"
#include "bench/common/driver_args.h"
#include "bench/common/latency.h"
#include "bench/common/liaison_request.h"
#include "core/analysis/analyzer.h"
#include "core/analysis/name_key.h"
#include "core/error.h"
#include "core/index/corpus_files.h"
#include "core/index/passage_data.h"
#include "core/index/passage_document.h"
#include "core/index/schema.h"
#include "core/ingest/loader.h"
#include "core/query/builder.h"
#include "core/query/parser.h"
#include "core/search/request_filters.h"
#include "core/search/facets.h"
#include "core/search/searcher.h"
#include "core/search/snippets.h"

namespace {

using namespace liaison::bench;
namespace sc = liaison::schema;
using liaison::Token;

double cpu_seconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
         static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

nlohmann::json index_corpus(const DriverArgs& args, bool per_passage) {
  const liaison::Analyzer analyzer;
  Xapian::WritableDatabase db(args.db.string(), Xapian::DB_CREATE_OR_OVERWRITE);
  const auto started = std::chrono::steady_clock::now();
  std::size_t documents = 0, passages = 0;
  for (const std::string& relative : liaison::list_corpus_files(args.corpus)) {
    const liaison::LoadedFile file = liaison::load_file(args.corpus / relative, args.corpus);
    for (const liaison::Document& doc : file.documents) {
      if (per_passage) {
        const liaison::PassageDocumentMaker maker(doc, analyzer);
        for (std::size_t i = 0; i < maker.size(); ++i) db.add_document(maker.make(i));
      } else {
        db.add_document(make_layout_document(doc, analyzer));
      }
      passages += doc.passages.size();
      if (++documents % 2000 == 0) db.commit();
    }
  }
  db.commit();
  const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return {{"layout", per_passage ? "passage" : "document"}, {"documents", documents}, {"passages", passages},
          {"wall_s", wall}, {"cpu_s", cpu_seconds()}};
}

/// The passage holding the most of the query's positional terms (exact and folded body words),
/// read from the hit's position lists; the first passage when none is found that way.
std::size_t best_passage(const Xapian::Database& db, Xapian::docid did, const std::vector<std::string>& terms,
                         const std::vector<Xapian::termpos>& firsts) {
  std::vector<unsigned> score(firsts.size());
  for (const std::string& term : terms) {
    std::vector<bool> seen(firsts.size());
    for (auto p = db.positionlist_begin(did, term); p != db.positionlist_end(did, term); ++p) {
      const auto i = static_cast<std::size_t>(std::upper_bound(firsts.begin(), firsts.end(), *p) - firsts.begin()) - 1;
      if (seen[i]) continue;
      seen[i] = true;
      ++score[i];
    }
  }
  return static_cast<std::size_t>(std::max_element(score.begin(), score.end()) - score.begin());
}

/// The query's terms that carry positions: unprefixed exact words and XF folds.
std::vector<std::string> positional_terms(const Xapian::Query& query) {
  std::vector<std::string> terms;
  for (auto t = query.get_unique_terms_begin(); t != query.get_unique_terms_end(); ++t) {
    const std::string term = *t;
    if (term.empty()) continue;
    const bool prefixed = term[0] >= 'A' && term[0] <= 'Z';
    if (!prefixed || term.rfind(sc::kFoldPrefix, 0) == 0) terms.push_back(term);
  }
  return terms;
}

/// The lower bound of a query that reads each posting list once: per word the exact forms
/// (weight 2), the stems (1.5), the folds (1), the title forms (3) and the name keys (0.3) as
/// one OR; the words as an AND (the all-words rung only).
Xapian::Query read_once_query(const std::vector<liaison::query::QueryTerm>& words) {
  using Xapian::Query;
  auto group = [](std::vector<std::string> terms, std::string_view prefix, double factor) {
    for (auto& term : terms) term = sc::term(prefix, term);
    return Query(Query::OP_SCALE_WEIGHT, Query(Query::OP_SYNONYM, terms.begin(), terms.end()), factor);
  };
  std::vector<Query> parts;
  for (const auto& word : words) {
    if (word.stop) continue;
    std::vector<std::string> stems, folds;
    for (const auto& [language, stem] : word.stems) stems.push_back(stem);
    for (const auto& fold : word.folds)
      if (std::find(word.terms.begin(), word.terms.end(), fold) == word.terms.end()) folds.push_back(fold);
    std::vector<Query> forms{group(word.terms, "", 2.0), group(stems, sc::kStemPrefix, 1.5),
                             group(word.terms, sc::kTitlePrefix, 3.0)};
    if (!folds.empty()) forms.push_back(group(folds, sc::kFoldPrefix, 1.0));
    if (!word.name_keys.empty()) forms.push_back(group(word.name_keys, sc::kNameKeyPrefix, 0.3));
    parts.emplace_back(Query::OP_OR, forms.begin(), forms.end());
  }
  return Query(Query::OP_AND, parts.begin(), parts.end());
}

/// One search as the API answers it, minus the second ranking phase and did-you-mean: top 10,
/// and with facets the FacetCounter over 10,000 matches and a snippet per hit.
std::size_t search_once(const Xapian::Database& db, const liaison::Analyzer& analyzer,
                        const liaison::query::QueryContext& context, const BenchQuery& q, bool per_passage,
                        bool facets_snippets) {
  const liaison::SearchRequest request = liaison_request(q);
  const liaison::query::ParseResult parsed = liaison::query::parse(request.query);
  if (!parsed.root) return 0;
  const liaison::query::BuiltQuery built = liaison::query::build_query(parsed.root.get(), analyzer, context);
  static const bool build_only = std::getenv("LAYOUT_BUILD_ONLY") != nullptr;
  if (build_only) return built.query.empty() ? 0 : 1;
  static const bool single_reads = std::getenv("LAYOUT_SINGLE_READS") != nullptr;
  Xapian::Query query = single_reads && !q.phrase ? read_once_query(built.words) : built.query;
  if (const Xapian::Query filter = liaison::search::request_filter(request); !filter.empty()) {
    query = Xapian::Query(Xapian::Query::OP_FILTER, query, filter);
  }
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BM25Weight());
  if (per_passage) enquire.set_collapse_key(sc::DocId);
  if (!facets_snippets) return enquire.get_mset(0, 10).size();
  liaison::search::FacetCounter facets;
  enquire.add_matchspy(&facets);
  static const Xapian::doccount counted = std::getenv("LAYOUT_COUNT") ? std::stoul(std::getenv("LAYOUT_COUNT")) : 10000;
  static const bool snippets = std::getenv("LAYOUT_NO_SNIPPETS") == nullptr;
  const Xapian::MSet mset = enquire.get_mset(0, 10, counted);
  if (!snippets) return mset.size();
  std::vector<liaison::query::QueryTerm> marked;
  for (const auto& word : built.words)
    if (!word.stop) marked.push_back(word);
  const std::vector<std::string> positional = per_passage ? std::vector<std::string>{} : positional_terms(built.query);
  std::size_t shown = facets.counts().size();
  for (auto hit = mset.begin(); hit != mset.end(); ++hit) {
    const std::string data = hit.get_document().get_data();
    if (per_passage) {
      const liaison::PassageData passage = liaison::decode_passage_data(data);
      shown += liaison::search::make_snippet(analyzer, passage.passage.text, passage.passage.language, marked).size();
      continue;
    }
    const liaison::DocumentRecord doc = liaison::decode_document_record(data);
    const liaison::Passage& best = doc.document.passages.at(best_passage(db, *hit, positional, doc.firsts));
    shown += liaison::search::make_snippet(analyzer, best.text, best.language, marked).size();
  }
  return shown > 0 ? mset.size() : 0;
}

nlohmann::json run_queries(const DriverArgs& args, bool per_passage) {
  const liaison::Analyzer analyzer;
  const Xapian::Database db(args.db.string());
  liaison::query::QueryContext context = liaison::SearcherOptions{}.ranking;
  if (std::getenv("LAYOUT_NO_VALUE_BONUS")) context.early_passage_bonus = context.query_language_bonus = 0.0;
  const auto queries = read_query_set(args.queries);
  const LatencyReport report = measure_latency(
      queries, [&](const BenchQuery& q) { return search_once(db, analyzer, context, q, per_passage, args.facets_snippets); },
      args.rounds);
  nlohmann::json json = to_json(report);
  json["layout"] = per_passage ? "passage" : "document";
  json["facets_snippets"] = args.facets_snippets;
  return json;
}

/// The built queries of the first --rounds queries, as Xapian describes them (to read, not to time).
nlohmann::json describe_queries(const DriverArgs& args, bool) {
  const liaison::Analyzer analyzer;
  const liaison::query::QueryContext context = liaison::SearcherOptions{}.ranking;
  const auto queries = read_query_set(args.queries);
  for (std::size_t i = 0; i < queries.size() && i < static_cast<std::size_t>(args.rounds); ++i) {
    const liaison::query::ParseResult parsed = liaison::query::parse(queries[i].liaison_text());
    if (!parsed.root) continue;
    std::printf("%s\n  %s\n", queries[i].liaison_text().c_str(),
                liaison::query::build_query(parsed.root.get(), analyzer, context).query.get_description().c_str());
  }
  return nullptr;
}

template <typename Mode>
DriverMode guarded(Mode mode, bool per_passage) {
  return [mode, per_passage](const DriverArgs& args) {
    try {
      return mode(args, per_passage);
    } catch (const Xapian::Error& error) {
      throw std::runtime_error(error.get_description());
    }
  };
}

}  // namespace

int main(int argc, char** argv) {
  return run_driver("bench_layout", argc, argv,
                    {{"index-passage", guarded(index_corpus, true)}, {"index-document", guarded(index_corpus, false)},
                     {"query-passage", guarded(run_queries, true)}, {"query-document", guarded(run_queries, false)},
                     {"describe", guarded(describe_queries, false)}});
}

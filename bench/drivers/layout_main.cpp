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
// (parse and build the query, match nothing).
#include <sys/resource.h>

#include <chrono>
#include <map>
#include <set>

#include <xapian.h>

#include "bench/common/driver_args.h"
#include "bench/common/latency.h"
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

/// Positions left empty between two passages: more than any phrase or proximity window.
constexpr Xapian::termpos kPassageGap = 64;

bool fits(const std::string& term) { return !term.empty() && term.size() <= sc::kMaxTermBytes; }

void add_boolean(Xapian::Document& xdoc, std::string_view prefix, std::string_view value) {
  if (value.empty()) return;
  if (const std::string t = sc::term(prefix, value); fits(t)) xdoc.add_boolean_term(t);
}

/// The passages' words: exact and (when it differs) folded with positions, stem and name keys
/// with wdf; returns the position after the last word.
Xapian::termpos add_passage_words(Xapian::Document& xdoc, const std::vector<Token>& tokens, Xapian::termpos base) {
  Xapian::termpos end = base;
  for (const Token& token : tokens) {
    if (!fits(token.term)) continue;
    const Xapian::termpos pos = base + token.position + 1;
    end = std::max(end, pos);
    xdoc.add_posting(token.term, pos);
    if (token.fold != token.term) {
      static const bool fold_positions = !std::getenv("LAYOUT_NO_FOLD_POSITIONS");
      if (const std::string folded = sc::term(sc::kFoldPrefix, token.fold); fits(folded)) {
        if (fold_positions) xdoc.add_posting(folded, pos);
        else xdoc.add_term(folded);
      }
    }
    if (const std::string stem = sc::term(sc::kStemPrefix, token.stem.empty() ? token.term : token.stem); fits(stem)) {
      xdoc.add_term(stem);
    }
    static const bool name_keys = !std::getenv("LAYOUT_NO_NAME_KEYS");
    if (!name_keys || token.language == liaison::Language::Unknown || !liaison::looks_like_name(token.text)) continue;
    for (const std::string& key : liaison::name_keys(token.term, token.language)) {
      if (const std::string t = sc::term(sc::kNameKeyPrefix, key); fits(t)) xdoc.add_term(t);
    }
  }
  return end;
}

void add_title(Xapian::Document& xdoc, const std::vector<Token>& tokens) {
  for (const Token& token : tokens) {
    const std::string exact = sc::term(sc::kTitlePrefix, token.term);
    if (!fits(exact) || token.term.empty()) continue;
    xdoc.add_posting(exact, token.position + 1);
    if (const std::string stem = sc::term(sc::kTitleStemPrefix, token.stem.empty() ? token.term : token.stem); fits(stem)) {
      xdoc.add_term(stem);
    }
  }
}

void append_varint(std::string& out, std::uint64_t n) {
  while (n >= 0x80) {
    out += static_cast<char>((n & 0x7f) | 0x80);
    n >>= 7;
  }
  out += static_cast<char>(n);
}

/// One Xapian document for the whole document (the "document" layout).
Xapian::Document make_document(const liaison::Document& doc, const liaison::Analyzer& analyzer) {
  Xapian::Document xdoc;
  add_title(xdoc, analyzer.analyze(doc.title, doc.declared_language));
  std::string data;
  std::set<std::string> languages, areas, measures;
  Xapian::termpos base = 0;
  for (const liaison::Passage& passage : doc.passages) {
    const Xapian::termpos first = base;
    base = add_passage_words(xdoc, analyzer.analyze(passage.text, passage.language), base) + kPassageGap;
    languages.insert(std::string(liaison::to_code(passage.language)));
    for (const auto& tag : passage.areas) areas.insert(tag.id);
    for (const auto& tag : passage.measures) measures.insert(tag.id);
    // The document's fields once (with the first passage), then each passage: its first
    // position, language and text.
    if (data.empty()) {
      const std::string record = liaison::encode_passage_data(doc, passage);
      append_varint(data, record.size());
      data += record;
    } else {
      append_varint(data, first);
      data += liaison::to_code(passage.language);
      append_varint(data, passage.text.size());
      data += passage.text;
    }
  }
  add_boolean(xdoc, sc::kPassageIdPrefix, doc.id);
  add_boolean(xdoc, sc::kDocPrefix, doc.id);
  for (const auto& code : languages) add_boolean(xdoc, sc::kLangPrefix, code);
  add_boolean(xdoc, sc::kKindPrefix, doc.kind);
  add_boolean(xdoc, sc::kSourcePrefix, sc::source_key(doc.source));
  add_boolean(xdoc, sc::kYearPrefix, std::string_view(doc.date).substr(0, 4));
  for (const auto& id : areas) add_boolean(xdoc, sc::kAreaPrefix, id);
  for (const auto& id : measures) add_boolean(xdoc, sc::kMeasurePrefix, id);
  xdoc.add_value(sc::DocId, doc.id);
  xdoc.add_value(sc::Date, sc::date_value(doc.date));
  xdoc.add_value(sc::Kind, doc.kind);
  xdoc.add_value(sc::Year, doc.date.substr(0, 4));
  // The FacetKey of schema.h, the document's language in the passage's place.
  std::string facet_key = doc.id;
  const std::string language = doc.declared_language != liaison::Language::Unknown
                                   ? std::string(liaison::to_code(doc.declared_language))
                                   : (languages.empty() ? std::string() : *languages.begin());
  for (const std::string_view field : {std::string_view(language), std::string_view(doc.kind),
                                       std::string_view(doc.source), std::string_view(doc.date).substr(0, 4)}) {
    facet_key += sc::kFacetKeySeparator;
    facet_key += field;
  }
  facet_key += sc::kFacetKeySeparator;
  for (const auto& tag : doc.areas) facet_key += tag.id + "\n";
  facet_key += sc::kFacetKeySeparator;
  xdoc.add_value(sc::FacetKey, facet_key);
  xdoc.set_data(data);
  return xdoc;
}

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
        db.add_document(make_document(doc, analyzer));
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

liaison::SearchRequest request_for(const BenchQuery& query) {
  liaison::SearchRequest request;
  request.query = query.liaison_text();
  if (const auto language = liaison::parse_language(query.filter_lang)) request.languages = {*language};
  if (!query.filter_kind.empty()) request.kinds = {query.filter_kind};
  request.date_from = liaison::Date::parse(query.date_from);
  request.date_to = liaison::Date::parse(query.date_to);
  return request;
}

/// What the document layout's data holds: the document's fields with its first passage, then
/// each further passage's first position, language and text.
struct StoredDocument {
  liaison::PassageData head;
  std::vector<Xapian::termpos> firsts{0};
  std::vector<std::string> languages;
  std::vector<std::string_view> texts;
};

std::uint64_t read_varint(std::string_view data, std::size_t& at) {
  std::uint64_t n = 0;
  for (int shift = 0; at < data.size(); shift += 7) {
    const auto byte = static_cast<unsigned char>(data[at++]);
    n |= static_cast<std::uint64_t>(byte & 0x7f) << shift;
    if (byte < 0x80) break;
  }
  return n;
}

StoredDocument decode_document(std::string_view data) {
  std::size_t at = 0;
  const std::size_t head_size = read_varint(data, at);
  StoredDocument doc{liaison::decode_passage_data(data.substr(at, head_size)), {0}, {}, {}};
  doc.languages.push_back(std::string(liaison::to_code(doc.head.passage.language)));
  doc.texts.push_back(doc.head.passage.text);
  at += head_size;
  while (at < data.size()) {
    doc.firsts.push_back(static_cast<Xapian::termpos>(read_varint(data, at)));
    doc.languages.emplace_back(data.substr(at, 2));
    at += 2;
    const std::size_t size = read_varint(data, at);
    doc.texts.push_back(data.substr(at, size));
    at += size;
  }
  return doc;
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

/// One search as the API answers it, minus the second ranking phase and did-you-mean: top 10,
/// and with facets the FacetCounter over 10,000 matches and a snippet per hit.
std::size_t search_once(const Xapian::Database& db, const liaison::Analyzer& analyzer,
                        const liaison::query::QueryContext& context, const BenchQuery& q, bool per_passage,
                        bool facets_snippets) {
  const liaison::SearchRequest request = request_for(q);
  const liaison::query::ParseResult parsed = liaison::query::parse(request.query);
  if (!parsed.root) return 0;
  const liaison::query::BuiltQuery built = liaison::query::build_query(parsed.root.get(), analyzer, context);
  static const bool build_only = std::getenv("LAYOUT_BUILD_ONLY") != nullptr;
  if (build_only) return built.query.empty() ? 0 : 1;
  Xapian::Query query = built.query;
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
  const Xapian::MSet mset = enquire.get_mset(0, 10, 10000);
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
    const StoredDocument doc = decode_document(data);
    const std::size_t best = best_passage(db, *hit, positional, doc.firsts);
    const auto language = liaison::parse_language(doc.languages[best]).value_or(liaison::Language::Unknown);
    shown += liaison::search::make_snippet(analyzer, doc.texts[best], language, marked).size();
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

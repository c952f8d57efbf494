// bench_xapian: plain Xapian as its documentation shows it. One document per file; TermGenerator
// with Xapian's stemmer for the language where it has one (none for az), title also under the
// prefix S; boolean filter terms and values for date, language, kind and year; BM25, top 10.
#include <xapian.h>

#include <iostream>
#include <stdexcept>

#include "bench/common/corpus_reader.h"
#include "bench/common/driver_args.h"
#include "bench/common/latency.h"

namespace {

using namespace liaison::bench;

enum Slot : Xapian::valueno { kDate = 0, kLang = 1, kKind = 2, kYear = 3 };

Xapian::Stem stemmer_for(const std::string& lang) {
  if (lang == "en") return Xapian::Stem("english");
  if (lang == "ru") return Xapian::Stem("russian");
  if (lang == "hy") return Xapian::Stem("armenian");
  return Xapian::Stem();  // no Azerbaijani stemmer in Xapian
}

nlohmann::json index(const DriverArgs& args) {
  Xapian::WritableDatabase db(args.db.string(), Xapian::DB_CREATE_OR_OVERWRITE);
  Xapian::TermGenerator generator;
  std::size_t documents = 0, bytes = 0;
  read_corpus(args.corpus, [&](const CorpusDocument& document) {
    Xapian::Document doc;
    generator.set_stemmer(stemmer_for(document.lang));
    generator.set_document(doc);
    generator.index_text(document.title, 1, "S");
    generator.index_text(document.title);
    generator.increase_termpos();
    generator.index_text(document.body);
    doc.add_boolean_term("Q" + document.path);
    doc.add_boolean_term("XL" + document.lang);
    doc.add_boolean_term("XK" + document.kind);
    doc.add_value(kDate, document.date);
    doc.add_value(kLang, document.lang);
    doc.add_value(kKind, document.kind);
    doc.add_value(kYear, year_of(document.date));
    doc.set_data(document.title + "\n" + document.body);  // shown in results, and the snippet's source
    db.add_document(doc);
    ++documents;
    bytes += document.bytes;
  });
  db.commit();
  return {{"engine", "xapian"}, {"documents", documents}, {"bytes", bytes}};
}

class Searcher {
 public:
  explicit Searcher(const std::filesystem::path& path) : db_(path.string()) {}

  std::size_t run(const BenchQuery& query, bool facets_snippets) {
    const Xapian::Stem stemmer = stemmer_for(query.lang);
    Xapian::QueryParser parser;
    parser.set_database(db_);
    parser.set_stemmer(stemmer);
    parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
    parser.set_default_op(Xapian::Query::OP_AND);
    std::string text;
    for (const auto& word : query.words) {
      if (!text.empty()) text += ' ';
      text += word;
    }
    if (query.phrase) text = "\"" + text + "\"";
    Xapian::Query parsed = parser.parse_query(text, Xapian::QueryParser::FLAG_PHRASE);
    Xapian::Enquire enquire(db_);
    enquire.set_query(filtered(parsed, query));
    enquire.set_weighting_scheme(Xapian::BM25Weight());
    if (!facets_snippets) return enquire.get_mset(0, 10).size();

    // Facets as Liaison counts them: over at least the first 10,000 matches.
    Xapian::ValueCountMatchSpy langs(kLang), kinds(kKind), years(kYear);
    enquire.add_matchspy(&langs);
    enquire.add_matchspy(&kinds);
    enquire.add_matchspy(&years);
    const Xapian::MSet mset = enquire.get_mset(0, 10, 10000);
    std::size_t shown = 0;
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      const std::string data = it.get_document().get_data();
      const std::string body = data.substr(data.find('\n') + 1);
      shown += mset.snippet(body, 200, stemmer, Xapian::MSet::SNIPPET_BACKGROUND_MODEL | Xapian::MSet::SNIPPET_EXHAUSTIVE,
                            "<mark>", "</mark>", "…").size();
    }
    for (const auto* spy : {&langs, &kinds, &years}) {
      for (auto value = spy->values_begin(); value != spy->values_end(); ++value) shown += value.get_termfreq() > 0;
    }
    return shown > 0 ? mset.size() : 0;
  }

 private:
  static Xapian::Query filtered(Xapian::Query query, const BenchQuery& q) {
    using Xapian::Query;
    if (!q.filter_lang.empty()) query = Query(Query::OP_FILTER, query, Query("XL" + q.filter_lang));
    if (!q.filter_kind.empty()) query = Query(Query::OP_FILTER, query, Query("XK" + q.filter_kind));
    if (!q.date_from.empty() || !q.date_to.empty()) {
      const std::string to = q.date_to.empty() ? "9999" : q.date_to;
      query = Query(Query::OP_FILTER, query, Query(Query::OP_VALUE_RANGE, kDate, q.date_from, to));
    }
    return query;
  }

  Xapian::Database db_;
};

nlohmann::json query(const DriverArgs& args) {
  Searcher searcher(args.db);
  const auto queries = read_query_set(args.queries);
  const LatencyReport report = measure_latency(
      queries, [&](const BenchQuery& q) { return searcher.run(q, args.facets_snippets); }, args.rounds);
  nlohmann::json json = to_json(report);
  json["engine"] = "xapian";
  json["facets_snippets"] = args.facets_snippets;
  return json;
}

}  // namespace

int main(int argc, char** argv) {
  // Xapian's errors are not std::exceptions: each mode turns them into one.
  auto guarded = [](nlohmann::json (*mode)(const DriverArgs&)) {
    return [mode](const DriverArgs& args) {
      try {
        return mode(args);
      } catch (const Xapian::Error& error) {
        throw std::runtime_error(error.get_description());
      }
    };
  };
  return run_driver("bench_xapian", argc, argv, {{"index", guarded(index)}, {"query", guarded(query)}});
}

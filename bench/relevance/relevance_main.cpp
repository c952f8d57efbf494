// bench_relevance: runs the judged queries of bench/relevance on the bundled corpus with Liaison
// and with SQLite FTS5, and prints nDCG@10, MRR and recall@100 per language and split.
#include <CLI/CLI.hpp>

#include <algorithm>
#include <filesystem>
#include <iostream>

#include "bench/relevance/fts5_runner.h"
#include "bench/relevance/judged_queries.h"
#include "bench/relevance/liaison_runner.h"
#include "bench/relevance/name_recall.h"
#include "bench/relevance/ranking_weights.h"
#include "bench/relevance/report.h"
#include "bench/relevance/texts.h"
#include "core/error.h"

namespace {

namespace fs = std::filesystem;
namespace rel = liaison::relevance;

template <typename Runner>
rel::EngineRun run_engine(const std::string& name, Runner& runner, const std::vector<rel::JudgedQuery>& queries) {
  rel::EngineRun run{.name = name, .per_query = {}};
  for (const rel::JudgedQuery& query : queries) run.per_query.push_back(rel::score(runner.rank(query.text), query.grades));
  return run;
}

/// Liaison scored by text (bench/relevance/texts.h): what a grouped search returns.
rel::EngineRun run_by_text(rel::LiaisonRunner& runner, const std::vector<rel::JudgedQuery>& queries) {
  const rel::TextOf text_of = [&runner](const std::string& id) { return runner.text_of(id); };
  rel::EngineRun run{.name = "Liaison/texts", .per_query = {}};
  for (const rel::JudgedQuery& query : queries)
    run.per_query.push_back(rel::score(rel::texts_of(runner.rank(query.text), text_of), rel::text_grades(query.grades, text_of)));
  return run;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Relevance of Liaison and SQLite FTS5 on the judged queries of the bundled corpus"};
  fs::path corpus = "corpus/documents", domain = "corpus/domain", judged = "bench/relevance", db, ntrex;
  bool per_query = false, by_kind = false, apart = false;
  std::vector<std::string> explain, weights;
  app.add_option("--corpus", corpus, "corpus folder")->check(CLI::ExistingDirectory);
  app.add_option("--domain", domain, "domain folder (\"\" for none)");
  app.add_option("--judged", judged, "folder of queries.tsv and judgments.tsv")->check(CLI::ExistingDirectory);
  app.add_option("--db", db, "where to build the indexes (a folder)")->required();
  app.add_option("--ntrex", ntrex, "NTREX-128 folder: also measure cross-script name recall (skipped when absent)");
  app.add_flag("--per-query", per_query, "also print nDCG@10 of every query");
  app.add_flag("--kinds", by_kind, "also print the figures per query kind");
  app.add_flag("--apart", apart, "search with the versions of one text apart (group=0), not grouped");
  app.add_option("--weight", weights, "NAME=VALUE: search with this ranking weight (see docs/ranking.md)");
  app.add_option("--explain", explain, "print both engines' first 10 documents, with grades, for these query ids");
  CLI11_PARSE(app, argc, argv);
  try {
    const std::vector<rel::JudgedQuery> queries = rel::load_judged_queries(judged);
    rel::LiaisonRunner liaison({.corpus = corpus, .domain = domain, .db = db / "judged", .ranking = rel::ranking_with(weights),
                                 .group_versions = !apart});
    rel::Fts5Runner fts5(corpus);
    std::vector<rel::EngineRun> runs = {run_engine("Liaison", liaison, queries), run_engine("FTS5", fts5, queries),
                                        run_by_text(liaison, queries)};
    rel::print_table(std::cout, queries, runs);
    if (by_kind) rel::print_kinds(std::cout, queries, runs);
    if (per_query) rel::print_queries(std::cout, queries, runs);
    if (!ntrex.empty() && fs::is_directory(ntrex)) rel::run_name_recall(std::cout, ntrex, domain, db / "ntrex");
    for (const rel::JudgedQuery& query : queries) {
      if (std::find(explain.begin(), explain.end(), query.id) == explain.end()) continue;
      rel::print_explanation(std::cout, query, {{"Liaison", liaison.rank(query.text, 10)}, {"FTS5", fts5.rank(query.text, 10)}});
    }
  } catch (const liaison::Error& e) {
    std::cerr << "bench_relevance: " << e.what() << '\n';
    return 1;
  }
  return 0;
}

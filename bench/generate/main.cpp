// bench_generate: a seeded, reproducible corpus in en, hy, az and ru, its query set, and the wrk
// script that replays the queries over HTTP. Same seed, same inputs → byte-identical output.
#include <CLI/CLI.hpp>
#include <fstream>
#include <iostream>
#include <map>

#include <nlohmann/json.hpp>

#include "bench/generate/document_writer.h"
#include "bench/generate/query_writer.h"
#include "bench/generate/vocabulary.h"
#include "bench/generate/word_lists.h"

namespace {

using namespace liaison::bench;

struct Options {
  std::filesystem::path out;
  std::size_t documents = 10000;
  std::size_t passages = 0;  ///< when set: documents until the corpus has this many passages
  std::uint64_t seed = 20220409;
  std::size_t queries_per_language = 200;
  WordSources sources{"/usr/share/hunspell", "corpus/documents", ""};
};

std::map<std::string, Vocabulary> build_vocabularies(const Options& options, nlohmann::json& manifest) {
  std::map<std::string, Vocabulary> vocabularies;
  for (const auto& language : languages()) {
    Rng rng(options.seed ^ std::hash<std::string>{}(language.code));
    RankedWords ranked = rank_words(language, options.sources, rng);
    manifest["vocabulary"][language.code] = {{"words", ranked.words.size()},
                                             {"from_text", ranked.from_text},
                                             {"from_dictionary", ranked.from_dictionary},
                                             {"files", ranked.files}};
    std::cerr << "vocabulary " << language.code << ": " << ranked.words.size() << " words (" << ranked.from_text
              << " ranked from real text)\n";
    vocabularies.emplace(language.code, Vocabulary(std::move(ranked.words)));
  }
  return vocabularies;
}

int run(const Options& options) {
  nlohmann::json manifest = {{"seed", options.seed}, {"generator", "bench_generate 1"}};
  const auto vocabularies = build_vocabularies(options, manifest);
  std::filesystem::remove_all(options.out / "corpus");
  TextWriter text(vocabularies);
  DocumentWriter writer(text, options.out / "corpus");
  Rng rng(options.seed);

  std::size_t documents = 0, passages = 0, bytes = 0, words = 0;
  std::map<std::string, std::size_t> per_language;
  const auto done = [&] { return options.passages > 0 ? passages >= options.passages : documents >= options.documents; };
  while (!done()) {
    const WrittenDocument written = writer.write(documents++, rng);
    passages += written.passages;
    bytes += written.bytes;
    words += written.words;
    ++per_language[written.lang];
    if (documents % 10000 == 0) std::cerr << "generated " << documents << " documents\n";
  }
  const auto queries = make_queries(vocabularies, text, options.queries_per_language, rng);
  write_query_set(options.out / "queries.tsv", queries);
  write_wrk_script(options.out / "wrk_requests.lua", queries);

  manifest.update({{"documents", documents}, {"passages", passages}, {"bytes", bytes}, {"words", words},
                   {"per_language", per_language}, {"queries", queries.size()},
                   {"ntrex", std::filesystem::is_directory(options.sources.ntrex)}});
  std::ofstream(options.out / "manifest.json") << manifest.dump(2) << '\n';
  std::cerr << "generated " << documents << " documents, " << passages << " passages, " << bytes / 1e6
            << " MB, " << queries.size() << " queries\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) try {
  Options options;
  CLI::App app{"Generates the benchmark corpus and query set"};
  app.add_option("--out", options.out, "Output folder (corpus/, queries.tsv, wrk_requests.lua, manifest.json)")->required();
  app.add_option("--docs", options.documents, "Number of documents");
  app.add_option("--passages", options.passages, "Instead of --docs: documents until this many passages");
  app.add_option("--seed", options.seed, "Random seed");
  app.add_option("--queries", options.queries_per_language, "Queries per language");
  app.add_option("--dictionaries", options.sources.dictionaries, "hunspell dictionaries folder");
  app.add_option("--bundled-corpus", options.sources.bundled_corpus, "Liaison's corpus/documents");
  app.add_option("--ntrex", options.sources.ntrex, "NTREX-128 folder (optional)");
  CLI11_PARSE(app, argc, argv);
  return run(options);
} catch (const std::exception& error) {
  std::cerr << "bench_generate: " << error.what() << '\n';
  return 2;
}

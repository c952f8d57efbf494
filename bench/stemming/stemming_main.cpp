// bench_stemming: conflation recall and precision of Liaison's analysis (normalise, then stem)
// on word lists of (lemma, form) pairs, one table row per list.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <filesystem>
#include <iostream>

#include "bench/stemming/conflation.h"
#include "core/analysis/analyzer.h"
#include "core/error.h"
#include "core/lang/language.h"

namespace {

namespace fs = std::filesystem;
using liaison::stemming::Conflation;

/// "hy-ud-dev.tsv" → Armenian: the language code before the first '-'.
std::optional<liaison::Language> language_of(const fs::path& list) {
  const std::string name = list.filename().string();
  return liaison::parse_language(name.substr(0, name.find('-')));
}

void print_row(const std::string& name, const Conflation& c) {
  std::printf("%-22s %6zu %6zu   %.3f   %.3f   %.3f   %.3f\n", name.c_str(), c.words, c.lemmas, c.recall, c.precision,
              c.f1(), c.one_stem);
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Conflation recall and precision of Liaison's stemmers on (lemma, form) word lists"};
  std::vector<fs::path> lists;
  std::string words_language;
  app.add_option("lists", lists, "word lists named <lang>-<name>.tsv")->check(CLI::ExistingFile);
  app.add_option("--words", words_language, "instead: stem the words read from stdin in this language (en hy az ru)");
  std::size_t show = 0;
  app.add_option("--show", show, "also list this many split lemmas and merged stems per list (for tuning on dev lists)");
  CLI11_PARSE(app, argc, argv);
  const liaison::Analyzer analyzer;
  if (!words_language.empty()) {
    const auto language = liaison::parse_language(words_language);
    if (!language) return 2;
    for (std::string word; std::cin >> word;) {
      std::cout << word << " → " << analyzer.stem(analyzer.normalize_word(word, *language), *language) << '\n';
    }
    return 0;
  }
  std::printf("%-22s %6s %6s   %-7s %-7s %-7s %s\n", "list", "words", "lemmas", "recall", "precis.", "F1", "one-stem");
  try {
    for (const fs::path& list : lists) {
      const auto language = language_of(list);
      if (!language) throw liaison::ConfigError(list.string() + ": name must start with en-, hy-, az- or ru-");
      const auto stem = [&](const std::string& form) {
        return analyzer.stem(analyzer.normalize_word(form, *language), *language);
      };
      const auto words = liaison::stemming::read_word_list(list.string());
      print_row(list.stem().string(), liaison::stemming::measure_conflation(words, stem));
      print_row(list.stem().string() + " nominal", liaison::stemming::measure_conflation(liaison::stemming::nominals(words), stem));
      if (show == 0) continue;
      for (const std::string& line : liaison::stemming::split_lemmas(words, stem, show)) std::cout << "  split " << line << '\n';
      for (const std::string& line : liaison::stemming::merged_stems(words, stem, show)) std::cout << "  merged " << line << '\n';
    }
  } catch (const liaison::Error& e) {
    std::cerr << "bench_stemming: " << e.what() << '\n';
    return 1;
  }
  return 0;
}

#include "bench/relevance/name_recall.h"

#include <algorithm>
#include <cstdio>
#include <map>

#include "bench/relevance/fts5_runner.h"
#include "bench/relevance/liaison_runner.h"
#include "bench/relevance/name_set.h"

namespace liaison::relevance {
namespace {

constexpr std::size_t kDepth = 50;

/// Found / wanted per target language ("ru", "hy", "az") and in all.
struct Tally {
  std::map<std::string, std::pair<double, double>> by_language;  // sum of per-query recall, queries

  void add(const NameQuery& query, const Ranking& ranking) {
    std::map<std::string, std::pair<int, int>> counts;  // language → found, wanted
    for (const std::string& target : query.targets) {
      const std::string language = target.substr(0, 2);
      ++counts[language].second;
      if (std::find(ranking.begin(), ranking.end(), target) != ranking.end()) ++counts[language].first;
      ++counts["all"].second;
      if (std::find(ranking.begin(), ranking.end(), target) != ranking.end()) ++counts["all"].first;
    }
    for (const auto& [language, fw] : counts) {
      by_language[language].first += static_cast<double>(fw.first) / fw.second;
      by_language[language].second += 1.0;
    }
  }

  double recall(const std::string& language) const {
    const auto found = by_language.find(language);
    return found == by_language.end() || found->second.second == 0 ? 0.0 : found->second.first / found->second.second;
  }
};

template <typename Runner>
Tally tally(Runner& runner, const NameSet& set) {
  Tally result;
  for (const NameQuery& query : set.queries) result.add(query, runner.rank(query.name, kDepth));
  return result;
}

}  // namespace

void run_name_recall(std::ostream& out, const std::filesystem::path& ntrex, const std::filesystem::path& domain,
                     const std::filesystem::path& work) {
  const NameSet set = build_name_set(ntrex, work / "corpus", gazetteer_words(domain));
  LiaisonRunner liaison({.corpus = set.corpus, .domain = "", .db = work / "db"});
  Fts5Runner fts5(set.corpus);
  const Tally ours = tally(liaison, set), theirs = tally(fts5, set);
  out << "Cross-script names (NTREX-128: " << set.queries.size()
      << " Latin names from the English sentences; targets: the aligned ru, hy, az sentences; no gazetteer)\n";
  out << "recall@50          | ru     hy     az     all\n";
  out << "-----------------------------------------------\n";
  for (const auto& [name, t] : {std::pair<std::string, const Tally*>{"Liaison", &ours}, {"FTS5", &theirs}}) {
    char line[128];
    std::snprintf(line, sizeof line, "%-18s | %.3f  %.3f  %.3f  %.3f\n", name.c_str(), t->recall("ru"), t->recall("hy"),
                  t->recall("az"), t->recall("all"));
    out << line;
  }
  out << '\n';
}

}  // namespace liaison::relevance

#include "bench/relevance/report.h"

#include <algorithm>
#include <cstdio>
#include <set>

namespace liaison::relevance {
namespace {

std::string fixed(double value) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%.3f", value);
  return buffer;
}

std::string padded(std::string text, std::size_t width) {
  while (text.size() < width) text += ' ';
  return text;
}

void print_header(std::ostream& out, const std::string& first, const std::vector<EngineRun>& runs) {
  out << padded(first, 18);
  for (const EngineRun& run : runs) out << "| " << padded(run.name + " nDCG@10 MRR  R@100", 30);
  out << "| n\n" << std::string(18 + 32 * runs.size() + 4, '-') << '\n';
}

template <typename Keep>
void print_row(std::ostream& out, const std::string& label, const std::vector<JudgedQuery>& queries,
               const std::vector<EngineRun>& runs, Keep keep) {
  out << padded(label, 18);
  std::size_t n = 0;
  for (const EngineRun& run : runs) {
    const Scores s = mean_where(queries, run, keep);
    n = s.queries;
    out << "| " << padded(fixed(s.ndcg10) + "   " + fixed(s.mrr) + " " + fixed(s.recall100), 30);
  }
  out << "| " << n << '\n';
}

}  // namespace

void print_table(std::ostream& out, const std::vector<JudgedQuery>& queries, const std::vector<EngineRun>& runs) {
  for (const std::string split : {"train", "heldout", "all"}) {
    print_header(out, split == std::string("all") ? "all queries" : split, runs);
    for (const std::string language : {"en", "hy", "az", "ru", "xx", "overall", kVariantClass}) {
      print_row(out, language, queries, runs, [&](const JudgedQuery& q) {
        const bool in_row = language == "overall" ? in_overall(q) : q.language == language;
        return (split == "all" || q.split == split) && in_row;
      });
    }
    out << '\n';
  }
}

void print_kinds(std::ostream& out, const std::vector<JudgedQuery>& queries, const std::vector<EngineRun>& runs) {
  std::set<std::string> kinds;
  for (const JudgedQuery& q : queries) kinds.insert(q.kind);
  print_header(out, "kind", runs);
  for (const std::string& kind : kinds) {
    print_row(out, kind, queries, runs, [&](const JudgedQuery& q) { return q.kind == kind; });
  }
  out << '\n';
}

void print_queries(std::ostream& out, const std::vector<JudgedQuery>& queries, const std::vector<EngineRun>& runs) {
  for (std::size_t i = 0; i < queries.size(); ++i) {
    out << padded(queries[i].id, 6) << padded(queries[i].split, 8);
    for (const EngineRun& run : runs) out << run.name << ' ' << fixed(run.per_query[i].ndcg10) << "  ";
    out << queries[i].text << '\n';
  }
}

void print_explanation(std::ostream& out, const JudgedQuery& query,
                       const std::vector<std::pair<std::string, Ranking>>& rankings) {
  out << query.id << " «" << query.text << "»\n";
  for (const auto& [engine, ranking] : rankings) {
    out << "  " << engine << ":\n";
    for (const std::string& doc : ranking) {
      const auto grade = query.grades.find(doc);
      out << "    " << (grade == query.grades.end() ? 0 : grade->second) << ' ' << doc << '\n';
    }
  }
  std::size_t missing = 0;
  for (const auto& [doc, grade] : query.grades) {
    const Ranking& first = rankings.front().second;
    if (std::find(first.begin(), first.end(), doc) == first.end()) ++missing;
  }
  out << "  judged documents not in " << rankings.front().first << "'s list: " << missing << "\n";
}

}  // namespace liaison::relevance

#include "bench/relevance/judged_queries.h"

#include <fstream>
#include <sstream>

#include "core/error.h"

namespace liaison::relevance {
namespace {

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> fields;
  std::string field;
  std::istringstream in(line);
  while (std::getline(in, field, '\t')) fields.push_back(field);
  return fields;
}

/// Calls `row(fields, line_number)` for each data line of a TSV file (comments and header skipped).
template <typename Row>
void read_rows(const std::filesystem::path& file, std::size_t columns, Row row) {
  std::ifstream in(file);
  if (!in) throw ConfigError("Cannot read " + file.string());
  std::string line;
  bool header_seen = false;
  for (std::size_t number = 1; std::getline(in, line); ++number) {
    if (line.empty() || line.front() == '#') continue;
    if (!header_seen) {
      header_seen = true;
      continue;
    }
    const std::vector<std::string> fields = split_tabs(line);
    if (fields.size() != columns) {
      throw ConfigError(file.string() + ":" + std::to_string(number) + ": expected " + std::to_string(columns) +
                        " tab-separated fields");
    }
    row(fields, number);
  }
}

}  // namespace

std::vector<JudgedQuery> load_judged_queries(const std::filesystem::path& dir) {
  std::vector<JudgedQuery> queries;
  std::map<std::string, std::size_t> index_of;
  read_rows(dir / "queries.tsv", 5, [&](const std::vector<std::string>& f, std::size_t) {
    index_of[f[0]] = queries.size();
    queries.push_back({.id = f[0], .language = f[1], .split = f[2], .kind = f[3], .text = f[4]});
  });
  const std::filesystem::path judgments = dir / "judgments.tsv";
  read_rows(judgments, 3, [&](const std::vector<std::string>& f, std::size_t number) {
    const auto found = index_of.find(f[0]);
    const int grade = f[2].size() == 1 ? f[2][0] - '0' : -1;
    if (found == index_of.end() || grade < 1 || grade > 3) {
      throw ConfigError(judgments.string() + ":" + std::to_string(number) + ": unknown query or grade not 1..3");
    }
    queries[found->second].grades[f[1]] = grade;
  });
  return queries;
}

std::filesystem::path judged_queries_dir(const std::filesystem::path& source_root) {
  return source_root / "bench" / "relevance";
}

}  // namespace liaison::relevance

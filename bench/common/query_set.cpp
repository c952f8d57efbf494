#include "bench/common/query_set.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace liaison::bench {
namespace {

std::vector<std::string> split(const std::string& line, char separator) {
  std::vector<std::string> fields;
  std::string field;
  std::istringstream in(line);
  while (std::getline(in, field, separator)) fields.push_back(field);
  if (!line.empty() && line.back() == separator) fields.emplace_back();
  return fields;
}

std::string join(const std::vector<std::string>& words, const char* separator) {
  std::string text;
  for (const auto& word : words) text += (text.empty() ? "" : separator) + word;
  return text;
}

}  // namespace

std::string BenchQuery::liaison_text() const {
  const std::string text = join(words, " ");
  return phrase ? "\"" + text + "\"" : text;
}

std::vector<BenchQuery> read_query_set(const std::filesystem::path& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read the query set " + path.string());
  std::vector<BenchQuery> queries;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const auto fields = split(line, '\t');
    if (fields.size() != 7) throw std::runtime_error("malformed query line: " + line);
    BenchQuery query{fields[0], split(fields[1], ' '), fields[2] == "1", fields[3], fields[4], fields[5], fields[6]};
    queries.push_back(std::move(query));
  }
  return queries;
}

void write_query_set(const std::filesystem::path& path, const std::vector<BenchQuery>& queries) {
  std::ofstream out(path);
  out << "# lang\twords\tphrase\tfilter_lang\tfilter_kind\tdate_from\tdate_to\n";
  for (const auto& q : queries) {
    out << q.lang << '\t' << join(q.words, " ") << '\t' << (q.phrase ? 1 : 0) << '\t' << q.filter_lang << '\t'
        << q.filter_kind << '\t' << q.date_from << '\t' << q.date_to << '\n';
  }
  if (!out) throw std::runtime_error("cannot write the query set " + path.string());
}

}  // namespace liaison::bench

#include "bench/common/corpus_reader.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <vector>

namespace liaison::bench {
namespace {

std::vector<std::filesystem::path> corpus_files(const std::filesystem::path& corpus) {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(corpus)) {
    if (!entry.is_regular_file()) continue;
    const auto extension = entry.path().extension();
    if (extension == ".md" || extension == ".txt") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string trim(const std::string& text) {
  const auto first = text.find_first_not_of(" \t\r");
  if (first == std::string::npos) return "";
  return text.substr(first, text.find_last_not_of(" \t\r") - first + 1);
}

void set_field(CorpusDocument& document, const std::string& line) {
  const auto colon = line.find(':');
  if (colon == std::string::npos) return;
  const std::string key = trim(line.substr(0, colon));
  const std::string value = trim(line.substr(colon + 1));
  if (key == "title") document.title = value;
  else if (key == "date") document.date = value;
  else if (key == "lang") document.lang = value;
  else if (key == "kind") document.kind = value;
  else if (key == "source") document.source = value;
}

/// Front matter between the first two `---` lines, then paragraphs (blank-line separated; the
/// lines of one paragraph joined by spaces).
void parse(const std::string& text, CorpusDocument& document) {
  std::istringstream in(text);
  std::string line;
  bool in_front_matter = false, paragraph_open = false;
  bool first_line = true;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (first_line && line == "---") {
      in_front_matter = true;
      first_line = false;
      continue;
    }
    first_line = false;
    if (in_front_matter) {
      if (line == "---") in_front_matter = false;
      else set_field(document, line);
      continue;
    }
    if (trim(line).empty()) {
      paragraph_open = false;
      continue;
    }
    if (!document.body.empty()) document.body += paragraph_open ? " " : "\n\n";
    document.body += line;
    paragraph_open = true;
  }
}

}  // namespace

std::size_t read_corpus(const std::filesystem::path& corpus, const std::function<void(const CorpusDocument&)>& visit) {
  const auto files = corpus_files(corpus);
  for (const auto& file : files) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + file.string());
    std::ostringstream content;
    content << in.rdbuf();
    CorpusDocument document;
    document.path = std::filesystem::relative(file, corpus).generic_string();
    document.bytes = content.str().size();
    parse(content.str(), document);
    visit(document);
  }
  return files.size();
}

std::string year_of(const std::string& date) { return date.size() >= 4 ? date.substr(0, 4) : ""; }

}  // namespace liaison::bench

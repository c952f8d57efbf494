#include "bench/relevance/name_set.h"

#include <nlohmann/json.hpp>
#include <algorithm>
#include <fstream>
#include <map>

#include "core/error.h"
#include "core/text/strings.h"

namespace liaison::relevance {
namespace {

std::vector<std::string> read_lines(const std::filesystem::path& file) {
  std::ifstream in(file);
  if (!in) throw ConfigError("Cannot read " + file.string());
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

/// ASCII words of a sentence with whether each is the first word.
std::vector<std::string> ascii_words(const std::string& sentence) {
  std::vector<std::string> words;
  std::string word;
  for (char c : sentence + " ") {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      word += c;
    } else {
      if (!word.empty()) words.push_back(word);
      word.clear();
    }
  }
  return words;
}

bool capitalised(const std::string& word) { return word[0] >= 'A' && word[0] <= 'Z'; }
bool all_capitals(const std::string& word) {
  return std::all_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

void write_corpus(const std::filesystem::path& ntrex, const std::filesystem::path& work) {
  std::filesystem::create_directories(work);
  std::ofstream out(work / "ntrex.jsonl");
  const std::vector<std::pair<std::string, std::string>> files = {
      {"ru", "newstest2019-ref.rus.txt"}, {"hy", "newstest2019-ref.hye.txt"}, {"az", "newstest2019-ref.aze-Latn.txt"}};
  for (const auto& [code, file] : files) {
    const std::vector<std::string> lines = read_lines(ntrex / file);
    for (std::size_t i = 0; i < lines.size(); ++i) {
      const std::string id = code + "-" + std::to_string(i);
      out << nlohmann::json{{"id", id}, {"title", id}, {"lang", code}, {"body", lines[i]}}.dump() << '\n';
    }
  }
}

}  // namespace

NameSet build_name_set(const std::filesystem::path& ntrex, const std::filesystem::path& work,
                       const std::set<std::string>& skip, std::size_t max_names, std::size_t max_sentences) {
  const std::vector<std::string> english = read_lines(ntrex / "newstest2019-src.eng.txt");
  std::set<std::string> lower_words;
  std::map<std::string, std::vector<std::size_t>> sentences_of;
  std::vector<std::string> order;
  for (std::size_t i = 0; i < english.size(); ++i) {
    const std::vector<std::string> words = ascii_words(english[i]);
    for (std::size_t w = 0; w < words.size(); ++w) {
      const std::string& word = words[w];
      if (!capitalised(word)) {
        lower_words.insert(word);
        continue;
      }
      if (w == 0 || word.size() < 4 || all_capitals(word)) continue;
      auto& sentences = sentences_of[word];
      if (sentences.empty()) order.push_back(word);
      if (sentences.empty() || sentences.back() != i) sentences.push_back(i);
    }
  }
  NameSet set{.queries = {}, .corpus = work};
  for (const std::string& name : order) {
    if (set.queries.size() >= max_names) break;
    const auto& sentences = sentences_of[name];
    if (lower_words.count(lower_ascii(name)) || skip.count(lower_ascii(name)) || sentences.size() > max_sentences) continue;
    NameQuery query{.name = name, .targets = {}};
    for (std::size_t i : sentences) {
      for (const char* code : {"ru", "hy", "az"}) query.targets.push_back(std::string(code) + "-" + std::to_string(i));
    }
    set.queries.push_back(std::move(query));
  }
  write_corpus(ntrex, work);
  return set;
}

std::set<std::string> gazetteer_words(const std::filesystem::path& domain) {
  std::set<std::string> words;
  std::ifstream in(domain / "gazetteer.json");
  if (!in) return words;
  for (const auto& entry : nlohmann::json::parse(in)) {
    if (!entry.contains("names") || !entry["names"].contains("en")) continue;
    for (const auto& name : entry["names"]["en"]) {
      for (const std::string& word : ascii_words(name.get<std::string>())) words.insert(lower_ascii(word));
    }
  }
  return words;
}

}  // namespace liaison::relevance

#include "bench/stemming/conflation.h"

#include <fstream>
#include <map>
#include <set>

#include "core/error.h"

namespace liaison::stemming {
namespace {

std::size_t pairs_of(std::size_t n) { return n * (n - 1) / 2; }

/// Pairs of distinct forms inside each group: Σ C(forms, 2) minus pairs of a form with itself
/// (a form under two lemmas appears twice in a stem group).
template <typename Groups>
std::size_t distinct_form_pairs(const Groups& groups) {
  std::size_t total = 0;
  for (const auto& [key, forms] : groups) {
    std::map<std::string, std::size_t> count;
    for (const std::string& form : forms) ++count[form];
    total += pairs_of(forms.size());
    for (const auto& [form, n] : count) total -= pairs_of(n);
  }
  return total;
}

}  // namespace

std::vector<LemmaForm> read_word_list(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw ConfigError("Cannot read " + path);
  std::vector<LemmaForm> words;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line.front() == '#') continue;
    const auto first = line.find('\t');
    const auto second = first == std::string::npos ? first : line.find('\t', first + 1);
    if (second == std::string::npos) continue;
    words.push_back({line.substr(0, first), line.substr(first + 1, second - first - 1), line.substr(second + 1)});
  }
  return words;
}

std::vector<LemmaForm> nominals(const std::vector<LemmaForm>& words) {
  std::vector<LemmaForm> kept;
  for (const LemmaForm& word : words) {
    if (word.upos == "NOUN" || word.upos == "PROPN" || word.upos == "ADJ") kept.push_back(word);
  }
  return kept;
}

Conflation measure_conflation(const std::vector<LemmaForm>& words, const std::function<std::string(const std::string&)>& stem) {
  std::map<std::string, std::set<std::string>> forms_of_lemma;
  for (const LemmaForm& word : words) forms_of_lemma[word.lemma].insert(word.form);

  Conflation result;
  result.words = words.size();
  std::map<std::string, std::vector<std::string>> forms_of_stem;          // entries by stem
  std::map<std::pair<std::string, std::string>, std::vector<std::string>> forms_of_lemma_stem;
  std::size_t lemma_pairs = 0, one_stem_lemmas = 0;
  for (const auto& [lemma, forms] : forms_of_lemma) {
    std::set<std::string> stems;
    for (const std::string& form : forms) {
      const std::string s = stem(form);
      stems.insert(s);
      forms_of_stem[s].push_back(form);
      forms_of_lemma_stem[{lemma, s}].push_back(form);
    }
    lemma_pairs += pairs_of(forms.size());
    if (forms.size() > 1) {
      ++result.lemmas;
      if (stems.size() == 1) ++one_stem_lemmas;
    }
  }
  const std::size_t same_lemma_same_stem = distinct_form_pairs(forms_of_lemma_stem);
  const std::size_t same_stem = distinct_form_pairs(forms_of_stem);
  result.recall = lemma_pairs ? static_cast<double>(same_lemma_same_stem) / static_cast<double>(lemma_pairs) : 0.0;
  result.precision = same_stem ? static_cast<double>(same_lemma_same_stem) / static_cast<double>(same_stem) : 1.0;
  result.one_stem = result.lemmas ? static_cast<double>(one_stem_lemmas) / static_cast<double>(result.lemmas) : 0.0;
  return result;
}

std::vector<std::string> split_lemmas(const std::vector<LemmaForm>& words,
                                      const std::function<std::string(const std::string&)>& stem, std::size_t limit) {
  std::map<std::string, std::map<std::string, std::string>> stems_of_lemma;  // lemma → form → stem
  for (const LemmaForm& word : words) stems_of_lemma[word.lemma][word.form] = stem(word.form);
  std::vector<std::string> lines;
  for (const auto& [lemma, stems] : stems_of_lemma) {
    std::set<std::string> distinct;
    for (const auto& [form, s] : stems) distinct.insert(s);
    if (distinct.size() < 2 || lines.size() >= limit) continue;
    std::string line = lemma + ":";
    for (const auto& [form, s] : stems) line += " " + form + "→" + s;
    lines.push_back(line);
  }
  return lines;
}

std::vector<std::string> merged_stems(const std::vector<LemmaForm>& words,
                                      const std::function<std::string(const std::string&)>& stem, std::size_t limit) {
  std::map<std::string, std::map<std::string, std::string>> forms_of_stem;  // stem → form → lemma
  for (const LemmaForm& word : words) forms_of_stem[stem(word.form)][word.form] = word.lemma;
  std::vector<std::string> lines;
  for (const auto& [s, forms] : forms_of_stem) {
    std::set<std::string> lemmas;
    for (const auto& [form, lemma] : forms) lemmas.insert(lemma);
    if (lemmas.size() < 2 || lines.size() >= limit) continue;
    std::string line = s + ":";
    for (const auto& [form, lemma] : forms) line += " " + form + "(" + lemma + ")";
    lines.push_back(line);
  }
  return lines;
}

}  // namespace liaison::stemming

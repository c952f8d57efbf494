#include "bench/stemming/conflation.h"

#include <fstream>
#include <iterator>
#include <map>
#include <set>
#include <utility>

#include "core/error.h"

namespace liaison::stemming {
namespace {

using FormPair = std::pair<std::string, std::string>;  // two distinct forms, in order

FormPair pair_of(const std::string& a, const std::string& b) { return a < b ? FormPair{a, b} : FormPair{b, a}; }

/// Every pair of distinct forms inside each group, each pair once however many groups hold it.
std::set<FormPair> form_pairs(const std::map<std::string, std::set<std::string>>& groups) {
  std::set<FormPair> pairs;
  for (const auto& [key, forms] : groups) {
    for (auto a = forms.begin(); a != forms.end(); ++a) {
      for (auto b = std::next(a); b != forms.end(); ++b) pairs.insert(pair_of(*a, *b));
    }
  }
  return pairs;
}

std::size_t common_pairs(const std::set<FormPair>& left, const std::set<FormPair>& right) {
  std::size_t n = 0;
  for (const FormPair& pair : left) n += right.count(pair);
  return n;
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
  // A form listed under two lemmas (a homograph) is one string, so it has one stem: the pair it
  // makes with another form is counted once, and is right when the two forms share any lemma.
  std::map<std::string, std::set<std::string>> forms_of_stem;
  std::size_t one_stem_lemmas = 0;
  for (const auto& [lemma, forms] : forms_of_lemma) {
    std::set<std::string> stems;
    for (const std::string& form : forms) {
      const std::string s = stem(form);
      stems.insert(s);
      forms_of_stem[s].insert(form);
    }
    if (forms.size() > 1) {
      ++result.lemmas;
      if (stems.size() == 1) ++one_stem_lemmas;
    }
  }
  const std::set<FormPair> same_lemma = form_pairs(forms_of_lemma);
  const std::set<FormPair> same_stem = form_pairs(forms_of_stem);
  const auto both = static_cast<double>(common_pairs(same_lemma, same_stem));
  result.recall = same_lemma.empty() ? 0.0 : both / static_cast<double>(same_lemma.size());
  result.precision = same_stem.empty() ? 1.0 : both / static_cast<double>(same_stem.size());
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

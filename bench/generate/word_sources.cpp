// rank_words: the vocabulary of one language from real text and Debian's spelling dictionaries.
#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "bench/generate/inflections.h"
#include "bench/generate/word_lists.h"

namespace liaison::bench {
namespace {

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

/// Maximal runs of letters (and in-word apostrophes or hyphens between letters), lower-cased.
std::vector<std::string> words_of(const std::string& text, const LanguageData& language) {
  std::vector<std::string> words;
  const icu::UnicodeString lowered = icu::UnicodeString::fromUTF8(to_lower(text, language));
  icu::UnicodeString current;
  auto flush = [&] {
    if (current.countChar32() >= 2) {
      std::string word;
      current.toUTF8String(word);
      words.push_back(std::move(word));
    }
    current.remove();
  };
  for (int32_t i = 0; i < lowered.length(); i = lowered.moveIndex32(i, 1)) {
    const UChar32 c = lowered.char32At(i);
    if (u_isalpha(c)) current.append(c);
    else flush();
  }
  flush();
  return words;
}

/// The body of a corpus file: what follows the front matter.
std::string body_of(const std::string& text) {
  if (text.rfind("---", 0) != 0) return text;
  const auto close = text.find("\n---", 3);
  return close == std::string::npos ? text : text.substr(close + 4);
}

const std::map<std::string, std::string> kNtrexFiles = {{"en", "newstest2019-src.eng.txt"},
                                                        {"hy", "newstest2019-ref.hye.txt"},
                                                        {"az", "newstest2019-ref.aze-Latn.txt"},
                                                        {"ru", "newstest2019-ref.rus.txt"}};
const std::map<std::string, std::string> kDictionaries = {{"en", "en_US.dic"}, {"hy", "hy_AM.dic"}, {"ru", "ru_RU.dic"}};

/// Words of real text for `language`, by descending count (ties in byte order).
std::vector<std::string> text_words(const LanguageData& language, const WordSources& sources, RankedWords& ranked) {
  std::map<std::string, std::size_t> counts;
  auto count_text = [&](const std::filesystem::path& file, const std::string& text) {
    ranked.files.push_back(file.filename().string());
    for (auto& word : words_of(text, language)) ++counts[word];
  };
  const auto bundled = sources.bundled_corpus / language.code;
  if (std::filesystem::is_directory(bundled)) {
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(bundled)) files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    for (const auto& file : files) count_text(file, body_of(read_file(file)));
  }
  const auto ntrex = sources.ntrex / kNtrexFiles.at(language.code);
  if (std::filesystem::is_regular_file(ntrex)) count_text(ntrex, read_file(ntrex));

  std::vector<std::pair<std::string, std::size_t>> by_count(counts.begin(), counts.end());
  std::stable_sort(by_count.begin(), by_count.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  std::vector<std::string> words;
  for (auto& [word, count] : by_count) words.push_back(word);
  return words;
}

/// Stems of a hunspell .dic (first line: count; then word[/flags]) with their simple forms.
std::vector<std::string> dictionary_words(const LanguageData& language, const WordSources& sources,
                                          RankedWords& ranked) {
  std::vector<std::string> words;
  const auto it = kDictionaries.find(language.code);
  if (it == kDictionaries.end()) return words;
  const auto path = sources.dictionaries / it->second;
  std::ifstream in(path);
  if (!in) return words;
  ranked.files.push_back(path.filename().string());
  std::string line;
  std::getline(in, line);  // the entry count
  while (std::getline(in, line)) {
    const auto slash = line.find_first_of("/\t ");
    const std::string stem = line.substr(0, slash);
    const std::string flags = slash == std::string::npos || line[slash] != '/' ? "" : line.substr(slash + 1);
    if (stem.size() < 2 || std::any_of(stem.begin(), stem.end(), [](char c) { return (c >= '0' && c <= '9') || c == '.'; })) continue;
    // A capitalised entry is a name: keep its case (names are written that way in text).
    for (auto& form : inflect(language.code, stem, flags)) words.push_back(std::move(form));
  }
  return words;
}

}  // namespace

RankedWords rank_words(const LanguageData& language, const WordSources& sources, Rng& rng) {
  RankedWords ranked;
  std::set<std::string> seen;
  auto add = [&](const std::string& word) {
    if (seen.insert(word).second) ranked.words.push_back(word);
  };
  for (const auto& word : language.function_words) add(word);
  const auto real = text_words(language, sources, ranked);
  for (const auto& word : real) add(word);
  ranked.from_text = ranked.words.size();

  std::vector<std::string> tail = dictionary_words(language, sources, ranked);
  if (language.code == "az") {  // no Azerbaijani dictionary in Debian: inflect the words of real text
    for (const auto& word : real) {
      for (auto& form : inflect("az", word, "")) tail.push_back(std::move(form));
    }
  }
  rng.shuffle(tail);
  for (const auto& word : tail) add(word);
  ranked.from_dictionary = ranked.words.size() - ranked.from_text;
  return ranked;
}

}  // namespace liaison::bench

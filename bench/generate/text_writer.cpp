#include "bench/generate/text_writer.h"

#include <algorithm>
#include <sstream>

namespace liaison::bench {
namespace {

constexpr std::size_t kPhrasesKept = 4000;

std::vector<std::string> split_words(const std::string& text) {
  std::vector<std::string> words;
  std::istringstream in(text);
  for (std::string word; in >> word;) words.push_back(word);
  return words;
}

std::string number(Rng& rng) {
  return rng.chance(0.6) ? std::to_string(rng.between(1992, 2026)) : std::to_string(rng.between(1, 100));
}

struct Ending {
  std::string stop;
  bool question = false;
};

Ending sentence_end(const LanguageData& language, Rng& rng) {
  const double roll = rng.real();
  if (language.code == "hy") {  // the question mark lives inside a word; the stop is ։ (or ':')
    const std::string stop = rng.chance(0.8) ? "\u0589" : ":";
    return {stop, roll < 0.06};
  }
  if (roll < 0.06) return {"?", true};
  if (roll < 0.10) return {"!", false};
  return {".", false};
}

}  // namespace

std::vector<TextWriter::Word> TextWriter::draw_words(const LanguageData& language, int count, Rng& rng) {
  const Vocabulary& vocabulary = vocabularies_.at(language.code);
  std::vector<Word> words;
  while (static_cast<int>(words.size()) < count) {
    if (rng.chance(0.02)) {  // a name of the domain, one or more words
      for (const auto& part : split_words(rng.pick(language.names))) words.push_back({to_lower(part, language), part});
    } else if (rng.chance(0.01)) {
      const std::string n = number(rng);
      words.push_back({n, n});
    } else {
      const std::string& word = vocabulary.sample(rng);
      words.push_back({word, with_quirks(word, language, rng)});
    }
  }
  return words;
}

std::string TextWriter::sentence(const LanguageData& language, int count, Rng& rng) {
  std::vector<Word> words = draw_words(language, count, rng);
  remember_phrase(language.code, words, rng);
  const Ending ending = sentence_end(language, rng);
  if (ending.question && language.code == "hy") {
    auto& word = words[rng.below(words.size())].surface;
    word = with_armenian_question_mark(word);
  }
  words.front().surface = capitalize(words.front().surface, language);

  std::size_t quote_from = words.size(), quote_to = words.size();
  if (words.size() > 4 && rng.chance(0.06)) {
    quote_from = 1 + rng.below(words.size() - 3);
    quote_to = quote_from + rng.below(3);
  }
  const auto& quote = rng.pick(language.quotes);
  const std::string comma = language.code == "hy" && rng.chance(0.7) ? "\u055D" : ",";
  std::string text;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i > 0) text += rng.chance(0.01) ? " \u2014 " : " ";  // an em dash now and then
    if (i == quote_from) text += quote.first;
    text += words[i].surface;
    if (i == quote_to) text += quote.second;
    if (i + 1 < words.size() && rng.chance(0.07)) text += comma;
  }
  text += ending.question && language.code != "hy" ? std::string("?") : ending.stop;
  return text;
}

void TextWriter::remember_phrase(const std::string& lang, const std::vector<Word>& words, Rng& rng) {
  if (words.size() < 3 || !rng.chance(0.05)) return;
  const std::size_t length = rng.chance(0.7) ? 2 : 3;
  const std::size_t from = rng.below(words.size() - length + 1);
  std::vector<std::string> phrase;
  bool content = false;  // a phrase of function words only ("of the") is not what people search
  const auto& function_words = bench::language(lang).function_words;
  for (std::size_t i = from; i < from + length; ++i) {
    phrase.push_back(to_lower(words[i].plain, bench::language(lang)));
    content |= std::find(function_words.begin(), function_words.end(), words[i].plain) == function_words.end();
  }
  if (!content) return;
  auto& kept = phrases_[lang];
  const std::size_t seen = ++phrases_seen_[lang];
  if (kept.size() < kPhrasesKept) kept.push_back(std::move(phrase));
  else if (const auto slot = rng.below(seen); slot < kPhrasesKept) kept[slot] = std::move(phrase);
}

std::string TextWriter::paragraph(const std::string& lang, int words, Rng& rng) {
  const LanguageData& language = bench::language(lang);
  std::string text;
  for (int written = 0; written < words;) {
    const int length = std::min(rng.between(5, 24), std::max(3, words - written));
    if (!text.empty()) text += ' ';
    text += sentence(language, length, rng);
    written += length;
  }
  return text;
}

std::string TextWriter::title(const std::string& lang, Rng& rng) {
  const LanguageData& language = bench::language(lang);
  std::vector<Word> words = draw_words(language, rng.between(4, 10), rng);
  if (rng.chance(0.4)) {
    for (const auto& part : split_words(rng.pick(language.names))) words.push_back({to_lower(part, language), part});
  }
  std::string text;
  for (const auto& word : words) {
    if (!text.empty()) text += ' ';
    text += word.surface;
  }
  return capitalize(text, language);
}

}  // namespace liaison::bench

// with_quirks: what real text does to words (soft hyphens, ligatures, look-alike letters, marks).
#include <string_view>

#include "bench/generate/text_writer.h"

namespace liaison::bench {
namespace {

constexpr std::string_view kSoftHyphen = "\u00AD";
constexpr std::string_view kZeroWidthSpace = "\u200B";
constexpr std::string_view kCombiningAcute = "\u0301";

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

/// A byte offset on a code point boundary near the middle of `word`.
std::size_t middle(const std::string& word) {
  std::size_t at = word.size() / 2;
  while (at < word.size() && is_continuation(word[at])) ++at;
  return at;
}

std::size_t code_points(const std::string& word) {
  std::size_t n = 0;
  for (const char c : word) n += is_continuation(c) ? 0 : 1;
  return n;
}

void replace_all(std::string& text, std::string_view from, std::string_view to) {
  for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
}

/// After the first vowel of `word` among `vowels` (each a UTF-8 letter), or npos.
std::size_t after_first_vowel(const std::string& word, std::initializer_list<std::string_view> vowels) {
  std::size_t best = std::string::npos;
  for (const auto vowel : vowels) {
    const auto at = word.find(vowel);
    if (at != std::string::npos && (best == std::string::npos || at + vowel.size() < best)) best = at + vowel.size();
  }
  return best;
}

void russian(std::string& word, Rng& rng) {
  if (word.find("ё") != std::string::npos && rng.chance(0.3)) replace_all(word, "ё", "е");
  if (rng.chance(0.002)) {
    const auto at = after_first_vowel(word, {"а", "е", "и", "о", "у", "ы", "э", "ю", "я"});
    if (at != std::string::npos) word.insert(at, kCombiningAcute);
  }
}

void azerbaijani(std::string& word, Rng& rng) {
  if (word.find("ə") == std::string::npos) return;
  if (rng.chance(0.02)) replace_all(word, "ə", "\u04D9");  // Cyrillic ә
  else if (rng.chance(0.005)) replace_all(word, "ə", "ä");
}

void armenian(std::string& word, Rng& rng) {
  if (word.find("եւ") != std::string::npos && rng.chance(0.5)) replace_all(word, "եւ", "և");
  if (rng.chance(0.002)) {
    const auto at = after_first_vowel(word, {"ա", "ե", "է", "ի", "ո", "օ"});
    if (at != std::string::npos) word.insert(at, "\u055B");  // emphasis mark ՛
  }
}

}  // namespace

std::string with_quirks(const std::string& word, const LanguageData& language, Rng& rng) {
  std::string out = word;
  if (language.code == "ru") russian(out, rng);
  else if (language.code == "az") azerbaijani(out, rng);
  else if (language.code == "hy") armenian(out, rng);
  else if (language.code == "en" && out.find("fi") != std::string::npos && rng.chance(0.003)) replace_all(out, "fi", "\uFB01");
  if (code_points(out) >= 8 && rng.chance(0.004)) out.insert(middle(out), kSoftHyphen);
  if (code_points(out) >= 4 && rng.chance(0.0005)) out.insert(middle(out), kZeroWidthSpace);
  return out;
}

/// Armenian question: ՞ after the last vowel of the word (ինչո՞ւ style: inside the word).
std::string with_armenian_question_mark(const std::string& word) {
  std::size_t best = std::string::npos;
  for (const std::string_view vowel : {"ա", "ե", "է", "ի", "ո", "օ", "ը"}) {
    const auto at = word.rfind(vowel);
    if (at != std::string::npos && (best == std::string::npos || at + vowel.size() > best)) best = at + vowel.size();
  }
  if (best == std::string::npos) return word;
  std::string out = word;
  out.insert(best, "\u055E");
  return out;
}

}  // namespace liaison::bench

#include "core/analysis/latin_variants.h"

#include <algorithm>
#include <array>
#include <utility>

namespace liaison {
namespace {

constexpr std::size_t kMinWordLetters = 5;
constexpr std::size_t kMinKeyLetters = 3;

/// Azerbaijani letters (UTF-8) as English transliterations write them.
constexpr std::array<std::pair<std::string_view, std::string_view>, 7> kAzerbaijaniLetters = {{
    {"ş", "sh"}, {"ç", "ch"}, {"ğ", "gh"}, {"ə", "e"}, {"ı", "i"}, {"ö", "o"}, {"ü", "u"}}};

/// `term` in ASCII letters, or "" when it holds any other character.
std::string as_english_letters(std::string_view term) {
  std::string out;
  for (std::size_t at = 0; at < term.size();) {
    const char c = term[at];
    if (c >= 'a' && c <= 'z') {
      out += c;
      ++at;
      continue;
    }
    const auto* found = std::find_if(kAzerbaijaniLetters.begin(), kAzerbaijaniLetters.end(),
                                     [&](const auto& letter) { return term.substr(at).starts_with(letter.first); });
    if (found == kAzerbaijaniLetters.end()) return "";
    out += found->second;
    at += found->first.size();
  }
  return out;
}

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

/// The spelling classes: x and kh, q and k, gh and g, y and i; doubled letters once.
std::string spelling_classes(const std::string& word) {
  std::string out;
  for (std::size_t i = 0; i < word.size(); ++i) {
    std::string_view piece(&word[i], 1);
    if (word[i] == 'x') piece = "kh";
    else if (word[i] == 'q') piece = "k";
    else if (word[i] == 'y') piece = "i";
    else if (word[i] == 'g' && i + 1 < word.size() && word[i + 1] == 'h') {
      piece = "g";
      ++i;
    }
    for (const char c : piece) {
      if (out.empty() || out.back() != c) out += c;
    }
  }
  return out;
}

/// `word` without an English plural ending: -es after a sibilant, else -s (not -ss).
std::string singular(std::string word) {
  const auto ends = [&word](std::string_view end) { return word.size() > end.size() + 3 && word.ends_with(end); };
  if (ends("ses") || ends("xes") || ends("zes") || ends("ches") || ends("shes")) word.resize(word.size() - 2);
  else if (ends("s") && !word.ends_with("ss")) word.pop_back();
  return word;
}

}  // namespace

std::string latin_variant_key(std::string_view term, bool name) {
  std::string word = as_english_letters(term);
  if (word.size() < kMinWordLetters) return "";
  if (!name) word = singular(std::move(word));
  std::string key = spelling_classes(word);
  if (name && key.size() > kMinKeyLetters && is_vowel(key.back())) key.pop_back();
  return key.size() < kMinKeyLetters ? "" : key;
}

}  // namespace liaison

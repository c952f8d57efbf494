#pragma once
// Letters of Azerbaijani as its suffixes see them: vowel classes and vowel harmony, shared by the
// stemmer's noun slots (azerbaijani_stemmer.cpp) and its verb endings (azerbaijani_verbs.cpp).
#include <algorithm>
#include <string_view>

namespace liaison::azerbaijani {

/// Where a suffix may follow: its buffer consonant (-n-, -y-, -s-) follows a vowel, its
/// initial vowel follows a consonant.
enum class Attach { Any, AfterVowel, AfterConsonant };

inline bool is_back_vowel(char32_t c) {
  return c == U'a' || c == U'ı' || c == U'o' || c == U'u';
}
inline bool is_front_vowel(char32_t c) {
  return c == U'e' || c == U'ə' || c == U'i' || c == U'ö' || c == U'ü';
}
inline bool is_vowel(char32_t c) {
  return is_back_vowel(c) || is_front_vowel(c);
}
inline bool is_narrow_vowel(char32_t c) {
  return c == U'ı' || c == U'i' || c == U'u' || c == U'ü';
}

/// Vowel harmony: the suffix's vowels and the stem's last vowel are both back or both front.
inline bool harmonises(std::u32string_view stem, std::u32string_view suffix) {
  const auto suffix_vowel = std::find_if(suffix.begin(), suffix.end(), is_vowel);
  if (suffix_vowel == suffix.end()) return true;
  const auto stem_vowel = std::find_if(stem.rbegin(), stem.rend(), is_vowel);
  if (stem_vowel == stem.rend()) return false;
  return is_back_vowel(*suffix_vowel) == is_back_vowel(*stem_vowel);
}

}  // namespace liaison::azerbaijani

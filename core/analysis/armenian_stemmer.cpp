#include "core/analysis/armenian_stemmer.h"

#include <algorithm>
#include <array>

#include "core/analysis/utf32.h"

namespace liaison {
namespace {

using Word = std::u32string;

bool is_vowel_letter(char32_t c) {
  return c == U'ա' || c == U'ե' || c == U'է' || c == U'ը' || c == U'ի' || c == U'ո' || c == U'օ';
}

/// True when the letter at `i` is a vowel: one of the vowel letters, or the ւ of the digraph ու
/// (in եւ it is the consonant v).
bool is_vowel_at(const Word& w, std::size_t i) {
  if (is_vowel_letter(w[i])) return true;
  return w[i] == U'ւ' && i > 0 && w[i - 1] == U'ո';
}

bool ends_with_vowel(const Word& w) { return !w.empty() && is_vowel_at(w, w.size() - 1); }

bool ends_with(const Word& w, std::u32string_view suffix) { return std::u32string_view(w).ends_with(suffix); }

/// Cuts `suffix` when it ends the word and at least `keep` letters stay.
bool cut(Word& w, std::u32string_view suffix, std::size_t keep) {
  if (!ends_with(w, suffix) || w.size() < suffix.size() + keep) return false;
  w.resize(w.size() - suffix.size());
  return true;
}

/// -ություն in any form: the part after "ությ" starts with ուն, ան or ամբ.
bool cut_abstract_noun(Word& w) {
  const std::size_t at = w.rfind(U"ությ");
  if (at == Word::npos || at < 2) return false;
  const std::u32string_view tail = std::u32string_view(w).substr(at + 4);
  if (!(tail.starts_with(U"ուն") || tail.starts_with(U"ան") || tail.starts_with(U"ամբ"))) return false;
  w.resize(at + 4);
  return true;
}

void cut_article(Word& w) {
  if (cut(w, U"ը", 2)) return;
  if (ends_with(w, U"ն") && w.size() >= 4 && !is_vowel_at(w, w.size() - 2)) w.pop_back();
}

void cut_case(Word& w) {
  // Longest first; the glide forms follow a vowel-final stem (ապագայի).
  static constexpr std::array<std::u32string_view, 12> kLong = {U"յից", U"յում", U"յով", U"յին", U"ուց",
                                                                U"ից",  U"ում",  U"ով",  U"ին",  U"յի",
                                                                U"վա",  U"ու"};
  for (std::u32string_view suffix : kLong) {
    if (suffix == U"ու" && (w.size() < 5 || is_vowel_at(w, w.size() - 3))) continue;  // այգու, not կապու
    if (cut(w, suffix, 2)) return;
  }
  cut(w, U"ի", 3);
}

void cut_plural(Word& w) {
  if (!cut(w, U"ներ", 2)) cut(w, U"եր", 2);
}

/// Verb endings (infinitive, participles, aorist, passive -վ-), after the case slot so that a
/// name like Միշել loses the same letters in every form.
void cut_verb(Word& w) {
  static constexpr std::array<std::u32string_view, 23> kEndings = {
      U"ելուց", U"ալուց", U"ելով", U"ալով", U"ելիս", U"ալիս", U"եցին", U"ացին", U"ելու", U"ալու", U"եցի", U"ացի",
      U"ված",   U"վող",   U"վել",  U"վեց",  U"ել",   U"ալ",   U"ած",   U"ող",   U"եց",   U"աց",  U"վի"};
  for (std::u32string_view ending : kEndings) {
    if (cut(w, ending, 2)) return;
  }
}

/// Nouns of action in -ում (genitive -ման) keep their verb's stem: լուծում, լուծման → լուծ.
void cut_action_noun(Word& w) {
  if (!cut(w, U"ում", 2)) cut(w, U"ման", 2);
}

/// Undoes the alternations of oblique stems so that they meet the nominative.
void cut_alternations(Word& w) {
  const std::size_t n = w.size();
  if (n >= 4 && w[n - 1] == U'վ' && !is_vowel_at(w, n - 2)) {  // Բաքվ- (Բաքու)
    w.pop_back();
    return;
  }
  // ի or ու between the last consonants: պայմանագիր → պայմանագր, գլուխ → գլխ.
  if (n >= 4 && w[n - 2] == U'ի' && !is_vowel_at(w, n - 1) && !is_vowel_at(w, n - 3)) {
    w.erase(n - 2, 1);
  } else if (n >= 5 && w[n - 3] == U'ո' && w[n - 2] == U'ւ' && !is_vowel_at(w, n - 1) && !is_vowel_at(w, n - 4)) {
    w.erase(n - 3, 2);
  }
}

/// A vowel + ն ends both names (Երեւան) and the definite forms of vowel-final nouns (ապագան,
/// Բաքուն): dropped from every word long enough, the two read alike.
void cut_n_after_vowel(Word& w) {
  if (ends_with(w, U"ն") && w.size() >= 5 && is_vowel_at(w, w.size() - 2)) w.pop_back();
}

void cut_final_vowel(Word& w) {
  if (w.size() >= 4 && ends_with_vowel(w)) {
    w.pop_back();
    if (!w.empty() && w.back() == U'ո') w.pop_back();  // ու is one vowel
  }
}

}  // namespace

std::string stem_armenian(std::string_view term) {
  Word w = utf32::decode(term);
  if (w.size() < 3) return std::string(term);
  if (!cut_abstract_noun(w)) {
    cut_article(w);
    cut_case(w);
    cut_plural(w);
    cut_verb(w);
    cut_action_noun(w);
    cut_n_after_vowel(w);
    cut_alternations(w);
    cut_final_vowel(w);
  }
  return utf32::encode(w);
}

}  // namespace liaison

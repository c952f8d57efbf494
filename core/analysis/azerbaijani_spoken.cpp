#include "core/analysis/azerbaijani_spoken.h"

#include <algorithm>
#include <array>

#include "core/analysis/azerbaijani_letters.h"
#include "core/analysis/azerbaijani_verbs.h"

namespace liaison::azerbaijani {
namespace {

constexpr std::size_t kShortestPossessed = 3;  // letters before -gil: atam, Əli

/// The ablative and the persons after it, back and front (Bakı-dan-am, Gəncə-dən-əm).
struct AblativePerson {
  std::u32string_view ablative;
  std::array<std::u32string_view, 4> persons;
};
constexpr std::array<AblativePerson, 2> kAblativePersons = {
    AblativePerson{U"dan", {U"am", U"ıq", U"san", U"sınız"}},
    AblativePerson{U"dən", {U"əm", U"ik", U"sən", U"siniz"}}};

}  // namespace

bool drop_family_gil(std::u32string& word) {
  static constexpr std::u32string_view kCases[] = {U"", U"ə", U"də", U"dən", U"in", U"i"};
  for (std::u32string_view case_ending : kCases) {
    const std::size_t suffix = 3 + case_ending.size();  // gil + case
    if (word.size() < kShortestPossessed + suffix) continue;
    const std::u32string_view rest = std::u32string_view(word).substr(word.size() - suffix);
    if (!rest.starts_with(U"gil") || rest.substr(3) != case_ending) continue;
    const char32_t before = word[word.size() - suffix - 1];
    if (!is_vowel(before) && before != U'm' && before != U'n' && before != U'z') continue;  // a possessive or a name
    word.resize(word.size() - suffix);
    return true;
  }
  return false;
}

void drop_person_after_ablative(std::u32string& word) {
  constexpr std::size_t kShortestBase = 3;  // letters before the ablative
  for (const AblativePerson& form : kAblativePersons) {
    for (std::u32string_view person : form.persons) {
      const std::size_t base = word.size() - std::min(word.size(), form.ablative.size() + person.size());
      if (base < kShortestBase || !std::u32string_view(word).ends_with(person)) continue;
      if (std::u32string_view(word).substr(base, form.ablative.size()) != form.ablative) continue;
      word.resize(word.size() - person.size());
      return;
    }
  }
}

bool is_form_of_deyil(std::u32string_view word) {
  return word.starts_with(U"deyil") || word == U"döyül";  // döyül: as spoken in the west and south
}

std::size_t listed_verb_before_contracted_aorist(std::u32string_view word) {
  constexpr std::size_t kTail = 3;  // the doubled consonant and -Am: gəl-ləm, göndər-rəm
  if (word.size() < kTail + 2 || (word.back() != U'm')) return 0;
  const char32_t doubled = word[word.size() - kTail];
  const char32_t vowel = word[word.size() - 2];
  if ((doubled != U'l' && doubled != U'r') || word[word.size() - kTail - 1] != doubled) return 0;
  if (vowel != U'a' && vowel != U'ə') return 0;
  const std::u32string_view verb = word.substr(0, word.size() - kTail);
  return is_listed_common_verb(verb) && harmonises(verb, word.substr(word.size() - 2, 1)) ? verb.size() : 0;
}

namespace {

/// Index of the first letter after `word`'s first vowel (its size when it has none).
std::size_t after_first_vowel(std::u32string_view word) {
  const auto vowel = std::find_if(word.begin(), word.end(), is_vowel);
  return vowel == word.end() ? word.size() : static_cast<std::size_t>(vowel - word.begin()) + 1;
}

}  // namespace

std::u32string spelling_without_impossibility(std::u32string_view word) {
  constexpr std::size_t kShortestStem = 3;  // yat-amma-dım
  for (std::size_t at = kShortestStem; at + 4 <= word.size(); ++at) {
    const char32_t vowel = word[at];
    if ((vowel != U'a' && vowel != U'ə') || word[at + 1] != U'm' || word[at + 2] != U'm') continue;
    const char32_t after = word[at + 3];
    if (!is_vowel(after) || is_vowel(word[at - 1]) || !harmonises(word.substr(0, at), word.substr(at, 1))) continue;
    std::u32string respelled(word.substr(0, at));
    respelled.append(word.substr(at + 2));
    return respelled;
  }
  return {};
}

void respell_plural_after_n(std::u32string& word) {
  for (std::u32string_view plural : {std::u32string_view(U"nnar"), std::u32string_view(U"nnər")}) {
    const std::size_t at = word.rfind(plural);
    if (at == std::u32string::npos || at < 2 || !is_vowel(word[at - 1])) continue;
    word[at + 1] = U'l';  // maşın-nar → maşın-lar
    return;
  }
}

void write_later_e_as_schwa(std::u32string& word) {
  const std::size_t later = after_first_vowel(word);
  std::replace(word.begin() + static_cast<std::ptrdiff_t>(later), word.end(), U'e', U'ə');
}

namespace {

/// Whether `stem`, ending in a or ə, is a verb stem that may narrow that vowel before y: a listed
/// verb (istə, oyna, de), a verb in -lA (gözlə, başla) or a negative in -mA (gəlmə, olma).
bool narrows_before_y(std::u32string_view stem) {
  if (is_listed_common_verb(stem) || is_derived_verb_in_la(stem)) return true;
  const bool negative = stem.size() >= 4 && stem[stem.size() - 2] == U'm';
  return negative && std::any_of(stem.begin(), stem.end() - 2, is_vowel);
}

/// Whether `tail`, what follows the y, is a case or a possessive (-I, -In, -Im, -ImIz, -InIz, -A) that
/// a noun in -lIK takes after its softened k (təhlükəsizliy-in, rəhbərliy-ə), not a verb ending.
bool is_noun_tail_after_lik(std::u32string_view tail) {
  if (tail.size() == 1) return true;  // -I, -A
  if (!is_narrow_vowel(tail[0])) return false;
  const std::u32string_view rest = tail.substr(1);
  return rest == U"n" || rest == U"m" || rest.ends_with(U"z");
}

char32_t unrounded(char32_t vowel) {
  if (vowel == U'u') return U'ı';
  if (vowel == U'ü') return U'i';
  return vowel;
}

}  // namespace

std::u32string standard_spelling_of_narrowed_vowel(std::u32string_view word) {
  constexpr std::size_t kShortestStem = 2;  // di-yir: de
  for (std::size_t at = word.size() < 3 ? 0 : word.size() - 3; at + 1 >= kShortestStem; --at) {
    if (!is_narrow_vowel(word[at]) || word[at + 1] != U'y' || !is_vowel(word[at + 2])) continue;
    std::u32string stem(word.substr(0, at));
    stem.push_back(is_back_vowel(word[at]) ? U'a' : U'ə');
    if (at == 1 && !is_back_vowel(word[at])) stem.back() = U'e';  // di-yir, yi-yir: de-, ye-
    const std::u32string_view before(word.substr(0, at));
    const bool harmonic = std::none_of(before.begin(), before.end(), is_vowel) || harmonises(before, stem.substr(at));
    if (!harmonic || !narrows_before_y(stem)) continue;
    const bool after_l = word[at - 1] == U'l' && !is_listed_common_verb(stem);
    if (after_l && is_noun_tail_after_lik(word.substr(at + 2))) continue;  // rəhbərliyə, not rəhbərlə-yə
    std::u32string respelled = stem;
    for (std::size_t i = at + 1; i < word.size(); ++i) respelled.push_back(unrounded(word[i]));
    return respelled;
  }
  return {};
}

}  // namespace liaison::azerbaijani

#include "core/analysis/azerbaijani_spoken.h"

#include <algorithm>
#include <array>

#include "core/analysis/azerbaijani_letters.h"

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
  return word.starts_with(U"deyil");
}

}  // namespace liaison::azerbaijani

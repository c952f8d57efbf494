#pragma once
#include <unicode/umachine.h>

#include <cstddef>
#include <cstdint>

#include "core/lang/language.h"

namespace liaison {

/// The scripts Liaison tells apart; Other covers every other script and non-letters.
enum class Script { Latin, Cyrillic, Armenian, Other };

/// Script of a letter (Latin, Cyrillic, Armenian), Other for anything that is not a letter
/// of those scripts (digits, marks, punctuation, Greek, …).
Script script_of_letter(UChar32 c);

/// True for Cyrillic ә/Ә (U+04D9/U+04D8), the usual mistyping of the Azerbaijani ə.
inline bool is_cyrillic_schwa(UChar32 c) {
  return c == 0x04D9 || c == 0x04D8;
}

/// Letters of one word counted by script. Cyrillic ә is counted apart: inside a Latin word it
/// is a mistyped Azerbaijani ə, in a Cyrillic word it is Cyrillic. The Armenian marks ՚ ՛ ՜ ՝ ՞
/// (U+055A–U+055E), written inside words, count as Armenian letters.
struct LetterCounts {
  std::size_t latin = 0;
  std::size_t cyrillic = 0;  ///< Cyrillic letters other than ә/Ә
  std::size_t cyrillic_schwa = 0;
  std::size_t armenian = 0;
  /// The languages whose own letters (DetectionCues::own_letters) the word holds, as bits
  /// (languages_owning_letter).
  std::uint32_t owning_languages = 0;

  void add(UChar32 c);
  std::size_t letters() const { return latin + cyrillic + cyrillic_schwa + armenian; }
  /// The script the word is written in: the one with most letters (ә counting as Latin when
  /// the word has Latin letters), Other when the word has no letters of the three scripts.
  Script dominant_script() const;
  /// The language of the word's dominant script whose own letters the word holds (a Latin word
  /// with ə, ı, İ or a Cyrillic ә: only Azerbaijani spells it so); Unknown when none.
  Language own_letters_language() const;
};

}  // namespace liaison

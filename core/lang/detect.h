#pragma once
#include <string_view>
#include <vector>

#include "core/lang/language.h"

namespace liaison {

/// The language of a passage: the dominant script first (Armenian → hy, Cyrillic → ru), then,
/// among the languages of that script, the one with most cues in the profiles' DetectionCues
/// (for Latin text, Azerbaijani letters ə ı ğ ş ç ö ü, Cyrillic ә, and common words tell az from
/// en), the script's default language on a tie. Unknown when the text has no letters. Total:
/// any bytes are accepted.
Language detect_language(std::string_view utf8);

/// The languages whose alphabet a single word is written in (languages_of_script): Latin →
/// {en, az}, Cyrillic → {ru}, Armenian → {hy}; {} for words without letters or in other scripts.
/// A word holding a language's own letters (DetectionCues::own_letters: a Latin word with ə, ı,
/// Cyrillic ә) gives that language alone: {az}.
std::vector<Language> languages_of_word(std::string_view utf8_word);

}  // namespace liaison

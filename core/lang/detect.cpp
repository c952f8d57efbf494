#include "core/lang/detect.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <string>

#include "core/lang/profile.h"
#include "core/lang/script.h"

namespace liaison {
namespace {

/// Counts per language, indexed by Language (kLanguages order).
using PerLanguage = std::array<std::size_t, kLanguages.size()>;

std::size_t index_of(Language language) {
  return static_cast<std::size_t>(language);
}

bool is_common_word(const DetectionCues& cues, std::string_view word) {
  return std::find(cues.common_words.begin(), cues.common_words.end(), word) != cues.common_words.end();
}

/// Adds one to each language that lists `c` among its typical letters.
void count_typical_letter(UChar32 c, PerLanguage& counts) {
  // No profile lists an ASCII letter so far: skip the lookups for most of English text.
  static const bool ascii_cues = std::any_of(kLanguages.begin(), kLanguages.end(), [](Language language) {
    const std::u32string_view letters = profile_of(language).detection.typical_letters;
    return std::any_of(letters.begin(), letters.end(), [](char32_t letter) { return letter < 0x80; });
  });
  if (c < 0x80 && !ascii_cues) return;
  for (Language language : kLanguages) {
    if (profile_of(language).detection.typical_letters.find(static_cast<char32_t>(c)) != std::u32string_view::npos)
      ++counts[index_of(language)];
  }
}

/// Letters of a word, plus its lowercase form when it is short enough to be a common word.
struct Word {
  LetterCounts counts;
  PerLanguage typical_letters{};
  std::size_t code_points = 0;
  std::string lower;  // reused between words
};

/// Totals over the passage: letters per script, cues per language (for the languages of the
/// script each word is written in).
struct Evidence {
  std::size_t latin = 0, cyrillic = 0, armenian = 0;
  PerLanguage cues{};

  void add(const Word& word) {
    const Script script = word.counts.dominant_script();
    switch (script) {
      case Script::Armenian:
        armenian += word.counts.letters();
        break;
      case Script::Cyrillic:
        cyrillic += word.counts.letters();
        break;
      case Script::Latin:
        latin += word.counts.letters();
        break;
      case Script::Other:
        return;
    }
    for (Language language : languages_of_script(script)) {
      cues[index_of(language)] += word.typical_letters[index_of(language)];
      if (is_common_word(profile_of(language).detection, word.lower)) ++cues[index_of(language)];
    }
  }

  /// The language of `script` with most cues; the script's default language unless another
  /// has more.
  Language best_of(Script script) const {
    Language best = language_of_script(script);
    for (Language language : languages_of_script(script)) {
      if (cues[index_of(language)] > cues[index_of(best)]) best = language;
    }
    return best;
  }

  Language verdict() const {
    if (armenian == 0 && cyrillic == 0 && latin == 0) return Language::Unknown;
    if (armenian >= cyrillic && armenian >= latin) return best_of(Script::Armenian);
    if (cyrillic >= latin) return best_of(Script::Cyrillic);
    return best_of(Script::Latin);
  }
};

bool is_word_part(UChar32 c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  return u_isalpha(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0;
}

void append_lower(std::string& out, UChar32 c) {
  const UChar32 lower = u_tolower(c);  // simple mapping: İ → i, I → i
  char buffer[U8_MAX_LENGTH];
  std::int32_t length = 0;
  UBool error = false;
  U8_APPEND(buffer, length, U8_MAX_LENGTH, lower, error);
  if (!error) out.append(buffer, static_cast<std::size_t>(length));
}

/// Reads words (runs of letters and marks) and feeds each to `evidence`.
void collect(std::string_view utf8, Evidence& evidence) {
  Word word;
  const auto finish_word = [&] {
    if (word.code_points > kLongestCueWord) word.lower.clear();
    if (word.counts.letters() > 0) evidence.add(word);
    word.counts = {};
    word.typical_letters = {};
    word.code_points = 0;
    word.lower.clear();
  };
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(utf8.data());
  const auto length = static_cast<std::int32_t>(std::min<std::size_t>(utf8.size(), INT32_MAX));
  std::int32_t pos = 0;
  while (pos < length) {
    UChar32 c = 0;
    U8_NEXT(bytes, pos, length, c);
    if (c < 0 || !is_word_part(c)) {
      finish_word();
      continue;
    }
    word.counts.add(c);
    count_typical_letter(c, word.typical_letters);
    if (++word.code_points <= kLongestCueWord) append_lower(word.lower, c);
  }
  finish_word();
}

}  // namespace

Language detect_language(std::string_view utf8) {
  Evidence evidence;
  collect(utf8, evidence);
  return evidence.verdict();
}

std::vector<Language> languages_of_word(std::string_view utf8_word) {
  LetterCounts counts;
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(utf8_word.data());
  const auto length = static_cast<std::int32_t>(std::min<std::size_t>(utf8_word.size(), INT32_MAX));
  std::int32_t pos = 0;
  while (pos < length) {
    UChar32 c = 0;
    U8_NEXT(bytes, pos, length, c);
    if (c >= 0) counts.add(c);
  }
  if (const Language owner = counts.own_letters_language(); owner != Language::Unknown) return {owner};
  const std::vector<Language>& languages = languages_of_script(counts.dominant_script());
  return {languages.begin(), languages.end()};
}

}  // namespace liaison

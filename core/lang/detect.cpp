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

// Short function words that are frequent in one language and rare in the other; compared
// with the lowercased word.
constexpr std::array<std::string_view, 14> kAzerbaijaniWords = {
    "və", "ilə", "bu", "üçün", "ki", "da", "də", "olan", "isə", "bir", "olaraq", "bütün", "həm", "ya"};
constexpr std::array<std::string_view, 12> kEnglishWords = {"the",  "and", "of",   "to", "in",  "is",
                                                            "that", "for", "with", "on", "are", "by"};
// Signal words are short: longer words are not lowercased at all.
constexpr std::size_t kLongestSignalWord = 6;

bool contains(auto const& words, std::string_view word) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

/// Letters of a word, plus its lowercase form when it is short enough to be a signal word.
struct Word {
  LetterCounts counts;
  std::size_t azerbaijani_letters = 0;
  std::size_t code_points = 0;
  std::string lower;  // reused between words
};

/// Totals over the passage.
struct Evidence {
  std::size_t latin = 0, cyrillic = 0, armenian = 0;
  std::size_t azerbaijani = 0, english = 0;

  void add(const Word& word) {
    switch (word.counts.dominant_script()) {
      case Script::Armenian:
        armenian += word.counts.letters();
        break;
      case Script::Cyrillic:
        cyrillic += word.counts.letters();
        break;
      case Script::Latin:
        latin += word.counts.letters();
        azerbaijani += word.azerbaijani_letters;
        if (contains(kAzerbaijaniWords, word.lower)) ++azerbaijani;
        if (contains(kEnglishWords, word.lower)) ++english;
        break;
      case Script::Other:
        break;
    }
  }

  Language verdict() const {
    if (armenian == 0 && cyrillic == 0 && latin == 0) return Language::Unknown;
    if (armenian >= cyrillic && armenian >= latin) return language_of_script(Script::Armenian);
    if (cyrillic >= latin) return language_of_script(Script::Cyrillic);
    return azerbaijani > english ? Language::Azerbaijani : language_of_script(Script::Latin);
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
    if (word.code_points > kLongestSignalWord) word.lower.clear();
    if (word.counts.letters() > 0) evidence.add(word);
    word.counts = {};
    word.azerbaijani_letters = 0;
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
    if (is_azerbaijani_letter(c)) ++word.azerbaijani_letters;
    if (++word.code_points <= kLongestSignalWord) append_lower(word.lower, c);
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
  if (counts.is_azerbaijani_word()) return {Language::Azerbaijani};
  const std::vector<Language>& languages = languages_of_script(counts.dominant_script());
  return {languages.begin(), languages.end()};
}

}  // namespace liaison

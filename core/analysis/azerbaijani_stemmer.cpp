#include "core/analysis/azerbaijani_stemmer.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <climits>
#include <span>

namespace liaison {
namespace {

/// Where a suffix may follow: its buffer consonant (-n-, -y-, -s-) follows a vowel, its
/// initial vowel follows a consonant.
enum class Attach { Any, AfterVowel, AfterConsonant };

struct Suffix {
  std::u32string_view text;
  Attach attach;
};

// Each slot lists its suffixes longest first: the first one that may be stripped is.
constexpr std::array kCopula = {Suffix{U"dır", Attach::Any}, Suffix{U"dir", Attach::Any},
                                Suffix{U"dur", Attach::Any}, Suffix{U"dür", Attach::Any}};

constexpr std::array kCase = {
    Suffix{U"ndakı", Attach::AfterVowel}, Suffix{U"ndəki", Attach::AfterVowel},
    Suffix{U"ndan", Attach::AfterVowel}, Suffix{U"ndən", Attach::AfterVowel}, Suffix{U"dakı", Attach::Any},
    Suffix{U"dəki", Attach::Any}, Suffix{U"nda", Attach::AfterVowel}, Suffix{U"ndə", Attach::AfterVowel},
    Suffix{U"dan", Attach::Any}, Suffix{U"dən", Attach::Any}, Suffix{U"nın", Attach::AfterVowel},
    Suffix{U"nin", Attach::AfterVowel}, Suffix{U"nun", Attach::AfterVowel},
    Suffix{U"nün", Attach::AfterVowel}, Suffix{U"yla", Attach::AfterVowel},
    Suffix{U"ylə", Attach::AfterVowel}, Suffix{U"da", Attach::Any}, Suffix{U"də", Attach::Any},
    Suffix{U"ın", Attach::AfterConsonant}, Suffix{U"in", Attach::AfterConsonant},
    Suffix{U"un", Attach::AfterConsonant}, Suffix{U"ün", Attach::AfterConsonant},
    Suffix{U"ya", Attach::AfterVowel}, Suffix{U"yə", Attach::AfterVowel}, Suffix{U"na", Attach::AfterVowel},
    Suffix{U"nə", Attach::AfterVowel}, Suffix{U"nı", Attach::AfterVowel}, Suffix{U"ni", Attach::AfterVowel},
    Suffix{U"nu", Attach::AfterVowel}, Suffix{U"nü", Attach::AfterVowel},
    Suffix{U"la", Attach::AfterConsonant}, Suffix{U"lə", Attach::AfterConsonant},
    // A bare accusative -ı -i -u -ü is left to the possessive slot, which strips the same
    // letters after a consonant but prefers the 3rd-person -sı after a vowel.
    Suffix{U"a", Attach::AfterConsonant}, Suffix{U"ə", Attach::AfterConsonant}};

constexpr std::array kPossessive = {Suffix{U"ımız", Attach::AfterConsonant},
                                    Suffix{U"imiz", Attach::AfterConsonant},
                                    Suffix{U"umuz", Attach::AfterConsonant},
                                    Suffix{U"ümüz", Attach::AfterConsonant},
                                    Suffix{U"ınız", Attach::AfterConsonant},
                                    Suffix{U"iniz", Attach::AfterConsonant},
                                    Suffix{U"unuz", Attach::AfterConsonant},
                                    Suffix{U"ünüz", Attach::AfterConsonant},
                                    Suffix{U"ları", Attach::Any},
                                    Suffix{U"ləri", Attach::Any},
                                    Suffix{U"mız", Attach::AfterVowel},
                                    Suffix{U"miz", Attach::AfterVowel},
                                    Suffix{U"muz", Attach::AfterVowel},
                                    Suffix{U"müz", Attach::AfterVowel},
                                    Suffix{U"nız", Attach::AfterVowel},
                                    Suffix{U"niz", Attach::AfterVowel},
                                    Suffix{U"nuz", Attach::AfterVowel},
                                    Suffix{U"nüz", Attach::AfterVowel},
                                    Suffix{U"ım", Attach::AfterConsonant},
                                    Suffix{U"im", Attach::AfterConsonant},
                                    Suffix{U"um", Attach::AfterConsonant},
                                    Suffix{U"üm", Attach::AfterConsonant},
                                    Suffix{U"ın", Attach::AfterConsonant},
                                    Suffix{U"in", Attach::AfterConsonant},
                                    Suffix{U"un", Attach::AfterConsonant},
                                    Suffix{U"ün", Attach::AfterConsonant},
                                    Suffix{U"sı", Attach::AfterVowel},
                                    Suffix{U"si", Attach::AfterVowel},
                                    Suffix{U"su", Attach::AfterVowel},
                                    Suffix{U"sü", Attach::AfterVowel},
                                    Suffix{U"ı", Attach::AfterConsonant},
                                    Suffix{U"i", Attach::AfterConsonant},
                                    Suffix{U"u", Attach::AfterConsonant},
                                    Suffix{U"ü", Attach::AfterConsonant}};

constexpr std::array kPlural = {Suffix{U"lar", Attach::Any}, Suffix{U"lər", Attach::Any}};

constexpr std::array kBareVowel = {
    Suffix{U"a", Attach::AfterConsonant}, Suffix{U"ə", Attach::AfterConsonant},
    Suffix{U"ı", Attach::AfterConsonant}, Suffix{U"i", Attach::AfterConsonant},
    Suffix{U"u", Attach::AfterConsonant}, Suffix{U"ü", Attach::AfterConsonant}};

// Vowel-final roots frequent in the peace-process texts: stripping stops when one is reached,
// and a suffix that leaves one is preferred.
constexpr std::array<std::u32string_view, 36> kVowelFinalRoots = {
    U"müqavilə",    U"məsələ", U"ölkə",          U"ailə",         U"layihə",  U"nümayəndə",
    U"sülhməramlı", U"sahə",   U"erməni",        U"azərbaycanlı", U"bakı",    U"gəncə",
    U"şuşa",        U"xocalı", U"şəki",          U"füzuli",       U"türkiyə", U"avropa",
    U"amerika",     U"moskva", U"soçi",          U"qala",         U"dünya",   U"rusiya",
    U"nəticə",      U"icma",   U"tələbə",        U"platforma",    U"media",   U"zona",
    U"mina",        U"bölgə",  U"minatəmizləmə", U"birgə",        U"ağdərə",  U"xankəndi"};

constexpr std::size_t kMinimumStemLetters = 3;
// A suffix of one vowel goes only from longer words: bakı, ölkə, suda keep theirs.
constexpr std::size_t kMinimumStemLettersBeforeVowelSuffix = 4;

bool is_back_vowel(char32_t c) {
  return c == U'a' || c == U'ı' || c == U'o' || c == U'u';
}
bool is_front_vowel(char32_t c) {
  return c == U'e' || c == U'ə' || c == U'i' || c == U'ö' || c == U'ü';
}
bool is_vowel(char32_t c) {
  return is_back_vowel(c) || is_front_vowel(c);
}

/// Vowel harmony: the suffix's vowels and the stem's last vowel are both back or both front.
bool harmonises(std::u32string_view stem, std::u32string_view suffix) {
  const auto suffix_vowel = std::find_if(suffix.begin(), suffix.end(), is_vowel);
  if (suffix_vowel == suffix.end()) return true;
  const auto stem_vowel = std::find_if(stem.rbegin(), stem.rend(), is_vowel);
  if (stem_vowel == stem.rend()) return false;
  return is_back_vowel(*suffix_vowel) == is_back_vowel(*stem_vowel);
}

bool may_strip(std::u32string_view word, const Suffix& suffix) {
  if (!word.ends_with(suffix.text)) return false;
  const std::u32string_view stem = word.substr(0, word.size() - suffix.text.size());
  const std::size_t minimum_letters =
      suffix.text.size() == 1 ? kMinimumStemLettersBeforeVowelSuffix : kMinimumStemLetters;
  if (stem.size() < minimum_letters || std::none_of(stem.begin(), stem.end(), is_vowel)) {
    return false;
  }
  if (suffix.attach == Attach::AfterVowel && !is_vowel(stem.back())) return false;
  if (suffix.attach == Attach::AfterConsonant && is_vowel(stem.back())) return false;
  return harmonises(stem, suffix.text);
}

bool is_vowel_final_root(std::u32string_view word) {
  if (word.empty() || !is_vowel(word.back())) return false;  // cheap rejection of most words
  return std::find(kVowelFinalRoots.begin(), kVowelFinalRoots.end(), word) != kVowelFinalRoots.end();
}

/// A case form with the buffer -n- (-nın, -nı, -na, -nda, -ndan) follows a 3rd-person
/// possessive (-sı, -ları) or a vowel-final noun; read after any other vowel it would cut the
/// n of the far more common n-final roots (Azərbaycanın = Azərbaycan + ın, not Azərbayca + nın).
/// Vowel-final loanwords in -iya/-iyə (Rusiya, Türkiyə) take it too.
bool takes_buffer_n(std::u32string_view stem) {
  for (std::u32string_view ending : {U"sı", U"si", U"su", U"sü", U"ları", U"ləri", U"iya", U"iyə"}) {
    if (stem.ends_with(ending)) return true;
  }
  return is_vowel_final_root(stem);
}

/// Length of the suffix of `slot` to strip from `word`, 0 for none. A suffix that leaves a
/// known vowel-final root wins; otherwise the first (longest) one that may be stripped.
std::size_t suffix_to_strip(std::u32string_view word, std::span<const Suffix> slot) {
  std::size_t chosen = 0;
  if (word.empty()) return chosen;
  for (const Suffix& suffix : slot) {
    if (suffix.text.back() != word.back() || !may_strip(word, suffix)) continue;
    const std::u32string_view stem = word.substr(0, word.size() - suffix.text.size());
    if (is_vowel_final_root(stem)) return suffix.text.size();
    const bool buffer_n = suffix.attach == Attach::AfterVowel && suffix.text.front() == U'n';
    if (buffer_n && !takes_buffer_n(stem)) continue;
    if (chosen == 0) chosen = suffix.text.size();
  }
  return chosen;
}

std::u32string decode(std::string_view utf8) {
  std::u32string word;
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(utf8.data());
  const auto length = static_cast<std::int32_t>(std::min<std::size_t>(utf8.size(), INT32_MAX));
  for (std::int32_t pos = 0; pos < length;) {
    UChar32 c = 0;
    U8_NEXT(bytes, pos, length, c);
    word.push_back(c < 0 ? U'\uFFFD' : static_cast<char32_t>(c));
  }
  return word;
}

std::string encode(std::u32string_view word) {
  std::string utf8;
  utf8.reserve(word.size() * 2);
  for (char32_t c : word) {
    char buffer[U8_MAX_LENGTH];
    std::int32_t length = 0;
    UBool error = false;
    U8_APPEND(buffer, length, U8_MAX_LENGTH, static_cast<UChar32>(c), error);
    if (!error) utf8.append(buffer, static_cast<std::size_t>(length));
  }
  return utf8;
}

}  // namespace

std::string stem_azerbaijani(std::string_view term) {
  std::u32string word = decode(term);
  // Proper nouns may take their suffixes after an apostrophe: Qarabağ'ın, Bakı'da.
  if (const auto apostrophe = word.find(U'\''); apostrophe != std::u32string::npos && apostrophe > 0) {
    word.resize(apostrophe);
  }
  const std::array<std::span<const Suffix>, 5> slots = {kCopula, kCase, kPossessive, kPlural, kBareVowel};
  for (std::span<const Suffix> slot : slots) {
    if (is_vowel_final_root(word)) break;
    word.resize(word.size() - suffix_to_strip(word, slot));
  }
  return encode(word);
}

}  // namespace liaison

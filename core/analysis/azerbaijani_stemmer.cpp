#include "core/analysis/azerbaijani_stemmer.h"

#include <algorithm>
#include <array>
#include <climits>
#include <span>

#include "core/analysis/utf32.h"

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

// Verb forms frequent in news, after the plural (imzalayıblar → imzalayıb → imzala): perfect -ıb
// (-yıb after a vowel), evidential -mış, future -acaq, necessity -malı, infinitive -maq, past
// -dı. Present -ır and participle -an are left alone: nazir, Ermənistan end the same way.
constexpr std::array kVerb = {
    Suffix{U"yacaq", Attach::AfterVowel},     Suffix{U"yəcək", Attach::AfterVowel},
    Suffix{U"acaq", Attach::AfterConsonant},  Suffix{U"əcək", Attach::AfterConsonant},
    Suffix{U"malı", Attach::Any},             Suffix{U"məli", Attach::Any},
    Suffix{U"yıb", Attach::AfterVowel},       Suffix{U"yib", Attach::AfterVowel},
    Suffix{U"yub", Attach::AfterVowel},       Suffix{U"yüb", Attach::AfterVowel},
    Suffix{U"mış", Attach::Any},              Suffix{U"miş", Attach::Any},
    Suffix{U"muş", Attach::Any},              Suffix{U"müş", Attach::Any},
    Suffix{U"maq", Attach::Any},              Suffix{U"mək", Attach::Any},
    Suffix{U"ıb", Attach::AfterConsonant},    Suffix{U"ib", Attach::AfterConsonant},
    Suffix{U"ub", Attach::AfterConsonant},    Suffix{U"üb", Attach::AfterConsonant},
    Suffix{U"dı", Attach::Any},               Suffix{U"di", Attach::Any},
    Suffix{U"du", Attach::Any},               Suffix{U"dü", Attach::Any}};

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

/// Length of the suffix of `slot` to strip from `word`, 0 for none. A suffix that leaves a
/// known vowel-final root wins; otherwise the first (longest) one that may be stripped.
std::size_t suffix_to_strip(std::u32string_view word, std::span<const Suffix> slot) {
  std::size_t chosen = 0;
  if (word.empty()) return chosen;
  for (const Suffix& suffix : slot) {
    if (suffix.text.back() != word.back() || !may_strip(word, suffix)) continue;
    const std::u32string_view stem = word.substr(0, word.size() - suffix.text.size());
    if (is_vowel_final_root(stem)) return suffix.text.size();
    // -ya/-yə after i is the end of a loanword (Rusiya, tövsiyə), whose dative is -iyaya.
    if (suffix.text.front() == U'y' && suffix.text.size() == 2 && stem.back() == U'i') continue;
    if (chosen == 0) chosen = suffix.text.size();
  }
  return chosen;
}

/// A final n or s after a vowel is a buffer consonant in one reading and part of the root in
/// another (Azərbaycan+ın or Azərbayca+nın; proses+i or prose+si): dropped from every word long
/// enough, both readings give one stem.
void drop_buffer_consonant(std::u32string& word) {
  if (word.size() >= 5 && (word.back() == U'n' || word.back() == U's') && is_vowel(word[word.size() - 2])) {
    word.pop_back();
  }
}

/// Root-final consonants change before a vowel (dəstək → dəstəyi, azadlıq → azadlığı) and a
/// doubled one loses a letter before a consonant (xətt, xətlər): each stem ends the one way.
void meet_consonant_alternations(std::u32string& word) {
  const bool after_vowel = word.size() >= 4 && is_vowel(word[word.size() - 2]);
  if (after_vowel && word.back() == U'y') word.back() = U'k';
  if (after_vowel && word.back() == U'q') word.back() = U'ğ';
  if (word.size() >= 4 && word.back() == word[word.size() - 2] && !is_vowel(word.back())) word.pop_back();
}

}  // namespace

std::string stem_azerbaijani(std::string_view term) {
  std::u32string word = utf32::decode(term);
  // Proper nouns may take their suffixes after an apostrophe: Qarabağ'ın, Bakı'da.
  if (const auto apostrophe = word.find(U'\''); apostrophe != std::u32string::npos && apostrophe > 0) {
    word.resize(apostrophe);
  }
  const std::array<std::span<const Suffix>, 5> slots = {kCopula, kCase, kPossessive, kPlural, kVerb};
  for (std::span<const Suffix> slot : slots) {
    if (is_vowel_final_root(word)) return utf32::encode(word);
    word.resize(word.size() - suffix_to_strip(word, slot));
  }
  if (is_vowel_final_root(word)) return utf32::encode(word);
  drop_buffer_consonant(word);
  if (is_vowel_final_root(word)) return utf32::encode(word);
  word.resize(word.size() - suffix_to_strip(word, kBareVowel));
  meet_consonant_alternations(word);
  return utf32::encode(word);
}

}  // namespace liaison

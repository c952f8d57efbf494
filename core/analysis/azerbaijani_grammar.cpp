#include "core/analysis/azerbaijani_grammar.h"

#include <algorithm>
#include <iterator>

#include "core/analysis/azerbaijani_letters.h"
#include "core/analysis/azerbaijani_lists.h"
#include "core/analysis/azerbaijani_verbs.h"

namespace liaison::azerbaijani {
namespace {

constexpr std::size_t kShortestRepeatedHalf = 2;  // ye-ye, de-de
constexpr std::size_t kShortestCopulaHost = 3;    // letters before the copula: evdə-dir-sə
constexpr std::size_t kLongestFormOfSu = 8;        // suyundan
constexpr std::size_t kShortestNounBeforeDir = 6;  // consonant-final: mövcud-dur-sa; sevin-dir-sə is a verb's

// The copula endings the conditional -sA is written on after (ev-də-dir-sə, yorğun-san-sa).
constexpr std::u32string_view kCopulaBeforeConditional[] = {U"dır", U"dir", U"dur", U"dür", U"san", U"sən",
                                                            U"sınız", U"siniz", U"sunuz", U"sünüz"};

// Causatives with a sense of their own: they keep their stem (bildirdi, he announced, is not bildi).
constexpr std::u32string_view kLexicalCausatives[] = {U"bildir", U"qaldır", U"oldur", U"işlət", U"başlat",
                                                      U"anlat", U"yaşat", U"tanıt"};

// Common consonant-final verbs besides the listed ones whose causative takes -dIr (yazdır, güldür,
// tikdir, kəsdir); they are not listed for the aorist, since yazar, gülər, kəsər are words too.
constexpr std::u32string_view kCausativeBases[] = {U"yaz", U"gül", U"tik", U"kəs"};

constexpr std::size_t kShortestBaseBeforeT = 3;  // oxu-t, ağla-t

bool takes_causative_dir(std::u32string_view base) {
  if (base.size() < kMinimumVerbStemLetters || !is_listed_common_verb(base)) {
    return std::find(std::begin(kCausativeBases), std::end(kCausativeBases), base) != std::end(kCausativeBases);
  }
  return !is_vowel(base.back()) || base.size() == kMinimumVerbStemLetters;  // ye-dir, de-dir
}

}  // namespace

void drop_causative(std::u32string& stem) {
  if (std::find(std::begin(kLexicalCausatives), std::end(kLexicalCausatives), stem) != std::end(kLexicalCausatives)) {
    return;
  }
  constexpr std::size_t kDir = 3;
  if (stem.size() > kDir && stem[stem.size() - 3] == U'd' && is_narrow_vowel(stem[stem.size() - 2]) &&
      stem.back() == U'r') {
    const std::u32string_view base = std::u32string_view(stem).substr(0, stem.size() - kDir);
    if (harmonises(base, std::u32string_view(stem).substr(base.size())) && takes_causative_dir(base)) {
      stem.resize(base.size());
    }
    return;
  }
  if (stem.size() <= kShortestBaseBeforeT || stem.back() != U't') return;
  const std::u32string_view base = std::u32string_view(stem).substr(0, stem.size() - 1);
  if (is_vowel(base.back()) && (is_listed_common_verb(base) || is_derived_verb_in_la(base))) stem.pop_back();
}

std::u32string_view reduplicated_half(std::u32string_view word) {
  const std::size_t hyphen = word.find(U'-');
  if (hyphen == std::u32string_view::npos || hyphen < kShortestRepeatedHalf) return {};
  const std::u32string_view first = word.substr(0, hyphen);
  return word.substr(hyphen + 1) == first ? first : std::u32string_view{};
}

void drop_conditional_after_copula(std::u32string& word) {
  constexpr std::size_t kConditional = 2;  // sa, sə
  if (word.size() < kConditional + kShortestCopulaHost + 3) return;
  const std::u32string_view conditional = std::u32string_view(word).substr(word.size() - kConditional);
  if (conditional != U"sa" && conditional != U"sə") return;
  const std::u32string_view host = std::u32string_view(word).substr(0, word.size() - kConditional);
  const auto copula_before = [host, conditional](std::u32string_view copula) {
    if (host.size() < copula.size() + kShortestCopulaHost || !host.ends_with(copula)) return false;
    const std::u32string_view noun = host.substr(0, host.size() - copula.size());
    // after a short consonant-final stem -dIr is the causative's (bil-dir-sə, yan-dır-sa), and
    // after the verbs made with -lAş, -(I)n (kənarlaş-dır-sa, sevin-dir-sə)
    const bool causative_host = noun.size() < kShortestNounBeforeDir || noun.back() == U'ş' || noun.back() == U'n';
    if (copula.front() == U'd' && !is_vowel(noun.back()) && causative_host) return false;
    return harmonises(copula, conditional);
  };
  if (std::any_of(std::begin(kCopulaBeforeConditional), std::end(kCopulaBeforeConditional), copula_before)) {
    word.resize(host.size());
  }
}

std::size_t kept_root_before_person(std::u32string_view word) {
  // and -sAn, which after a consonant the participle -An would take for its own (yorğuns-an)
  static constexpr std::u32string_view kPersons[] = {U"am", U"əm", U"ıq", U"ik", U"uq", U"ük", U"san", U"sən"};
  for (std::u32string_view person : kPersons) {
    if (word.size() <= person.size() || !word.ends_with(person)) continue;
    const std::u32string_view root = word.substr(0, word.size() - person.size());
    if (is_kept_root(root) && !is_vowel(root.back()) && harmonises(root, person)) return root.size();
  }
  return 0;
}

bool is_form_of_su(std::u32string_view word) {
  return word.starts_with(U"suyu") && word.size() <= kLongestFormOfSu;
}

}  // namespace liaison::azerbaijani

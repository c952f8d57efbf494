#include "core/analysis/normalizer.h"

#include <stdexcept>

#include "core/lang/profile.h"

namespace liaison {
namespace {

constexpr UChar kCapitalDottedI = 0x0130;
constexpr UChar kDotlessI = 0x0131;
constexpr UChar kCombiningDotAbove = 0x0307;

/// Turkic casing of I before the language-neutral case fold, which would turn İ into
/// i + U+0307 and I into i. İ → i everywhere ('İLHAM' → 'ilham' in any query); in a language
/// with dotless ı (Azerbaijani, LanguageProfile::dotless_i) I → ı, and I followed by a
/// combining dot above is a decomposed İ → i.
void map_turkic_i(icu::UnicodeString& word, Language language) {
  const bool dotless_i = profile_of(language).dotless_i;
  for (std::int32_t i = 0; i < word.length(); ++i) {
    const UChar c = word.charAt(i);
    if (c == kCapitalDottedI) {
      word.setCharAt(i, u'i');
    } else if (c == u'I' && dotless_i) {
      const bool dotted = i + 1 < word.length() && word.charAt(i + 1) == kCombiningDotAbove;
      if (dotted) word.remove(i + 1, 1);
      word.setCharAt(i, dotted ? u'i' : kDotlessI);
    }
  }
}

/// Removes a combining dot above that follows i: it only survives from a decomposed İ.
void drop_dot_above_i(icu::UnicodeString& word) {
  for (std::int32_t i = 1; i < word.length(); ++i) {
    if (word.charAt(i) == kCombiningDotAbove && word.charAt(i - 1) == u'i') word.remove(i--, 1);
  }
}

bool needs_turkic_mapping(const icu::UnicodeString& word, Language language) {
  if (word.indexOf(kCapitalDottedI) >= 0) return true;
  return profile_of(language).dotless_i && word.indexOf(u'I') >= 0;
}

}  // namespace

Normalizer::Normalizer() {
  UErrorCode status = U_ZERO_ERROR;
  nfkc_cf_ = icu::Normalizer2::getNFKCCasefoldInstance(status);
  if (U_FAILURE(status) || nfkc_cf_ == nullptr) {
    throw std::runtime_error("ICU nfkc_cf normaliser data is missing");
  }
}

void Normalizer::normalize(icu::UnicodeString& word, Language language) const {
  if (needs_turkic_mapping(word, language)) map_turkic_i(word, language);
  const icu::Normalizer2& nfkc_cf = *nfkc_cf_;
  UErrorCode status = U_ZERO_ERROR;
  const std::int32_t normal_prefix = nfkc_cf.spanQuickCheckYes(word, status);
  if (U_SUCCESS(status) && normal_prefix < word.length()) {
    thread_local icu::UnicodeString normalized;
    nfkc_cf.normalize(word, normalized, status);
    if (U_SUCCESS(status)) word.swap(normalized);  // both buffers stay for reuse
  }
  if (word.indexOf(kCombiningDotAbove) >= 0) drop_dot_above_i(word);
}

}  // namespace liaison

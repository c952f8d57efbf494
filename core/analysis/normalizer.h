#pragma once
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include "core/lang/language.h"

namespace liaison {

/// Normalises one word: NFKC with full case folding and removal of default-ignorables
/// (soft hyphen, zero-width joiners …), ICU "nfkc_cf". Casing of I is Turkic where it must be:
/// İ (U+0130) → i in every language (no i + U+0307 is left anywhere), and in Azerbaijani
/// (LanguageProfile::dotless_i) I → ı. Ligatures (ﬁ) and full-width letters come out as plain letters. Thread-safe.
class Normalizer {
 public:
  Normalizer();

  /// Normalises `word` in place for `language`.
  void normalize(icu::UnicodeString& word, Language language) const;

 private:
  const icu::Normalizer2* nfkc_cf_;  // owned by ICU
};

}  // namespace liaison

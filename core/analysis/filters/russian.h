#pragma once
#include "core/analysis/filter.h"

namespace liaison {

/// Russian: ё is usually written е, so ё → е (Ё is already ё after case folding); the
/// Russian Snowball stemmer also expects е.
class RussianYoFilter final : public Filter {
 public:
  bool applies_to(Language language) const override { return language == Language::Russian; }
  void apply(icu::UnicodeString& word) const override;
};

/// Russian: stress marks are not spelling. Removes the combining acute (U+0301) and grave
/// (U+0300), and undoes the precomposed ѐ and ѝ that NFKC builds from е, и + grave.
class RussianStressFilter final : public Filter {
 public:
  bool applies_to(Language language) const override { return language == Language::Russian; }
  void apply(icu::UnicodeString& word) const override;
};

}  // namespace liaison

#pragma once
#include "core/analysis/filter.h"

namespace liaison {

/// Armenian: the emphasis ՛ (U+055B), exclamation ՜ (U+055C), question ՞ (U+055E) marks and
/// the apostrophe ՚ (U+055A) are written inside words; the word is the same without them
/// (ինչո՞ւ → ինչու).
class ArmenianMarksFilter final : public Filter {
 public:
  bool applies_to(Language language) const override { return language == Language::Armenian; }
  void apply(icu::UnicodeString& word) const override;
};

/// Armenian: ե followed by վ becomes եւ, the form NFKC gives the ligature և. The ligature has
/// no capital: upper case writes it ԵՎ (Եվ at the start of a sentence), so after case folding
/// ԵՐԵՎԱՆ reads երեվան where Երևան reads երեւան. Case folding cannot tell that ԵՎ from a plain
/// ե + վ, and the title case Եվրոպա of the plain pair already folds to եվ, so every եվ is
/// rewritten: the two spellings sound alike ("ev") and no two words differ by them alone, while
/// Եվրոպա, ԵՎՐՈՊԱ and the classical Եւրոպա become one word.
class ArmenianYewFilter final : public Filter {
 public:
  bool applies_to(Language language) const override { return language == Language::Armenian; }
  void apply(icu::UnicodeString& word) const override;
};

}  // namespace liaison

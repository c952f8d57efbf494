#pragma once
#include "core/analysis/filter.h"

namespace liaison {

/// Armenian: the emphasis ՛ (U+055B), exclamation ՜ (U+055C), question ՞ (U+055E) marks and
/// the apostrophe ՚ (U+055A) are written inside words; the word is the same without them
/// (ինչո՞ւ → ինչու). The ligature և needs no rule: NFKC already spells it եւ.
class ArmenianMarksFilter final : public Filter {
 public:
  bool applies_to(Language language) const override { return language == Language::Armenian; }
  void apply(icu::UnicodeString& word) const override;
};

}  // namespace liaison

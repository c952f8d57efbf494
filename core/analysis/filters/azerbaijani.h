#pragma once
#include "core/analysis/filter.h"

namespace liaison {

/// Azerbaijani: ə (U+0259) is often typed as the Cyrillic ә (U+04D9) or as ä; both become ə
/// (their capitals are already small letters after case folding).
class AzerbaijaniSchwaFilter final : public Filter {
 public:
  bool applies_to(Language language) const override { return language == Language::Azerbaijani; }
  void apply(icu::UnicodeString& word) const override;
};

}  // namespace liaison

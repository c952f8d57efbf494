#pragma once
#include "core/analysis/filter.h"

namespace liaison {

/// All languages: the apostrophe shapes ’ ‘ ʼ ` ′ become the ASCII apostrophe ', so that
/// Qarabağ’ın and Qarabağ'ın, don’t and don't are the same word.
class ApostropheFilter final : public Filter {
 public:
  bool applies_to(Language) const override { return true; }
  void apply(icu::UnicodeString& word) const override;
};

}  // namespace liaison

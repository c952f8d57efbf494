#include "core/analysis/filters/azerbaijani.h"

namespace liaison {

void AzerbaijaniSchwaFilter::apply(icu::UnicodeString& word) const {
  map_units(word, [](UChar c) -> UChar {
    if (c == 0x04D9 || c == 0x00E4) return 0x0259;  // ә, ä → ə
    if (c == 0x04D8 || c == 0x00C4) return 0x018F;  // Ә, Ä → Ə (for callers that skip case folding)
    return c;
  });
}

}  // namespace liaison

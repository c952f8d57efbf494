#include "core/analysis/filters/russian.h"

namespace liaison {

void RussianYoFilter::apply(icu::UnicodeString& word) const {
  map_units(word, [](UChar c) -> UChar {
    if (c == 0x0451) return 0x0435;  // ё → е
    if (c == 0x0401) return 0x0415;  // Ё → Е (for callers that skip case folding)
    return c;
  });
}

void RussianStressFilter::apply(icu::UnicodeString& word) const {
  map_units(word, [](UChar c) -> UChar {
    switch (c) {
      case 0x0300:  // combining grave
      case 0x0301:  // combining acute
        return 0;
      case 0x0450:
        return 0x0435;  // ѐ → е
      case 0x045D:
        return 0x0438;  // ѝ → и
      default:
        return c;
    }
  });
}

}  // namespace liaison

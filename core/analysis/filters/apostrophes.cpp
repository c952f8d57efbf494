#include "core/analysis/filters/apostrophes.h"

namespace liaison {

void ApostropheFilter::apply(icu::UnicodeString& word) const {
  map_units(word, [](UChar c) -> UChar {
    switch (c) {
      case 0x2019:  // ’ right single quotation mark
      case 0x2018:  // ‘ left single quotation mark
      case 0x02BC:  // ʼ modifier letter apostrophe
      case 0x0060:  // ` grave accent
      case 0x2032:  // ′ prime
        return u'\'';
      default:
        return c;
    }
  });
}

}  // namespace liaison

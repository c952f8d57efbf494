#include "core/analysis/filters/armenian.h"

namespace liaison {

void ArmenianMarksFilter::apply(icu::UnicodeString& word) const {
  map_units(word, [](UChar c) -> UChar {
    const bool in_word_mark = c == 0x055A || c == 0x055B || c == 0x055C || c == 0x055E;
    return in_word_mark ? 0 : c;
  });
}

}  // namespace liaison

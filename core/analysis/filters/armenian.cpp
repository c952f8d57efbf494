#include "core/analysis/filters/armenian.h"

namespace liaison {
namespace {

constexpr UChar kEch = 0x0565;   // ե
constexpr UChar kVew = 0x057E;   // վ
constexpr UChar kYiwn = 0x0582;  // ւ

}  // namespace

void ArmenianMarksFilter::apply(icu::UnicodeString& word) const {
  map_units(word, [](UChar c) -> UChar {
    const bool in_word_mark = c == 0x055A || c == 0x055B || c == 0x055C || c == 0x055E;
    return in_word_mark ? 0 : c;
  });
}

void ArmenianYewFilter::apply(icu::UnicodeString& word) const {
  for (std::int32_t i = 1; i < word.length(); ++i) {
    if (word.charAt(i) == kVew && word.charAt(i - 1) == kEch) word.setCharAt(i, kYiwn);
  }
}

}  // namespace liaison

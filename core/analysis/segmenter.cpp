#include "core/analysis/segmenter.h"

#include <unicode/brkiter.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <climits>
#include <memory>

namespace liaison {
namespace {

constexpr UChar32 kZeroWidthSpace = 0x200B;
constexpr UChar32 kWordJoiner = 0x2060;
constexpr UChar kArmenianHyphen = 0x058A;

/// The word BreakIterator of this thread (ICU iterators must not be shared between threads).
icu::BreakIterator* thread_word_iterator() {
  thread_local std::unique_ptr<icu::BreakIterator> iterator = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> created(
        icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
    return U_SUCCESS(status) ? std::move(created) : nullptr;
  }();
  return iterator.get();
}

/// Decodes UTF-8 into out.utf16, recording the byte offset of every code unit. Writes into
/// the string's own buffer: a UTF-8 text never has more UTF-16 units than bytes.
void decode(std::string_view utf8, SegmentedText& out) {
  out.byte_of_unit.clear();
  // ICU indexes with int32_t; longer inputs are cut (no document comes close to 2 GB).
  const auto length = static_cast<std::int32_t>(std::min<std::size_t>(utf8.size(), INT32_MAX - 1));
  out.byte_of_unit.reserve(static_cast<std::size_t>(length) + 1);
  UChar* units = out.utf16.getBuffer(length + 1);
  if (units == nullptr) {  // out of memory: no text, no words
    out.utf16.remove();
    out.byte_of_unit.push_back(0);
    return;
  }
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(utf8.data());
  std::int32_t unit_count = 0;
  std::int32_t pos = 0;
  while (pos < length) {
    const auto start = static_cast<std::size_t>(pos);
    UChar32 c = bytes[pos];
    if (c < 0x80) {
      ++pos;
    } else {
      U8_NEXT(bytes, pos, length, c);
      if (c < 0) c = 0xFFFD;
      if (c == kZeroWidthSpace) c = kWordJoiner;
    }
    U16_APPEND_UNSAFE(units, unit_count, c);
    out.byte_of_unit.push_back(start);
    if (c > 0xFFFF) out.byte_of_unit.push_back(start);
  }
  out.utf16.releaseBuffer(unit_count);
  out.byte_of_unit.push_back(static_cast<std::size_t>(length));
}

/// Adds [begin, end) to the segments, cut at each Armenian hyphen.
void add_segment(SegmentedText& out, std::int32_t begin, std::int32_t end, SegmentKind kind) {
  const UChar* units = out.utf16.getBuffer();
  std::int32_t piece = begin;
  for (std::int32_t i = begin; i <= end; ++i) {
    if (i < end && units[i] != kArmenianHyphen) continue;
    if (i > piece) {
      out.segments.push_back({.byte_begin = out.byte_of_unit[static_cast<std::size_t>(piece)],
                              .byte_end = out.byte_of_unit[static_cast<std::size_t>(i)],
                              .unit_begin = piece,
                              .unit_end = i,
                              .kind = kind});
    }
    piece = i + 1;
  }
}

}  // namespace

void segment_words(std::string_view utf8, SegmentedText& out) {
  decode(utf8, out);
  out.segments.clear();
  icu::BreakIterator* words = thread_word_iterator();
  if (words == nullptr || out.utf16.isEmpty()) return;
  words->setText(out.utf16);
  std::int32_t begin = words->first();
  for (std::int32_t end = words->next(); end != icu::BreakIterator::DONE; begin = end, end = words->next()) {
    const std::int32_t status = words->getRuleStatus();
    if (status < UBRK_WORD_NONE_LIMIT) continue;  // spaces, punctuation, symbols
    const bool number = status >= UBRK_WORD_NUMBER && status < UBRK_WORD_NUMBER_LIMIT;
    add_segment(out, begin, end, number ? SegmentKind::Number : SegmentKind::Word);
  }
  // The iterator keeps a reference to the text: drop it before `out` may go away.
  static const icu::UnicodeString kNoText;
  words->setText(kNoText);
}

std::vector<Segment> segment_words(std::string_view utf8) {
  SegmentedText text;
  segment_words(utf8, text);
  return std::move(text.segments);
}

}  // namespace liaison

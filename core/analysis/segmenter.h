#pragma once
#include <unicode/unistr.h>

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace liaison {

/// What a word segment holds, from the ICU rule status of the segment.
enum class SegmentKind { Word, Number };

/// One word of the segmented text: its bytes in the UTF-8 input and its code units in
/// SegmentedText::utf16.
struct Segment {
  std::size_t byte_begin = 0;
  std::size_t byte_end = 0;
  std::int32_t unit_begin = 0;
  std::int32_t unit_end = 0;
  SegmentKind kind = SegmentKind::Word;
};

/// The input decoded to UTF-16 and cut into words. The buffers are reused by the next call
/// to `segment_words` on the same object, so one object per thread avoids allocations.
struct SegmentedText {
  /// The input as UTF-16: invalid bytes read as U+FFFD, ZWSP (U+200B) read as WORD JOINER
  /// (U+2060) so that it never splits a word.
  icu::UnicodeString utf16;
  /// byte_of_unit[i]: byte offset in the input of the character holding code unit i;
  /// one extra entry holds the input size.
  std::vector<std::size_t> byte_of_unit;
  std::vector<Segment> segments;
};

/// Splits `utf8` into word and number segments with the ICU word BreakIterator (root locale),
/// dropping spaces and punctuation, and also splitting at the Armenian hyphen ֊ (U+058A),
/// which ICU keeps inside words. Total: any bytes are accepted. Thread-safe (the
/// BreakIterator is per thread).
void segment_words(std::string_view utf8, SegmentedText& out);

/// Convenience form of segment_words returning only the segments.
std::vector<Segment> segment_words(std::string_view utf8);

}  // namespace liaison

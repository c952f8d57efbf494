#pragma once
#include <cstddef>
#include <string_view>
#include <vector>

#include "core/ingest/document.h"

namespace liaison {

struct PassageOptions {
  std::size_t max_words = 150;  ///< longer paragraphs are cut at sentence boundaries
};

/// Splits a body into passages: paragraphs separated by blank lines, whitespace inside each
/// collapsed to single spaces; a paragraph longer than `max_words` is cut at sentence ends (ICU
/// sentence breaks, plus Armenian ։ and ':') into pieces of at most about `max_words` words, a
/// longer sentence between words. Passages are numbered 1, 2, … in document order.
/// Each passage's language is detected from its own text; the `declared` language wins when the
/// detected one is Unknown or is written in the same script (en and az are both Latin), so a
/// Russian document quoting an English paragraph gets an English passage.
std::vector<Passage> split_passages(std::string_view body, Language declared,
                                    const PassageOptions& options = {});

/// The language of a passage whose text was detected as `detected` in a document declared as
/// `declared` (see split_passages).
Language passage_language(Language declared, Language detected);

}  // namespace liaison

#pragma once
#include <cstddef>
#include <string_view>
#include <vector>

#include "core/ingest/document.h"

namespace liaison {

struct PassageOptions {
  std::size_t max_words = 150;  ///< longer paragraphs are cut at sentence boundaries
};

/// Splits a body into passages: paragraphs separated by blank lines; a paragraph longer than
/// `max_words` is cut at sentence ends (ICU sentence breaks, plus Armenian ։ and ':').
/// Each passage's language is `declared` when known, else detected from its own text.
std::vector<Passage> split_passages(std::string_view body, Language declared,
                                    const PassageOptions& options = {});

}  // namespace liaison

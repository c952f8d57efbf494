#pragma once
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/lang/language.h"

namespace liaison {

/// One word of analysed text. The byte range points into the text given to the Analyzer, so a
/// snippet highlights what the author wrote, not the folded form.
struct Token {
  std::string text;   ///< surface form, exactly as in the input
  std::string term;   ///< normalised exact form: NFKC, language-aware case fold, quirks fixed
  std::string fold;   ///< `term` without diacritics (Qarabağ → qarabag, ё already е); == term if none
  std::string stem;   ///< stem of `term` in `language`; == term when the language has no stemmer
  Language language = Language::Unknown;  ///< language used for folding and stemming this token
  std::size_t byte_begin = 0;             ///< first byte of `text` in the analysed input
  std::size_t byte_end = 0;               ///< one past its last byte
  std::uint32_t position = 0;             ///< 0-based word position, consecutive
};

}  // namespace liaison

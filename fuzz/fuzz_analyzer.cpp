// The analysis pipeline on any bytes: the first byte picks the declared language, the rest is
// the text. Checks that tokens point at the bytes they came from, are numbered in order, and
// that every form indexed (term, fold, stem) is valid UTF-8.
#include <cstddef>
#include <cstdint>

#include "core/analysis/analyzer.h"
#include "fuzz/fuzz_support.h"

using namespace liaison;

namespace {

void check_tokens(std::string_view text, const std::vector<Token>& tokens) {
  std::size_t previous_end = 0;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& token = tokens[i];
    fuzz::require(token.position == i, "token positions are 0, 1, 2, …");
    fuzz::require(token.byte_begin >= previous_end, "tokens do not overlap and come in text order");
    fuzz::require(token.byte_begin < token.byte_end && token.byte_end <= text.size(), "token range inside the text");
    fuzz::require(token.text == text.substr(token.byte_begin, token.byte_end - token.byte_begin),
                  "token text is the bytes of its range");
    fuzz::require(!token.term.empty(), "token term is not empty");
    fuzz::require_utf8(token.term, "token term");
    fuzz::require_utf8(token.fold, "token fold");
    fuzz::require_utf8(token.stem, "token stem");
    previous_end = token.byte_end;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  static const Analyzer analyzer;
  const Language language = fuzz::language_of_byte(data[0]);
  const std::string_view text = fuzz::as_text(data + 1, size - 1);

  check_tokens(text, analyzer.analyze(text, language));

  // The one-word entry points, as the query side uses them, on the same bytes.
  const std::string word = analyzer.normalize_word(text, language);
  fuzz::require_utf8(word, "normalize_word");
  fuzz::require_utf8(analyzer.fold(word), "fold of a normalised word");
  fuzz::require_utf8(analyzer.stem(word, language), "stem of a normalised word");
  (void)analyzer.is_stop_word(word, language);
  return 0;
}

#include "core/ingest/sentences.h"

#include <algorithm>
#include <memory>

#include <unicode/brkiter.h>
#include <unicode/uscript.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

namespace liaison {
namespace {

constexpr std::string_view kArmenianFullStop = "\xD6\x89";  // U+0589 ։

struct Range {
  std::size_t begin = 0, end = 0;  ///< byte offsets into the paragraph
  std::size_t words = 0;
};

std::string_view trim_spaces(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

/// True when most letters of `text` are Armenian.
bool is_armenian_script(std::string_view text) {
  std::size_t armenian = 0, letters = 0;
  for (std::size_t byte = 0; byte < text.size();) {
    UChar32 c;
    U8_NEXT(text.data(), byte, text.size(), c);
    if (c < 0 || !u_isalpha(c)) continue;
    ++letters;
    UErrorCode status = U_ZERO_ERROR;
    if (uscript_getScript(c, &status) == USCRIPT_ARMENIAN) ++armenian;
  }
  return letters > 0 && 2 * armenian > letters;
}

/// Byte offsets where ICU's sentence rules start a new sentence (0 and the size included).
std::vector<std::size_t> icu_boundaries(std::string_view text) {
  std::vector<std::size_t> bounds = {0, text.size()};
  UErrorCode status = U_ZERO_ERROR;
  icu::LocalUTextPointer utext(utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status));
  std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status));
  if (U_FAILURE(status)) return bounds;
  it->setText(utext.getAlias(), status);
  if (U_FAILURE(status)) return bounds;
  for (int32_t b = it->next(); b != icu::BreakIterator::DONE; b = it->next()) bounds.push_back(static_cast<std::size_t>(b));
  return bounds;
}

/// Adds a boundary after every `mark` that is followed by a space.
void add_boundaries_after(std::string_view text, std::string_view mark, std::vector<std::size_t>& bounds) {
  for (auto at = text.find(mark); at != std::string_view::npos; at = text.find(mark, at + 1)) {
    const std::size_t after = at + mark.size();
    if (after < text.size() && text[after] == ' ') bounds.push_back(after + 1);
  }
}

/// Cuts `sentence` between words into ranges of at most `max_words` words.
void cut_between_words(std::string_view text, Range sentence, std::size_t max_words, std::vector<Range>& out) {
  std::size_t i = sentence.begin;
  auto skip_spaces = [&] { while (i < sentence.end && text[i] == ' ') ++i; };
  skip_spaces();
  while (i < sentence.end) {
    Range piece{i, i, 0};
    while (i < sentence.end && piece.words < max_words) {
      while (i < sentence.end && text[i] != ' ') ++i;
      piece.end = i;
      ++piece.words;
      skip_spaces();
    }
    out.push_back(piece);
  }
}

}  // namespace

std::size_t count_words(std::string_view text) {
  std::size_t words = 0;
  bool in_word = false;
  for (char c : text) {
    const bool space = c == ' ';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

std::vector<std::string_view> split_sentences(std::string_view text) {
  std::vector<std::size_t> bounds = icu_boundaries(text);
  add_boundaries_after(text, kArmenianFullStop, bounds);
  if (is_armenian_script(text)) add_boundaries_after(text, ":", bounds);
  std::sort(bounds.begin(), bounds.end());
  bounds.erase(std::unique(bounds.begin(), bounds.end()), bounds.end());

  std::vector<std::string_view> sentences;
  for (std::size_t i = 1; i < bounds.size(); ++i) {
    const auto sentence = trim_spaces(text.substr(bounds[i - 1], bounds[i] - bounds[i - 1]));
    if (!sentence.empty()) sentences.push_back(sentence);
  }
  return sentences;
}

std::vector<std::string_view> cut_at_sentences(std::string_view text, std::size_t max_words) {
  text = trim_spaces(text);
  max_words = std::max<std::size_t>(max_words, 1);
  if (count_words(text) <= max_words) return {text};

  std::vector<Range> units;
  for (const std::string_view sentence : split_sentences(text)) {
    const Range range{static_cast<std::size_t>(sentence.data() - text.data()),
                      static_cast<std::size_t>(sentence.data() - text.data()) + sentence.size(), count_words(sentence)};
    if (range.words > max_words) cut_between_words(text, range, max_words, units);
    else units.push_back(range);
  }

  std::vector<std::string_view> pieces;
  Range piece;
  for (const Range& unit : units) {
    if (piece.words > 0 && piece.words + unit.words > max_words) {
      pieces.push_back(trim_spaces(text.substr(piece.begin, piece.end - piece.begin)));
      piece.words = 0;
    }
    if (piece.words == 0) piece.begin = unit.begin;
    piece.end = unit.end;
    piece.words += unit.words;
  }
  if (piece.words > 0) pieces.push_back(trim_spaces(text.substr(piece.begin, piece.end - piece.begin)));
  return pieces;
}

}  // namespace liaison

#include "core/query/lexer.h"

#include "core/query/codepoints.h"
#include "core/text/strings.h"

namespace liaison::query::detail {
namespace {

bool is_quote(char32_t c) {
  // Straight, curly and low quotes, and guillemets (Armenian and Russian texts use « »).
  return c == U'"' || c == U'\u201C' || c == U'\u201D' || c == U'\u201E' || c == U'\u00AB' ||
         c == U'\u00BB';
}

bool ends_chunk(char32_t c) { return is_space(c) || is_quote(c) || c == U'(' || c == U')'; }

/// `text` without leading and trailing characters that cannot be part of a word
/// ("peace," → "peace", "«Qarabağ»" → "Qarabağ"); "" when it has no word character at all.
std::string trim_to_word(std::string_view text) {
  std::size_t first = std::string_view::npos, last_end = 0;
  for (std::size_t at = 0; at < text.size();) {
    const CodePoint cp = decode_at(text, at);
    if (is_word_char(cp.value)) {
      if (first == std::string_view::npos) first = at;
      last_end = at + cp.length;
    }
    at += cp.length;
  }
  if (first == std::string_view::npos) return {};
  return std::string(text.substr(first, last_end - first));
}

class Lexer {
 public:
  Lexer(std::string_view text, const ParseLimits& limits) : text_(text), limits_(limits) {}

  LexResult run() {
    while (at_ < text_.size() && result_.error.empty()) step();
    return std::move(result_);
  }

 private:
  char32_t peek(std::size_t offset_bytes = 0) const {
    const std::size_t at = at_ + offset_bytes;
    return at < text_.size() ? decode_at(text_, at).value : U'\0';
  }

  void step() {
    const CodePoint cp = decode_at(text_, at_);
    if (is_space(cp.value)) {
      at_ += cp.length;
      return;
    }
    result_.had_content = true;
    if (is_quote(cp.value)) return lex_phrase(cp.length);
    if (cp.value == U'(') return lex_open();
    if (cp.value == U')') return lex_close();
    if ((cp.value == U'-' || cp.value == U'+') && starts_operand(at_ + 1)) {
      push({.kind = cp.value == U'-' ? TokenKind::Minus : TokenKind::Plus});
      ++at_;
      return;
    }
    lex_chunk();
  }

  /// True when the character at `at` can begin an operand that '-' negates.
  bool starts_operand(std::size_t at) const {
    if (at >= text_.size()) return false;
    const char32_t next = decode_at(text_, at).value;
    return next != U'-' && next != U'+' && next != U')' && !is_space(next);
  }

  void lex_open() {
    ++at_;
    if (++depth_ > limits_.max_depth) {
      result_.error = "Brackets are nested too deeply (the limit is " +
                      std::to_string(limits_.max_depth) + " levels).";
      return;
    }
    push({.kind = TokenKind::Open});
  }

  void lex_close() {
    ++at_;
    if (depth_ > 0) --depth_;
    push({.kind = TokenKind::Close});  // the parser decides whether it is stray
  }

  void lex_phrase(std::size_t quote_length) {
    at_ += quote_length;
    const std::size_t begin = at_;
    while (at_ < text_.size() && !is_quote(peek())) at_ += decode_at(text_, at_).length;
    const std::string_view inside = text_.substr(begin, at_ - begin);
    if (at_ < text_.size()) {
      at_ += decode_at(text_, at_).length;
    } else {
      result_.warnings.push_back("A quote was not closed; the phrase runs to the end of the query.");
    }
    LexToken token{.kind = TokenKind::Phrase};
    for (const std::string_view piece : split_on_space(inside)) {
      std::string word = trim_to_word(piece);
      if (!word.empty()) token.words.push_back(std::move(word));
    }
    count_terms(token.words.size());
    push(std::move(token));
  }

  static std::vector<std::string_view> split_on_space(std::string_view text) {
    std::vector<std::string_view> pieces;
    std::size_t begin = 0, at = 0;
    while (at < text.size()) {
      const CodePoint cp = decode_at(text, at);
      if (is_space(cp.value)) {
        if (at > begin) pieces.push_back(text.substr(begin, at - begin));
        begin = at + cp.length;
      }
      at += cp.length;
    }
    if (at > begin) pieces.push_back(text.substr(begin, at - begin));
    return pieces;
  }

  void lex_chunk() {
    const std::size_t begin = at_;
    while (at_ < text_.size()) {
      const CodePoint cp = decode_at(text_, at_);
      if (ends_chunk(cp.value)) break;
      at_ += cp.length;
    }
    const std::string_view chunk = text_.substr(begin, at_ - begin);
    if (chunk == "OR" || chunk == "AND" || chunk == "NOT") {
      push({.kind = chunk == "OR" ? TokenKind::Or : chunk == "AND" ? TokenKind::And : TokenKind::Not});
      return;
    }
    if (const auto colon = chunk.find(':'); colon != std::string_view::npos && colon > 0) {
      const std::string name = lower_ascii(chunk.substr(0, colon));
      if (const auto field = find_field(name)) return lex_field(*field, name, chunk.substr(colon + 1));
    }
    lex_word(chunk);
  }

  void lex_field(QueryField field, const std::string& name, std::string_view value) {
    if (value.empty() && at_ < text_.size() && is_quote(peek())) {
      push({.kind = TokenKind::Field, .text = name, .field = field});
      return;  // the phrase that follows is the value
    }
    LexToken word = make_word(value);
    if (word.text.empty()) {
      result_.warnings.push_back("The field " + name + ": has no value and was ignored.");
      drop_dangling_minus();
      return;
    }
    count_terms(1);
    push({.kind = TokenKind::Field, .text = name, .field = field});
    push(std::move(word));
  }

  void lex_word(std::string_view chunk) {
    LexToken word = make_word(chunk);
    if (word.text.empty()) {  // punctuation only: nothing to search
      drop_dangling_minus();
      return;
    }
    count_terms(1);
    push(std::move(word));
  }

  LexToken make_word(std::string_view chunk) {
    std::size_t stars = 0;
    while (stars < chunk.size() && chunk[chunk.size() - 1 - stars] == '*') ++stars;
    LexToken word{.kind = TokenKind::Word, .text = trim_to_word(chunk.substr(0, chunk.size() - stars))};
    if (stars > 0 && !word.text.empty()) {
      if (count_code_points(word.text) >= 2) {
        word.prefix = true;
      } else {
        result_.warnings.push_back("A prefix search needs at least 2 letters: '" + word.text +
                                   "*' is searched as a word.");
      }
    }
    return word;
  }

  /// A '-' or '+' glued to something that turned out to be nothing ("-,") must not apply to what
  /// follows.
  void drop_dangling_minus() {
    if (result_.tokens.empty()) return;
    const TokenKind last = result_.tokens.back().kind;
    if (last == TokenKind::Minus || last == TokenKind::Plus) result_.tokens.pop_back();
  }

  void count_terms(std::size_t n) {
    terms_ += n;
    if (terms_ > limits_.max_terms && result_.error.empty()) {
      result_.error =
          "The query has too many words (the limit is " + std::to_string(limits_.max_terms) + ").";
    }
  }

  void push(LexToken token) { result_.tokens.push_back(std::move(token)); }

  std::string_view text_;
  const ParseLimits& limits_;
  std::size_t at_ = 0;
  std::size_t depth_ = 0;
  std::size_t terms_ = 0;
  LexResult result_;
};

}  // namespace

LexResult lex(std::string_view text, const ParseLimits& limits) {
  return Lexer(text, limits).run();
}

}  // namespace liaison::query::detail

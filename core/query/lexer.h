#pragma once
// The query lexer: cuts query text into the tokens of the query syntax. Internal to the parser.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/query/fields.h"
#include "core/query/parser.h"

namespace liaison::query::detail {

enum class TokenKind {
  Word,    ///< text (trimmed of edge punctuation), prefix flag
  Phrase,  ///< words inside quotes (possibly none)
  Open,    ///< (
  Close,   ///< )
  Or,      ///< OR, upper case
  And,     ///< AND, upper case
  Not,     ///< NOT, upper case: as '-'
  Minus,   ///< '-' glued to the next operand
  Plus,    ///< '+' glued to the next operand
  Field,   ///< `field` (text: its name); always followed by a Word or Phrase
};

struct LexToken {
  TokenKind kind = TokenKind::Word;
  std::string text{};
  bool prefix = false;
  std::vector<std::string> words{};
  QueryField field = QueryField::Title;  ///< a Field token's field
};

/// The tokens of a query, the repairs made and, when a limit is passed, an error.
struct LexResult {
  std::vector<LexToken> tokens;
  std::vector<std::string> warnings;
  std::string error;
  bool had_content = false;  ///< the text held something other than white space
};

/// Cuts `text` into tokens. Checks max_terms and max_depth (bracket nesting) on the way, so
/// the parser that follows never recurses deeper than the limits allow.
LexResult lex(std::string_view text, const ParseLimits& limits);

}  // namespace liaison::query::detail

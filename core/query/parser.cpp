#include "core/query/parser.h"

#include <set>
#include <utility>

#include "core/query/lexer.h"

namespace liaison::query {
namespace {

using detail::LexToken;
using detail::TokenKind;

NodePtr make(auto value) {
  auto node = std::make_unique<Node>();
  node->value = std::move(value);
  return node;
}

/// Joins parts implicitly: none → null, one → itself, more → All.
NodePtr join_all(std::vector<NodePtr> parts) {
  if (parts.empty()) return nullptr;
  if (parts.size() == 1) return std::move(parts.front());
  return make(All{std::move(parts)});
}

/// Marks a part of `x AND y` as required; exclusions and required parts stay as they are.
NodePtr required(NodePtr node) {
  if (std::holds_alternative<Not>(node->value) || std::holds_alternative<Must>(node->value)) return node;
  return make(Must{std::move(node)});
}

/// Recursive descent over the lexer's tokens. Recursion is bounded: the lexer has already
/// refused bracket nesting deeper than the limit, and '-', '+' and NOT never chain deeper than
/// the query has tokens. AND binds tighter than OR, as in Xapian's QueryParser and
/// Elasticsearch's query_string.
///   sequence := { or_expr }            (stops at ')' when inside brackets)
///   or_expr  := and_expr { "OR" and_expr }
///   and_expr := unary { "AND" unary }  (each side required: +unary)
///   unary    := '-' unary | "NOT" unary | '+' unary | field value | word | phrase | '(' sequence ')'
class Parser {
 public:
  Parser(std::vector<LexToken>& tokens, std::vector<std::string>& warnings)
      : tokens_(tokens), warnings_(warnings) {}

  NodePtr parse_query() { return join_all(parse_sequence(/*depth=*/0)); }

 private:
  bool at_end() const { return next_ >= tokens_.size(); }
  TokenKind peek() const { return tokens_[next_].kind; }
  LexToken& take() { return tokens_[next_++]; }
  bool at_binary() const { return peek() == TokenKind::Or || peek() == TokenKind::And; }

  /// `a AND b` inside a sequence joins it as +a +b (the same matches as a group of its own, and
  /// ranked with the rest).
  std::vector<NodePtr> parse_sequence(std::size_t depth) {
    std::vector<NodePtr> parts;
    while (!at_end()) {
      if (peek() == TokenKind::Close) {
        if (depth > 0) break;
        ++next_;
        warnings_.push_back("A ')' without a matching '(' was ignored.");
        continue;
      }
      if (at_binary()) {
        dangling(take().kind);
        continue;
      }
      parse_or(depth, parts);
    }
    return parts;
  }

  void dangling(TokenKind kind) {
    const std::string name = kind == TokenKind::Or ? "OR" : "AND";
    warnings_.push_back(name + " needs a word on each side; a dangling " + name + " was ignored.");
  }

  /// Appends the alternatives of an OR (one Any), or the parts of an AND (or a lone operand).
  void parse_or(std::size_t depth, std::vector<NodePtr>& out) {
    std::vector<NodePtr> alternatives;
    if (NodePtr left = parse_and(depth)) alternatives.push_back(std::move(left));
    while (!at_end() && peek() == TokenKind::Or) {
      ++next_;
      if (at_end() || peek() == TokenKind::Close || at_binary() || alternatives.empty()) {
        dangling(TokenKind::Or);
        continue;
      }
      if (NodePtr right = parse_and(depth)) alternatives.push_back(std::move(right));
    }
    if (alternatives.size() > 1) {
      out.push_back(make(Any{std::move(alternatives)}));
    } else if (!alternatives.empty()) {
      NodePtr& only = alternatives.front();
      if (auto* all = std::get_if<All>(&only->value); all && and_made_.count(only.get())) {
        for (NodePtr& part : all->parts) out.push_back(std::move(part));
      } else {
        out.push_back(std::move(only));
      }
    }
  }

  NodePtr parse_and(std::size_t depth) {
    std::vector<NodePtr> parts;
    if (NodePtr left = parse_unary(depth)) parts.push_back(std::move(left));
    while (!at_end() && peek() == TokenKind::And) {
      ++next_;
      if (at_end() || peek() == TokenKind::Close || at_binary() || parts.empty()) {
        dangling(TokenKind::And);
        continue;
      }
      if (NodePtr right = parse_unary(depth)) parts.push_back(std::move(right));
    }
    if (parts.size() <= 1) return parts.empty() ? nullptr : std::move(parts.front());
    for (NodePtr& part : parts) part = required(std::move(part));
    NodePtr node = make(All{std::move(parts)});
    and_made_.insert(node.get());
    return node;
  }

  NodePtr parse_unary(std::size_t depth) {
    LexToken& token = take();
    switch (token.kind) {
      case TokenKind::Word: return make(Word{std::move(token.text), token.prefix});
      case TokenKind::Phrase: return make_phrase(token);
      case TokenKind::Minus:
      case TokenKind::Not: return parse_not(depth, token.kind == TokenKind::Not ? "NOT" : "'-'");
      case TokenKind::Plus: return parse_must(depth);
      case TokenKind::Field: return parse_field(token.field);
      case TokenKind::Open: return parse_group(depth + 1);
      case TokenKind::Close:
      case TokenKind::Or:
      case TokenKind::And: break;
    }
    --next_;  // not an operand: leave it to the caller
    return nullptr;
  }

  NodePtr make_phrase(LexToken& token) {
    if (token.words.empty()) {
      warnings_.push_back("An empty phrase \"\" was ignored.");
      return nullptr;
    }
    return make(Phrase{std::move(token.words)});
  }

  NodePtr parse_not(std::size_t depth, const std::string& what) {
    NodePtr operand = at_end() ? nullptr : parse_unary(depth);
    if (!operand) {
      warnings_.push_back("A " + what + " with nothing to exclude was ignored.");
      return nullptr;
    }
    return make(Not{std::move(operand)});
  }

  NodePtr parse_must(std::size_t depth) {
    NodePtr operand = at_end() ? nullptr : parse_unary(depth);
    if (!operand) {
      warnings_.push_back("A '+' with nothing to require was ignored.");
      return nullptr;
    }
    return required(std::move(operand));
  }

  NodePtr parse_field(QueryField field) {
    // The lexer always puts the value (a word or a phrase) right after the field.
    LexToken& value = take();
    NodePtr node = value.kind == TokenKind::Word ? make(Word{std::move(value.text), value.prefix})
                                                 : make_phrase(value);
    if (!node) return nullptr;
    return make(Field{field, std::move(node)});
  }

  NodePtr parse_group(std::size_t depth) {
    std::vector<NodePtr> parts = parse_sequence(depth);
    if (!at_end() && peek() == TokenKind::Close) {
      ++next_;
    } else {
      warnings_.push_back("A '(' was not closed; a ')' was added at the end.");
    }
    if (parts.empty()) warnings_.push_back("Empty brackets () were ignored.");
    return join_all(std::move(parts));
  }

  std::vector<LexToken>& tokens_;
  std::vector<std::string>& warnings_;
  std::size_t next_ = 0;
  std::set<const Node*> and_made_;  ///< the All nodes made of `a AND b`, spliced into sequences
};

}  // namespace

ParseResult parse(std::string_view text, const ParseLimits& limits) {
  ParseResult result;
  if (text.size() > limits.max_bytes) {
    result.error = "The query is too long (" + std::to_string(text.size()) +
                   " bytes; the limit is " + std::to_string(limits.max_bytes) + ").";
    return result;
  }
  detail::LexResult lexed = detail::lex(text, limits);
  result.warnings = std::move(lexed.warnings);
  if (!lexed.error.empty()) {
    result.error = std::move(lexed.error);
    return result;
  }
  result.root = Parser(lexed.tokens, result.warnings).parse_query();
  if (!result.root && lexed.had_content) {
    result.error = "The query has nothing to search for: type at least one word.";
  }
  return result;
}

}  // namespace liaison::query

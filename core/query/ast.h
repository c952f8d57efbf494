#pragma once
#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "core/query/fields.h"

namespace liaison::query {

struct Node;
using NodePtr = std::unique_ptr<Node>;

/// A bare word as the user typed it (analysed later by the builder).
struct Word {
  std::string text;
  bool prefix = false;  ///< typed as `word*`
};
/// "a quoted phrase": words in order.
struct Phrase {
  std::vector<std::string> words;
};
/// field:value, one of the query fields (core/query/fields.h); the value is a Word or Phrase.
struct Field {
  QueryField field;
  NodePtr value;
};
/// Implicit conjunction of the parts (ranked: all parts first, then some).
struct All {
  std::vector<NodePtr> parts;
};
/// a OR b.
struct Any {
  std::vector<NodePtr> parts;
};
/// -x: documents matching x are excluded.
struct Not {
  NodePtr operand;
};

/// +x, or each side of `x AND y`: only matches that contain x (documents mode: documents).
struct Must {
  NodePtr operand;
};

struct Node {
  std::variant<Word, Phrase, Field, All, Any, Not, Must> value;
};

/// A compact, stable text form of a tree for tests and logs:
/// words as typed (`war`, `pre*`), "phrases", `lang:en`, `-x`, `+x`, `(AND a b)`, `(OR a b)`.
std::string describe(const Node& node);

/// The words of a query made only of words, phrases and filters (lang:, kind:, source:), the
/// filters left out, joined by spaces: "kind:report demining" → "demining". Empty for any
/// other query (operators, brackets, title:, prefix*): what the server looks up to decide
/// whether a query names a domain entry.
std::string words_beside_filters(const Node& root);

}  // namespace liaison::query

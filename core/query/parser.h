#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/query/ast.h"
#include "core/request_limits.h"

namespace liaison::query {

struct ParseLimits {
  std::size_t max_bytes = limits::kMaxQueryBytes;  ///< longer queries are refused
  std::size_t max_terms = 64;    ///< words and phrase words in all
  std::size_t max_depth = 16;    ///< bracket nesting
};

/// The outcome of parsing: a tree, or an error the user can read. Never throws.
struct ParseResult {
  NodePtr root;                       ///< null for an empty query or on error
  std::string error;                  ///< non-empty when the query is refused
  std::vector<std::string> warnings;  ///< repairs made (unbalanced quote closed, …)
};

/// Parses the query syntax: words, "phrases", -exclusion, OR, (brackets), field:value (the
/// fields of core/query/fields.h), prefix*. Lenient: stray quotes and brackets are repaired
/// with a warning; only limits and inputs with nothing searchable are errors.
ParseResult parse(std::string_view text, const ParseLimits& limits = {});

}  // namespace liaison::query

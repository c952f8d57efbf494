#include "core/query/wildcards.h"

#include <optional>
#include <vector>

namespace liaison::query {

Xapian::Query wildcard(const QueryContext& context, const std::string& pattern, Xapian::termcount limit,
                       Xapian::Query::op combiner) {
  if (context.indexed != nullptr) {
    if (const std::optional<std::vector<std::string>> terms = context.indexed->terms_starting(pattern, limit))
      return Xapian::Query(combiner, terms->begin(), terms->end());
  }
  return Xapian::Query(Xapian::Query::OP_WILDCARD, pattern, limit, Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT, combiner);
}

}  // namespace liaison::query

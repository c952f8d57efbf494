#include "core/query/compose.h"

#include <algorithm>

#include "core/index/schema.h"

namespace liaison::query {

using Xapian::Query;

Query combine(Query::op op, const std::vector<Query>& queries) {
  std::vector<Query> present;
  for (const Query& query : queries) {
    if (!query.empty()) present.push_back(query);
  }
  if (present.empty()) return Query();
  if (present.size() == 1) return present.front();
  return Query(op, present.begin(), present.end());
}

Query scaled(const Query& query, double factor, AtZero at_zero) {
  if (query.empty()) return query;
  if (factor <= 0.0 && at_zero == AtZero::Dropped) return Query();
  return Query(Query::OP_SCALE_WEIGHT, query, factor);
}

Query match_all() { return unweighted(Query(std::string())); }

std::vector<std::string> with_prefix(std::string_view prefix, const std::vector<std::string>& values) {
  std::vector<std::string> out;
  for (const std::string& value : values) out.push_back(schema::term(prefix, value));
  return out;
}

std::vector<std::string> joined(std::initializer_list<std::vector<std::string>> lists) {
  std::vector<std::string> out;
  for (const auto& list : lists) {
    for (const std::string& value : list) {
      if (std::find(out.begin(), out.end(), value) == out.end()) out.push_back(value);
    }
  }
  return out;
}

Query terms_query(Query::op op, const std::vector<std::string>& terms) {
  if (terms.empty()) return Query();
  if (terms.size() == 1) return Query(terms.front());
  return Query(op, terms.begin(), terms.end());
}

}  // namespace liaison::query

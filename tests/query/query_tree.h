#pragma once
// Looking into built Xapian queries by their structure: their nodes, operators and terms, and
// whole sub-queries compared with queries built from the expected terms.
#include <functional>
#include <set>
#include <string>
#include <vector>

#include <xapian.h>

namespace liaison::query::testing {

/// Every node of `query`'s tree, `query` itself first.
inline std::vector<Xapian::Query> nodes_of(const Xapian::Query& query) {
  std::vector<Xapian::Query> nodes{query};
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    const Xapian::Query node = nodes[i];
    for (std::size_t k = 0; k < node.get_num_subqueries(); ++k) nodes.push_back(node.get_subquery(k));
  }
  return nodes;
}

inline bool any_node(const Xapian::Query& query, const std::function<bool(const Xapian::Query&)>& test) {
  for (const Xapian::Query& node : nodes_of(query)) {
    if (test(node)) return true;
  }
  return false;
}

/// The terms `query` looks for (wildcards and posting sources have none).
inline std::set<std::string> terms_of(const Xapian::Query& query) {
  return {query.get_unique_terms_begin(), query.get_unique_terms_end()};
}

inline bool has_operator(const Xapian::Query& query, Xapian::Query::op op) {
  return any_node(query, [op](const Xapian::Query& node) { return node.get_type() == op; });
}

/// True when some node of `query` is the same query as `expected` (same operators, terms,
/// weights and parameters, as Xapian describes them).
inline bool has_subquery(const Xapian::Query& query, const Xapian::Query& expected) {
  const std::string wanted = expected.get_description();
  return any_node(query, [&wanted](const Xapian::Query& node) { return node.get_description() == wanted; });
}

/// A phrase of `slots` positions somewhere in `query` whose terms are exactly `terms`.
inline bool has_phrase(const Xapian::Query& query, std::size_t slots, const std::set<std::string>& terms) {
  return any_node(query, [&](const Xapian::Query& node) {
    return node.get_type() == Xapian::Query::OP_PHRASE && node.get_num_subqueries() == slots && terms_of(node) == terms;
  });
}

/// True when `query` keeps only what `filter` matches somewhere (an OP_FILTER whose filtering
/// side is, or holds, `filter`).
inline bool has_filter(const Xapian::Query& query, const Xapian::Query& filter) {
  return any_node(query, [&filter](const Xapian::Query& node) {
    if (node.get_type() != Xapian::Query::OP_FILTER) return false;
    for (std::size_t k = 1; k < node.get_num_subqueries(); ++k) {
      if (has_subquery(node.get_subquery(k), filter)) return true;
    }
    return false;
  });
}

inline Xapian::Query synonym(const std::vector<std::string>& terms) {
  return Xapian::Query(Xapian::Query::OP_SYNONYM, terms.begin(), terms.end());
}

inline Xapian::Query scaled_by(double factor, const Xapian::Query& query) {
  return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, query, factor);
}

}  // namespace liaison::query::testing

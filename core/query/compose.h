#pragma once
// Composing Xapian queries: the helpers the builder, the ranking bonuses and the searcher's
// request filters share, so that each rule (empty parts dropped, a single part left bare,
// what a weight of 0 means, how every document is matched) is written once.
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

namespace liaison::query {

/// `queries` joined by `op`, the empty ones left out: the empty query when none is left, the
/// query itself when one is.
Xapian::Query combine(Xapian::Query::op op, const std::vector<Xapian::Query>& queries);

/// What scaled() makes of a factor of 0 (or below).
enum class AtZero {
  /// The query still matches, weighing nothing (OP_SCALE_WEIGHT by 0): a part that must keep
  /// matching, as a filter, a requirement or a form a ranking setting has turned down to 0.
  MatchesUnweighted,
  /// The empty query: a bonus switched off, which combine() then leaves out.
  Dropped,
};

/// `query` weighing `factor` × its weight; the empty query stays empty. A factor of 0 or below
/// does what `at_zero` says (a negative factor with MatchesUnweighted is Xapian's error).
Xapian::Query scaled(const Xapian::Query& query, double factor, AtZero at_zero);

/// Every document, weighing nothing: the left side of a query made only of exclusions, and the
/// query of an empty search. A new query each call, never a copy of Xapian::Query::MatchAll:
/// that one static object's reference count is not atomic, and searches run on several threads
/// (docs/reliability.md).
Xapian::Query match_all();

/// A query weighing nothing that matches what `query` matches.
inline Xapian::Query unweighted(const Xapian::Query& query) { return scaled(query, 0.0, AtZero::MatchesUnweighted); }

/// `values` with `prefix` in front of each (schema::term), in order.
std::vector<std::string> with_prefix(std::string_view prefix, const std::vector<std::string>& values);

/// The lists one after the other, each value once (first place kept).
std::vector<std::string> joined(std::initializer_list<std::vector<std::string>> lists);

/// One query over `terms` joined by `op`: the empty query for none, a plain term query for one.
Xapian::Query terms_query(Xapian::Query::op op, const std::vector<std::string>& terms);

}  // namespace liaison::query

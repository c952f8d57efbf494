#pragma once
// The request's own filters (facet selections and dates) and the checks the parser cannot make.
#include <string>
#include <string_view>

#include <xapian.h>

#include "core/search/result.h"

namespace liaison::search {

inline constexpr std::uint32_t kMaxPageSize = 100;
inline constexpr std::uint32_t kMaxPage = 1000;  ///< deeper pages cost more than they are worth

/// Throws QueryError, with a message for the user, for a request that cannot be answered as
/// asked: page 0 or past kMaxPage, size outside 1..kMaxPageSize, a date that is not YYYY,
/// YYYY-MM or YYYY-MM-DD, a range that ends before it starts, an unknown language or kind.
void validate_request(const SearchRequest& request);

/// First Date slot value a date covers: "2021" → "20210000", "2021-12" → "20211200".
/// Throws QueryError for a malformed date.
std::string date_lower_bound(std::string_view date);

/// Last Date slot value a date covers: "2021" → "20219999", "2021-12" → "20211299".
/// Throws QueryError for a malformed date.
std::string date_upper_bound(std::string_view date);

/// The boolean filter of a request: any of the languages AND any of the areas AND … AND the
/// date range. Areas and measures are the document's tags (XB, XN) in documents mode and the
/// passage's (XA, XM) in passages mode. An empty Query when the request filters nothing.
Xapian::Query request_filter(const SearchRequest& request);

}  // namespace liaison::search

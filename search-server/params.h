#pragma once
// URL parameters of /api/search: parsing and validation, kept apart from HTTP so that every
// rule is unit-tested without a socket. User input never throws anything but ParamError
// (core/error.h).
#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <string_view>

#include "core/error.h"
#include "core/request_limits.h"
#include "core/search/result.h"

namespace liaison::http {

/// The decoded query string, as httplib gives it (a key may repeat).
using QueryParams = std::multimap<std::string, std::string>;

/// The values a request may filter on; an empty set accepts any well-formed id.
struct KnownTags {
  std::set<std::string> areas;
  std::set<std::string> measures;
};

/// Limits of the search parameters (the API documents them); those the Searcher also enforces
/// come from core/request_limits.h.
struct SearchLimits {
  std::size_t max_query_bytes = limits::kMaxQueryBytes;
  std::uint32_t max_size = limits::kMaxPageSize;
  std::uint32_t default_size = limits::kDefaultPageSize;
  std::uint32_t max_page = limits::kMaxPage;
  std::size_t max_value_bytes = 200;  ///< any other single value (source, area id, …)
  std::size_t max_values = 20;        ///< values of one repeatable parameter
};

/// Turns the parameters of GET /api/search into a SearchRequest. Repeatable parameters (lang,
/// area, measure, kind, source) may also hold comma-separated values. Unknown parameter names
/// are ignored. Throws ParamError for anything it cannot accept.
SearchRequest parse_search_params(const QueryParams& params, const KnownTags& known = {},
                                  const SearchLimits& limits = {});

/// The wire names of sort orders and modes ("relevance", "date", "-date"; "documents", "passages").
std::string_view to_string(SortOrder sort);
std::string_view to_string(SearchMode mode);

}  // namespace liaison::http

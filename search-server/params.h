#pragma once
// URL parameters of /api/search: parsing and validation, kept apart from HTTP so that every
// rule is unit-tested without a socket. User input never throws anything but ParamError.
#include <cstddef>
#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>

#include "core/search/result.h"

namespace liaison::http {

/// The decoded query string, as httplib gives it (a key may repeat).
using QueryParams = std::multimap<std::string, std::string>;

/// A parameter the server refuses; the message names the parameter and what is wrong with it.
class ParamError : public std::runtime_error {
 public:
  ParamError(std::string parameter, const std::string& message)
      : std::runtime_error(message), parameter_(std::move(parameter)) {}
  /// The offending parameter's name ("size", "from", …).
  const std::string& parameter() const noexcept { return parameter_; }

 private:
  std::string parameter_;
};

/// The values a request may filter on; an empty set accepts any well-formed id.
struct KnownTags {
  std::set<std::string> areas;
  std::set<std::string> measures;
};

/// Limits of the search parameters (the API documents them).
struct SearchLimits {
  std::size_t max_query_bytes = 4096;
  std::uint32_t max_size = 100;
  std::uint32_t default_size = 10;
  std::uint32_t max_page = 1000;
  std::size_t max_value_bytes = 200;  ///< any other single value (source, area id, …)
  std::size_t max_values = 20;        ///< values of one repeatable parameter
};

/// Turns the parameters of GET /api/search into a SearchRequest. Repeatable parameters (lang,
/// area, measure, kind, source) may also hold comma-separated values. Unknown parameter names
/// are ignored. Throws ParamError for anything it cannot accept.
SearchRequest parse_search_params(const QueryParams& params, const KnownTags& known = {},
                                  const SearchLimits& limits = {});

/// True for "YYYY", "YYYY-MM" or "YYYY-MM-DD" naming a real month and day.
bool is_valid_date(std::string_view date);

/// The wire names of sort orders and modes ("relevance", "date", "-date"; "documents", "passages").
std::string_view to_string(SortOrder sort);
std::string_view to_string(SearchMode mode);

}  // namespace liaison::http

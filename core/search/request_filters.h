#pragma once
// The request's own filters (facet selections and dates) and the checks the parser cannot make.
#include <string>

#include <xapian.h>

#include "core/search/result.h"

namespace liaison::search {

/// Throws QueryError, with a message for the user, for a request that cannot be answered as
/// asked: page 0 or past limits::kMaxPage, size outside 1..limits::kMaxPageSize, a date range
/// that ends before it starts, an unknown kind. Languages and dates are valid by their types.
void validate_request(const SearchRequest& request);

/// First Date slot value a date covers: "2021" → "20210000", "2021-12" → "20211200".
std::string date_lower_bound(const Date& date);

/// Last Date slot value a date covers: "2021" → "20219999", "2021-12" → "20211299".
std::string date_upper_bound(const Date& date);

/// The boolean filter of a request: any of the languages AND any of the areas AND … AND the
/// date range. Areas and measures are the document's tags (XB, XN) in documents mode and the
/// passage's (XA, XM) in passages mode. An empty Query when the request filters nothing.
Xapian::Query request_filter(const SearchRequest& request);

/// Whether `passage` passes the request's passage-level filters (languages; in passages mode
/// areas and measures too; speakers, spoken_only). The index posts these once per document
/// (any passage's), so the passages of a matched document are checked one by one.
bool passage_passes(const SearchRequest& request, const Passage& passage);

}  // namespace liaison::search

#pragma once
// A benchmark query as a Liaison SearchRequest: the words (or phrase) and the filters, the way
// the server reads them from /api/search's parameters. Shared by bench_liaison and bench_layout.
#include "bench/common/query_set.h"
#include "core/search/result.h"

namespace liaison::bench {

inline SearchRequest liaison_request(const BenchQuery& query) {
  SearchRequest request;
  request.query = query.liaison_text();
  if (const auto language = parse_language(query.filter_lang)) request.languages = {*language};
  if (!query.filter_kind.empty()) request.kinds = {query.filter_kind};
  request.date_from = Date::parse(query.date_from);
  request.date_to = Date::parse(query.date_to);
  return request;
}

}  // namespace liaison::bench

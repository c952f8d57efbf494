#include "core/search/request_filters.h"

#include <algorithm>
#include <vector>

#include "core/error.h"
#include "core/index/schema.h"
#include "core/ingest/document.h"
#include "core/lang/language.h"
#include "core/query/compose.h"
#include "core/query/fields.h"
#include "core/text/strings.h"

namespace liaison::search {
namespace {

using Xapian::Query;

bool all_digits(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int number(std::string_view digits) {
  int value = 0;
  for (const char c : digits) value = value * 10 + (c - '0');
  return value;
}

/// The date's digits without dashes ("2021-12" → "202112"), checked.
std::string date_digits(std::string_view date) {
  const auto refuse = [&date]() {
    return QueryError("The date '" + std::string(date) + "' is not YYYY, YYYY-MM or YYYY-MM-DD.");
  };
  if (date.size() != 4 && date.size() != 7 && date.size() != 10) throw refuse();
  if (!all_digits(date.substr(0, 4))) throw refuse();
  std::string digits(date.substr(0, 4));
  for (std::size_t at = 4; at < date.size(); at += 3) {
    const std::string_view part = date.substr(at + 1, 2);
    if (date[at] != '-' || !all_digits(part)) throw refuse();
    const int value = number(part);
    const int highest = at == 4 ? 12 : 31;
    if (value < 1 || value > highest) throw refuse();
    digits += part;
  }
  return digits;
}

Query any_term(std::string_view prefix, const std::vector<std::string>& values) {
  return query::terms_query(Query::OP_OR, query::with_prefix(prefix, values));
}

std::vector<std::string> lower_ascii(std::vector<std::string> values) {
  for (std::string& value : values) value = liaison::lower_ascii(value);
  return values;
}

std::vector<std::string> language_codes(const std::vector<std::string>& languages) {
  std::vector<std::string> codes;
  for (const std::string& code : languages) codes.emplace_back(to_code(parse_language(code).value()));
  return codes;
}

/// Sources match by prefix of the lower-cased name, as source: in queries does.
Query any_source(const std::vector<std::string>& sources) {
  const query::FieldSpec& source_field = query::spec_of(query::QueryField::Source);
  std::vector<Query> patterns;
  for (const std::string& source : sources) {
    patterns.push_back(query::filter_query(source_field, query::normalise_filter_value(source_field, source).value));
  }
  return query::combine(Query::OP_OR, patterns);
}

Query date_range(const SearchRequest& request) {
  if (request.date_from.empty() && request.date_to.empty()) return Query();
  if (request.date_to.empty()) {
    return Query(Query::OP_VALUE_GE, schema::Date, date_lower_bound(request.date_from));
  }
  if (request.date_from.empty()) {
    return Query(Query::OP_VALUE_LE, schema::Date, date_upper_bound(request.date_to));
  }
  return Query(Query::OP_VALUE_RANGE, schema::Date, date_lower_bound(request.date_from),
               date_upper_bound(request.date_to));
}

}  // namespace

std::string date_lower_bound(std::string_view date) {
  std::string value = date_digits(date);
  value.resize(8, '0');
  return value;
}

std::string date_upper_bound(std::string_view date) {
  std::string value = date_digits(date);
  value.resize(8, '9');
  return value;
}

void validate_request(const SearchRequest& request) {
  if (request.page < 1 || request.page > kMaxPage) {
    throw QueryError("The page must be between 1 and " + std::to_string(kMaxPage) + ".");
  }
  if (request.size < 1 || request.size > kMaxPageSize) {
    throw QueryError("The page size must be between 1 and " + std::to_string(kMaxPageSize) + ".");
  }
  if (!request.date_from.empty() && !request.date_to.empty() &&
      date_lower_bound(request.date_from) > date_upper_bound(request.date_to)) {
    throw QueryError("The date range ends before it starts.");
  }
  if (!request.date_from.empty()) date_lower_bound(request.date_from);
  if (!request.date_to.empty()) date_upper_bound(request.date_to);
  for (const std::string& code : request.languages) {
    if (!parse_language(code)) throw QueryError("Unknown language '" + code + "' (use en, hy, az or ru).");
  }
  const auto& kinds = document_kinds();
  for (const std::string& kind : lower_ascii(request.kinds)) {
    if (std::find(kinds.begin(), kinds.end(), kind) == kinds.end()) {
      throw QueryError("Unknown document kind '" + kind + "'.");
    }
  }
}

Xapian::Query request_filter(const SearchRequest& request) {
  const bool documents = request.mode == SearchMode::Documents;
  const std::vector<Query> parts = {
      any_term(schema::kLangPrefix, language_codes(request.languages)),
      any_term(documents ? schema::kDocAreaPrefix : schema::kAreaPrefix, request.areas),
      any_term(documents ? schema::kDocMeasurePrefix : schema::kMeasurePrefix, request.measures),
      any_term(schema::kKindPrefix, lower_ascii(request.kinds)),
      any_source(request.sources),
      date_range(request),
  };
  return query::combine(Query::OP_AND, parts);
}

}  // namespace liaison::search

#include "core/search/request_filters.h"

#include <algorithm>
#include <vector>

#include "core/error.h"
#include "core/index/schema.h"
#include "core/ingest/document.h"
#include "core/lang/language.h"
#include "core/query/compose.h"
#include "core/query/fields.h"
#include "core/request_limits.h"
#include "core/text/strings.h"

namespace liaison::search {
namespace {

using Xapian::Query;

/// The date's digits without dashes ("2021-12" → "202112").
std::string date_digits(const Date& date) {
  std::string digits = date.to_string();
  std::erase(digits, '-');
  return digits;
}

Query any_term(std::string_view prefix, const std::vector<std::string>& values) {
  return query::terms_query(Query::OP_OR, query::with_prefix(prefix, values));
}

std::vector<std::string> lower_ascii(std::vector<std::string> values) {
  for (std::string& value : values) value = liaison::lower_ascii(value);
  return values;
}

std::vector<std::string> language_codes(const std::vector<Language>& languages) {
  std::vector<std::string> codes;
  for (const Language language : languages) codes.emplace_back(to_code(language));
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
  const auto& from = request.date_from;
  const auto& to = request.date_to;
  if (!from && !to) return Query();
  if (!to) return Query(Query::OP_VALUE_GE, schema::Date, date_lower_bound(*from));
  if (!from) return Query(Query::OP_VALUE_LE, schema::Date, date_upper_bound(*to));
  return Query(Query::OP_VALUE_RANGE, schema::Date, date_lower_bound(*from), date_upper_bound(*to));
}

}  // namespace

std::string date_lower_bound(const Date& date) {
  std::string value = date_digits(date);
  value.resize(8, '0');
  return value;
}

std::string date_upper_bound(const Date& date) {
  std::string value = date_digits(date);
  value.resize(8, '9');
  return value;
}

void validate_request(const SearchRequest& request) {
  if (request.page < 1 || request.page > limits::kMaxPage) {
    throw QueryError("The page must be between 1 and " + std::to_string(limits::kMaxPage) + ".");
  }
  if (request.size < 1 || request.size > limits::kMaxPageSize) {
    throw QueryError("The page size must be between 1 and " + std::to_string(limits::kMaxPageSize) + ".");
  }
  if (request.date_from && request.date_to && request.date_from->first_day() > request.date_to->last_day()) {
    throw QueryError("The date range ends before it starts.");
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
      any_term(schema::kSpeakerPrefix, request.speakers),
      request.spoken_only ? Query(std::string(schema::kSpokenTerm)) : Query(),
  };
  return query::combine(Query::OP_AND, parts);
}

bool passage_passes(const SearchRequest& request, const Passage& passage) {
  const auto any_tag = [](const std::vector<std::string>& wanted, const std::vector<Tag>& tags) {
    return wanted.empty() || std::any_of(tags.begin(), tags.end(), [&wanted](const Tag& tag) {
             return std::find(wanted.begin(), wanted.end(), tag.id) != wanted.end();
           });
  };
  const auto& languages = request.languages;
  if (!languages.empty() && std::find(languages.begin(), languages.end(), passage.language) == languages.end()) return false;
  if (request.mode == SearchMode::Passages && !(any_tag(request.areas, passage.areas) && any_tag(request.measures, passage.measures)))
    return false;
  if (request.spoken_only && passage.speakers.empty()) return false;
  if (request.speakers.empty()) return true;
  return std::any_of(passage.speakers.begin(), passage.speakers.end(), [&request](const Speaker& speaker) {
    const std::string key = schema::speaker_key(speaker.name);
    return std::any_of(request.speakers.begin(), request.speakers.end(),
                       [&](const std::string& wanted) { return wanted == speaker.id || wanted == key; });
  });
}

}  // namespace liaison::search

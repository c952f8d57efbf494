#include "core/query/fields.h"

#include <algorithm>
#include <array>

#include "core/index/schema.h"
#include "core/ingest/document.h"
#include "core/lang/language.h"
#include "core/query/query_term.h"
#include "core/text/strings.h"

namespace liaison::query {
namespace {

constexpr std::array<FieldSpec, 5> kFields = {{
    {QueryField::Lang, "lang", FieldRole::Filter, schema::kLangPrefix, FieldValueRule::LanguageCode},
    {QueryField::Kind, "kind", FieldRole::Filter, schema::kKindPrefix, FieldValueRule::DocumentKind},
    {QueryField::Source, "source", FieldRole::Filter, schema::kSourcePrefix, FieldValueRule::SourceStart},
    {QueryField::Title, "title", FieldRole::Text, schema::kTitlePrefix, FieldValueRule::Words},
    {QueryField::Speaker, "speaker", FieldRole::Filter, schema::kSpeakerPrefix, FieldValueRule::SpeakerName},
}};

FilterValue language_code(std::string_view typed) {
  if (const auto language = parse_language(typed)) return {.value = std::string(to_code(*language))};
  return {.value = lower_ascii(typed),
          .warning = "Unknown language '" + std::string(typed) + "' in lang: (use en, hy, az or ru)."};
}

FilterValue document_kind(std::string_view typed) {
  FilterValue kind{.value = lower_ascii(typed)};
  const auto& kinds = document_kinds();
  if (std::find(kinds.begin(), kinds.end(), kind.value) == kinds.end()) {
    kind.warning = "Unknown kind '" + std::string(typed) + "' in kind:.";
  }
  return kind;
}

}  // namespace

std::span<const FieldSpec> query_fields() { return kFields; }

std::optional<QueryField> find_field(std::string_view lowered_name) {
  for (const FieldSpec& spec : kFields) {
    if (spec.name == lowered_name) return spec.field;
  }
  return std::nullopt;
}

const FieldSpec& spec_of(QueryField field) {
  for (const FieldSpec& spec : kFields) {
    if (spec.field == field) return spec;
  }
  return kFields.front();  // unreachable: every QueryField has a row
}

FilterValue normalise_filter_value(const FieldSpec& spec, std::string_view typed) {
  switch (spec.value_rule) {
    case FieldValueRule::LanguageCode: return language_code(typed);
    case FieldValueRule::DocumentKind: return document_kind(typed);
    case FieldValueRule::SourceStart: return {.value = schema::source_key(typed)};
    case FieldValueRule::SpeakerName: return {.value = schema::speaker_key(typed)};
    case FieldValueRule::Words: break;
  }
  return {.value = std::string(typed)};
}

Xapian::Query filter_query(const FieldSpec& spec, std::string_view normalised_value) {
  const std::string term = schema::term(spec.term_prefix, normalised_value);
  if (spec.value_rule != FieldValueRule::SourceStart) return Xapian::Query(term);
  // By the start of the lower-cased name, so source:osce finds "OSCE Minsk Group".
  return Xapian::Query(Xapian::Query::OP_WILDCARD, term, 0, Xapian::Query::WILDCARD_LIMIT_ERROR, Xapian::Query::OP_OR);
}

}  // namespace liaison::query

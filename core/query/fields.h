#pragma once
// The query fields (`name:value`), as data: the lexer knows a field by its name here, the AST
// holds its QueryField, the builder turns its value into a query by its role, term prefix and
// value rule, and docs/api.md's operator list names exactly these fields (tests/query check it).
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include <xapian.h>

namespace liaison::query {

/// A field of the query syntax.
enum class QueryField { Lang, Kind, Source, Title, Speaker };

/// What a field's value does in a query.
enum class FieldRole {
  Filter,  ///< matches without weight: which passages are looked at, not how they rank
  Text,    ///< words looked for in one part of the passage, ranked
};

/// How a field's value is normalised and checked before it becomes a term.
enum class FieldValueRule {
  LanguageCode,  ///< a language code (en, hy, az, ru); anything else warns and matches nothing
  DocumentKind,  ///< one of the document kinds, lower-cased; anything else warns
  SourceStart,   ///< lower-cased like the index's source names; matches the names starting so
  Words,         ///< analysed as query words (a word, prefix* or "phrase")
  SpeakerName,   ///< lower-cased like the index's speaker keys: a name or one word of it, any script
};

struct FieldSpec {
  QueryField field;
  std::string_view name;         ///< as typed before the colon, lower case
  FieldRole role;
  std::string_view term_prefix;  ///< the index terms the value is looked for in (core/index/schema.h)
  FieldValueRule value_rule;
};

/// Every query field, in the order the documentation lists them.
std::span<const FieldSpec> query_fields();

/// The field called `lowered_name` (already lower-cased); nullopt for any other name, which makes
/// "name:value" a plain word.
std::optional<QueryField> find_field(std::string_view lowered_name);

const FieldSpec& spec_of(QueryField field);

/// A filter field's value as its rule normalises it, and a warning when the rule refuses it
/// (empty when accepted).
struct FilterValue {
  std::string value;
  std::string warning{};
};

/// Normalises `typed` by `spec`'s value rule (spec.role must be Filter).
FilterValue normalise_filter_value(const FieldSpec& spec, std::string_view typed);

/// The filter matching a filter field's normalised value: its term, or for SourceStart every
/// term starting with it.
Xapian::Query filter_query(const FieldSpec& spec, std::string_view normalised_value);

}  // namespace liaison::query

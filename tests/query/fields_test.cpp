#include "core/query/fields.h"

#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "core/query/ast.h"
#include "core/query/parser.h"

namespace liaison::query {
namespace {

std::set<std::string> table_names() {
  std::set<std::string> names;
  for (const FieldSpec& spec : query_fields()) names.emplace(spec.name);
  return names;
}

/// The "### Query syntax" section of docs/api.md.
std::string query_syntax_section() {
  std::ifstream in(std::string(LIAISON_SOURCE_DIR) + "/docs/api.md");
  std::stringstream text;
  text << in.rdbuf();
  const std::string api = text.str();
  const std::size_t begin = api.find("### Query syntax");
  if (begin == std::string::npos) return {};
  const std::size_t end = api.find("\n#", begin + 1);
  return api.substr(begin, end == std::string::npos ? std::string::npos : end - begin);
}

TEST(QueryFields, EveryFieldHasOneRowAndAUniqueName) {
  EXPECT_EQ(table_names().size(), query_fields().size());
  for (const FieldSpec& spec : query_fields()) {
    EXPECT_EQ(&spec_of(spec.field), &spec);
    EXPECT_EQ(find_field(spec.name), spec.field);
    EXPECT_FALSE(spec.term_prefix.empty()) << spec.name;
  }
  EXPECT_EQ(find_field("year"), std::nullopt);
  EXPECT_EQ(find_field("Lang"), std::nullopt);  // the lexer lower-cases before asking
}

TEST(QueryFields, OperatorListInApiDocsNamesExactlyTheTableFields) {
  const std::string section = query_syntax_section();
  ASSERT_FALSE(section.empty()) << "docs/api.md has no \"### Query syntax\" section";
  // Fields appear as `name:value` in the operator table.
  const std::regex field_example("`([a-z]+):[^`]*`");
  std::set<std::string> documented;
  for (auto it = std::sregex_iterator(section.begin(), section.end(), field_example); it != std::sregex_iterator();
       ++it) {
    documented.insert((*it)[1].str());
  }
  EXPECT_EQ(documented, table_names());
}

TEST(QueryFields, ParserKnowsEachFieldInAnyCaseAndOthersAreWords) {
  for (const FieldSpec& spec : query_fields()) {
    std::string upper(spec.name);
    for (char& c : upper) c = static_cast<char>(c - 'a' + 'A');
    const ParseResult parsed = parse(upper + ":value");
    ASSERT_TRUE(parsed.root) << spec.name;
    const auto* field = std::get_if<Field>(&parsed.root->value);
    ASSERT_NE(field, nullptr) << spec.name;
    EXPECT_EQ(field->field, spec.field);
    EXPECT_EQ(describe(*parsed.root), std::string(spec.name) + ":value");
  }
  const ParseResult unknown = parse("year:2020");
  ASSERT_TRUE(unknown.root);
  EXPECT_TRUE(std::holds_alternative<Word>(unknown.root->value));
}

TEST(QueryFields, FilterValuesAreNormalisedAndCheckedByTheirRule) {
  const FilterValue language = normalise_filter_value(spec_of(QueryField::Lang), "RU");
  EXPECT_EQ(language.value, "ru");
  EXPECT_TRUE(language.warning.empty());
  EXPECT_FALSE(normalise_filter_value(spec_of(QueryField::Lang), "xx").warning.empty());
  EXPECT_EQ(normalise_filter_value(spec_of(QueryField::Kind), "Report").value, "report");
  EXPECT_FALSE(normalise_filter_value(spec_of(QueryField::Kind), "poem").warning.empty());
  EXPECT_EQ(normalise_filter_value(spec_of(QueryField::Source), "OSCE Minsk").value, "osce minsk");
}

}  // namespace
}  // namespace liaison::query

#include "core/query/ast.h"

#include <optional>
#include <type_traits>

namespace liaison::query {
namespace {

std::string describe_phrase(const Phrase& phrase) {
  std::string out = "\"";
  for (std::size_t i = 0; i < phrase.words.size(); ++i) {
    if (i > 0) out += ' ';
    out += phrase.words[i];
  }
  return out + "\"";
}

std::string describe_list(std::string_view name, const std::vector<NodePtr>& parts) {
  std::string out = "(";
  out += name;
  for (const NodePtr& part : parts) out += " " + (part ? describe(*part) : std::string("null"));
  return out + ")";
}

bool is_filter(const Node& node) {
  const auto* field = std::get_if<Field>(&node.value);
  return field && spec_of(field->field).role == FieldRole::Filter;
}

/// The words of a word or phrase; nullopt for anything else.
std::optional<std::string> plain_words(const Node& node) {
  if (const auto* word = std::get_if<Word>(&node.value)) {
    if (word->prefix) return std::nullopt;
    return word->text;
  }
  const auto* phrase = std::get_if<Phrase>(&node.value);
  if (!phrase) return std::nullopt;
  std::string out;
  for (const std::string& word : phrase->words) out += (out.empty() ? "" : " ") + word;
  return out;
}

}  // namespace

std::string words_beside_filters(const Node& root) {
  const auto* all = std::get_if<All>(&root.value);
  if (!all) return plain_words(root).value_or("");
  std::string out;
  for (const NodePtr& part : all->parts) {
    if (!part) continue;
    if (is_filter(*part)) continue;
    const std::optional<std::string> words = plain_words(*part);
    if (!words) return {};
    out += (out.empty() ? "" : " ") + *words;
  }
  return out;
}

std::string describe(const Node& node) {
  return std::visit(
      [](const auto& value) -> std::string {
        using T = std::decay_t<decltype(value)>;
        if constexpr (std::is_same_v<T, Word>) {
          return value.text + (value.prefix ? "*" : "");
        } else if constexpr (std::is_same_v<T, Phrase>) {
          return describe_phrase(value);
        } else if constexpr (std::is_same_v<T, Field>) {
          return std::string(spec_of(value.field).name) + ":" + (value.value ? describe(*value.value) : std::string("null"));
        } else if constexpr (std::is_same_v<T, All>) {
          return describe_list("AND", value.parts);
        } else if constexpr (std::is_same_v<T, Any>) {
          return describe_list("OR", value.parts);
        } else if constexpr (std::is_same_v<T, Must>) {
          return "+" + (value.operand ? describe(*value.operand) : std::string("null"));
        } else {
          return "-" + (value.operand ? describe(*value.operand) : std::string("null"));
        }
      },
      node.value);
}

}  // namespace liaison::query

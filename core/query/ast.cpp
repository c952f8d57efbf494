#include "core/query/ast.h"

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

}  // namespace

std::string describe(const Node& node) {
  return std::visit(
      [](const auto& value) -> std::string {
        using T = std::decay_t<decltype(value)>;
        if constexpr (std::is_same_v<T, Word>) {
          return value.text + (value.prefix ? "*" : "");
        } else if constexpr (std::is_same_v<T, Phrase>) {
          return describe_phrase(value);
        } else if constexpr (std::is_same_v<T, Field>) {
          return value.name + ":" + (value.value ? describe(*value.value) : std::string("null"));
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

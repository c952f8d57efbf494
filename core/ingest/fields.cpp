#include "core/ingest/fields.h"
#include "core/ingest/dates.h"
#include "core/text/strings.h"

#include <algorithm>
#include <optional>

namespace liaison {
namespace {

constexpr int kMinYear = 1900;
constexpr int kMaxYear = 2100;
constexpr std::size_t kMaxIdLength = 128;

bool is_id_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
}

bool is_utf8_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

bool is_valid_date(std::string_view date) {
  // The calendar is Date's (one validator for every date); the years are a document's own rule.
  const std::optional<Date> parsed = Date::parse(date);
  return parsed && parsed->year() >= kMinYear && parsed->year() <= kMaxYear;
}

bool is_valid_document_id(std::string_view id) {
  if (id.empty() || id.size() > kMaxIdLength) return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return is_id_char(c) || (c >= 'A' && c <= 'Z');
  });
}

std::string derive_document_id(std::string_view relative_path) {
  // Drop the extension of the last path component only ("a.b/c" keeps its dot).
  const auto slash = relative_path.rfind('/');
  const auto dot = relative_path.rfind('.');
  if (dot != std::string_view::npos && (slash == std::string_view::npos || dot > slash + 1))
    relative_path = relative_path.substr(0, dot);
  std::string id;
  for (char c : relative_path) {
    if (is_utf8_continuation(c)) continue;  // one '-' per character, not per byte
    c = lower_ascii(c);
    id += is_id_char(c) ? c : '-';
  }
  return id;
}

std::vector<std::string> split_list(std::string_view value) {
  std::vector<std::string> items;
  while (!value.empty()) {
    const auto comma = value.find(',');
    const auto item = trim(value.substr(0, comma));
    if (!item.empty()) items.emplace_back(item);
    if (comma == std::string_view::npos) break;
    value.remove_prefix(comma + 1);
  }
  return items;
}

}  // namespace liaison

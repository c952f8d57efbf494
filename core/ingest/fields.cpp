#include "core/ingest/fields.h"
#include "core/text/strings.h"

#include <algorithm>
#include <charconv>

namespace liaison {
namespace {

constexpr int kMinYear = 1900;
constexpr int kMaxYear = 2100;
constexpr std::size_t kMaxIdLength = 128;

/// Parses exactly `digits` ASCII digits; -1 when `s` is anything else.
int parse_fixed(std::string_view s, std::size_t digits) {
  if (s.size() != digits || !std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return -1;
  int value = 0;
  std::from_chars(s.data(), s.data() + s.size(), value);
  return value;
}

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap_year(year) ? 29 : kDays[month - 1];
}

bool is_id_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
}

bool is_utf8_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

bool is_valid_date(std::string_view date) {
  const int year = parse_fixed(date.substr(0, 4), 4);
  if (year < kMinYear || year > kMaxYear) return false;
  if (date.size() == 4) return true;
  if (date.size() < 7 || date[4] != '-') return false;
  const int month = parse_fixed(date.substr(5, 2), 2);
  if (month < 1 || month > 12) return false;
  if (date.size() == 7) return true;
  if (date.size() != 10 || date[7] != '-') return false;
  const int day = parse_fixed(date.substr(8, 2), 2);
  return day >= 1 && day <= days_in_month(year, month);
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

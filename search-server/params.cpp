#include "search-server/params.h"

#include <algorithm>
#include <charconv>
#include <optional>
#include <vector>

#include "core/ingest/dates.h"
#include "core/ingest/document.h"
#include "core/lang/language.h"
#include "core/text/utf8.h"

namespace liaison::http {
namespace {

/// Every value of `name`, with comma-separated lists split and blanks dropped.
std::vector<std::string> values_of(const QueryParams& params, const std::string& name) {
  std::vector<std::string> values;
  auto [first, last] = params.equal_range(name);
  for (auto it = first; it != last; ++it) {
    std::string_view rest = it->second;
    while (!rest.empty()) {
      const auto comma = rest.find(',');
      std::string_view piece = rest.substr(0, comma);
      while (!piece.empty() && piece.front() == ' ') piece.remove_prefix(1);
      while (!piece.empty() && piece.back() == ' ') piece.remove_suffix(1);
      if (!piece.empty()) values.emplace_back(piece);
      if (comma == std::string_view::npos) break;
      rest.remove_prefix(comma + 1);
    }
  }
  return values;
}

/// The single value of `name`, or "" when absent; refuses a repeated parameter.
std::string single_value(const QueryParams& params, const std::string& name) {
  const auto count = params.count(name);
  if (count > 1) throw ParamError(name, "parameter '" + name + "' is given more than once");
  return count == 1 ? params.find(name)->second : std::string();
}

/// Shortens `value` for quoting in an error message (it may be 100 KB long).
std::string quoted(std::string_view value) {
  constexpr std::size_t kMax = 40;
  if (value.size() <= kMax) return "'" + std::string(value) + "'";
  return "'" + std::string(value.substr(0, kMax)) + "…'";
}

void check_text(const std::string& name, std::string_view value, std::size_t max_bytes) {
  if (find_invalid_utf8(value)) throw ParamError(name, "parameter '" + name + "' is not valid UTF-8");
  if (value.size() > max_bytes) {
    throw ParamError(name, "parameter '" + name + "' is too long (" + std::to_string(value.size()) +
                               " bytes; at most " + std::to_string(max_bytes) + ")");
  }
}

bool is_tag_id(std::string_view id) {
  return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_';
  });
}

std::uint32_t parse_number(const QueryParams& params, const std::string& name, std::uint32_t fallback,
                           std::uint32_t min, std::uint32_t max) {
  const std::string text = single_value(params, name);
  if (text.empty()) return fallback;
  std::uint64_t value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  const std::string range = " (from " + std::to_string(min) + " to " + std::to_string(max) + ")";
  if (ec == std::errc::result_out_of_range) {
    throw ParamError(name, "parameter '" + name + "' is out of range" + range);
  }
  if (ec != std::errc() || end != text.data() + text.size()) {
    throw ParamError(name, "parameter '" + name + "' must be a whole number" + range + ", not " +
                               quoted(text));
  }
  if (value < min || value > max) {
    throw ParamError(name, "parameter '" + name + "' must be from " + std::to_string(min) + " to " +
                               std::to_string(max) + ", not " + text);
  }
  return static_cast<std::uint32_t>(value);
}

std::vector<Language> parse_languages(const QueryParams& params, const SearchLimits& limits) {
  std::vector<Language> languages;
  for (const auto& value : values_of(params, "lang")) {
    check_text("lang", value, limits.max_value_bytes);
    const auto language = parse_language(value);
    if (!language) {
      throw ParamError("lang", "unknown lang " + quoted(value) + " (expected en, hy, az or ru)");
    }
    languages.push_back(*language);
  }
  return languages;
}

std::vector<std::string> parse_tags(const QueryParams& params, const std::string& name,
                                    const std::set<std::string>& known, const SearchLimits& limits) {
  auto ids = values_of(params, name);
  for (const auto& id : ids) {
    check_text(name, id, limits.max_value_bytes);
    if (!is_tag_id(id)) throw ParamError(name, "malformed " + name + " id " + quoted(id));
    if (!known.empty() && !known.contains(id)) {
      throw ParamError(name, "unknown " + name + " " + quoted(id) + " (see /api/" + name + "s)");
    }
  }
  return ids;
}

std::vector<std::string> parse_kinds(const QueryParams& params, const SearchLimits& limits) {
  auto kinds = values_of(params, "kind");
  const auto& allowed = document_kinds();
  for (const auto& kind : kinds) {
    check_text("kind", kind, limits.max_value_bytes);
    if (std::find(allowed.begin(), allowed.end(), kind) == allowed.end()) {
      throw ParamError("kind", "unknown kind " + quoted(kind) +
                                   " (expected statement, report, agreement, article, transcript or other)");
    }
  }
  return kinds;
}

std::vector<std::string> parse_sources(const QueryParams& params, const SearchLimits& limits) {
  // A source name may contain commas ("OSCE, Minsk Group"), so it is never split.
  std::vector<std::string> sources;
  auto [first, last] = params.equal_range("source");
  for (auto it = first; it != last; ++it) {
    check_text("source", it->second, limits.max_value_bytes);
    if (!it->second.empty()) sources.push_back(it->second);
  }
  return sources;
}

/// Speaker ids as the speaker facet gives them: a gazetteer id or a label lower-cased, which may
/// hold spaces and any script ("speaker from baku").
std::vector<std::string> parse_speakers(const QueryParams& params, const SearchLimits& limits) {
  std::vector<std::string> speakers = values_of(params, "speaker");
  for (const std::string& speaker : speakers) check_text("speaker", speaker, limits.max_value_bytes);
  return speakers;
}

std::optional<Date> parse_date(const QueryParams& params, const std::string& name) {
  const std::string text = single_value(params, name);
  if (text.empty()) return std::nullopt;
  std::optional<Date> date = Date::parse(text);
  if (!date) {
    throw ParamError(name, "parameter '" + name + "' must be a date YYYY, YYYY-MM or YYYY-MM-DD, not " +
                               quoted(text));
  }
  return date;
}

SortOrder parse_sort(const QueryParams& params) {
  const std::string sort = single_value(params, "sort");
  if (sort.empty() || sort == "relevance") return SortOrder::Relevance;
  if (sort == "date") return SortOrder::DateAscending;
  if (sort == "-date") return SortOrder::DateDescending;
  throw ParamError("sort", "unknown sort " + quoted(sort) + " (expected relevance, date or -date)");
}

SearchMode parse_mode(const QueryParams& params) {
  const std::string mode = single_value(params, "mode");
  if (mode.empty() || mode == "documents") return SearchMode::Documents;
  if (mode == "passages") return SearchMode::Passages;
  throw ParamError("mode", "unknown mode " + quoted(mode) + " (expected documents or passages)");
}

bool parse_flag(const QueryParams& params, const std::string& name) {
  const std::string value = single_value(params, name);
  if (value.empty() || value == "0" || value == "false") return false;
  if (value == "1" || value == "true") return true;
  throw ParamError(name, "parameter '" + name + "' must be 0 or 1, not " + quoted(value));
}

void check_counts(const QueryParams& params, const SearchLimits& limits) {
  for (const char* name : {"lang", "area", "measure", "kind", "source", "speaker"}) {
    if (params.count(name) > limits.max_values) {
      throw ParamError(name, std::string("too many '") + name + "' parameters (at most " +
                                 std::to_string(limits.max_values) + ")");
    }
  }
}

}  // namespace

SearchRequest parse_search_params(const QueryParams& params, const KnownTags& known,
                                  const SearchLimits& limits) {
  check_counts(params, limits);
  SearchRequest request;
  request.query = single_value(params, "q");
  check_text("q", request.query, limits.max_query_bytes);
  request.languages = parse_languages(params, limits);
  request.areas = parse_tags(params, "area", known.areas, limits);
  request.measures = parse_tags(params, "measure", known.measures, limits);
  request.kinds = parse_kinds(params, limits);
  request.sources = parse_sources(params, limits);
  request.date_from = parse_date(params, "from");
  request.date_to = parse_date(params, "to");
  if (request.date_from && request.date_to && request.date_from->first_day() > request.date_to->last_day()) {
    throw ParamError("from", "'from' (" + request.date_from->to_string() + ") is after 'to' (" +
                                 request.date_to->to_string() + ")");
  }
  request.sort = parse_sort(params);
  request.mode = parse_mode(params);
  request.page = parse_number(params, "page", 1, 1, limits.max_page);
  request.size = parse_number(params, "size", limits.default_size, 1, limits.max_size);
  request.cross_language = parse_flag(params, "xlang");
  request.as_typed = params.contains("xlang") && !request.cross_language;
  request.facets = !params.contains("facets") || parse_flag(params, "facets");
  request.snippets = !params.contains("snippets") || parse_flag(params, "snippets");
  request.suggestions = !params.contains("suggest") || parse_flag(params, "suggest");
  request.group_versions = !params.contains("group") || parse_flag(params, "group");
  request.speakers = parse_speakers(params, limits);
  return request;
}

std::string_view to_string(SortOrder sort) {
  switch (sort) {
    case SortOrder::Relevance: return "relevance";
    case SortOrder::DateAscending: return "date";
    case SortOrder::DateDescending: return "-date";
  }
  return "relevance";
}

std::string_view to_string(SearchMode mode) {
  return mode == SearchMode::Passages ? "passages" : "documents";
}

}  // namespace liaison::http

#include "search-server/export_handlers.h"

#include <charconv>
#include <sstream>

#include "core/error.h"
#include "core/request_limits.h"
#include "core/search/snippets.h"
#include "search-server/cite_handlers.h"
#include "search-server/error_replies.h"
#include "search-server/json_encode.h"
#include "search-server/reference_export.h"

namespace liaison::http {
namespace {

/// The page size the export fetches with (the Searcher's largest).
constexpr std::uint32_t kExportPageSize = limits::kMaxPageSize;

constexpr const char* kCsvColumns[] = {"id",    "title",    "date", "lang",    "kind",    "source",
                                       "url",   "passage",  "page", "score",   "areas",   "measures",
                                       "snippet", "permalink"};

/// The single value of `name`, or `fallback`; ParamError when repeated.
std::string single(const QueryParams& params, const std::string& name, const std::string& fallback) {
  const auto count = params.count(name);
  if (count == 0) return fallback;
  if (count > 1) throw ParamError(name, "the parameter '" + name + "' may be given once");
  return params.find(name)->second;
}

std::uint32_t parse_limit(const QueryParams& params) {
  const std::string text = single(params, "limit", std::to_string(kMaxExportHits));
  std::uint32_t limit = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), limit);
  if (text.empty() || error != std::errc() || end != text.data() + text.size() || limit == 0 ||
      limit > kMaxExportHits) {
    throw ParamError("limit", "limit must be a number from 1 to " + std::to_string(kMaxExportHits));
  }
  return limit;
}

/// Every hit of the search, page after page, up to `limit`.
SearchResult collect_hits(const ApiContext& context, const QueryParams& params, std::uint32_t limit) {
  QueryParams search_params = params;
  for (const char* ignored : {"page", "size", "format", "limit", "facets"}) search_params.erase(ignored);
  SearchRequest request = parse_search_params(search_params, context.known);
  request.size = kExportPageSize;
  request.facets = false;
  const SearcherLease searcher = context.searcher();
  if (!params.contains("xlang")) request.cross_language = searcher->wants_cross_language(request.query);
  SearchResult all;
  for (request.page = 1;; ++request.page) {
    SearchResult page = searcher->search(request);
    if (request.page == 1) {
      all = page;
      all.hits.clear();
    }
    for (auto& hit : page.hits) {
      if (all.hits.size() == limit) break;
      all.hits.push_back(std::move(hit));
    }
    const bool last_page = page.hits.size() < kExportPageSize;
    if (last_page || all.hits.size() >= limit || all.hits.size() >= page.total) break;
  }
  return all;
}

std::string joined_ids(const std::vector<Tag>& tags) {
  std::string out;
  for (const auto& tag : tags) out += (out.empty() ? "" : ";") + tag.id;
  return out;
}

std::string csv_row(const std::vector<std::string>& fields) {
  std::string row;
  for (std::size_t i = 0; i < fields.size(); ++i) row += (i ? "," : "") + csv_field(fields[i]);
  return row + "\r\n";
}

std::string number_text(double value) {
  std::ostringstream out;
  out << value;
  return out.str();
}

/// A UTF-8 byte-order mark: spreadsheet programs read the file as UTF-8 only with it.
constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

std::string to_csv(const SearchResult& result) {
  std::string csv = std::string(kUtf8Bom) + csv_row({std::begin(kCsvColumns), std::end(kCsvColumns)});
  for (const auto& hit : result.hits) {
    csv += csv_row({hit.id, hit.title, hit.date, hit.lang, hit.kind, hit.source, hit.url,
                    hit.passage ? std::to_string(hit.passage) : "", hit.page ? std::to_string(hit.page) : "",
                    number_text(hit.score), joined_ids(hit.areas), joined_ids(hit.measures),
                    snippet_text(hit.snippet), hit.passage ? passage_permalink(hit.id, hit.anchor) : ""});
  }
  return csv;
}

nlohmann::json to_export_json(const SearchResult& result) {
  nlohmann::json hits = nlohmann::json::array();
  for (const auto& hit : result.hits) {
    nlohmann::json entry = to_json(hit);
    entry["text"] = snippet_text(hit.snippet);
    if (hit.passage) entry["permalink"] = passage_permalink(hit.id, hit.anchor);
    hits.push_back(std::move(entry));
  }
  return {{"query", result.query}, {"total", result.total}, {"exact", result.exact},
          {"exported", result.hits.size()}, {"hits", std::move(hits)}};
}

}  // namespace

std::string csv_field(const std::string& value) {
  // A cell that starts like a formula would be run by a spreadsheet (CSV injection): a leading
  // apostrophe makes it text. Document titles and sources come from anywhere.
  const bool formula_like = !value.empty() && std::string_view("=+-@\t\r").find(value.front()) != std::string_view::npos;
  const std::string text = formula_like ? "'" + value : value;
  if (!formula_like && text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string quoted = "\"";
  for (const char c : text) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quoted + "\"";
}

std::string snippet_text(const std::string& snippet) { return search::snippet_text(snippet); }

Reply get_export(const ApiContext& context, const QueryParams& params, const ReferenceAccess& access) {
  const std::string format = single(params, "format", "csv");
  if (format != "csv" && format != "json" && format != "bibtex" && format != "ris") {
    throw ParamError("format", "format must be csv, json, bibtex or ris");
  }
  const std::uint32_t limit = parse_limit(params);
  // Each page's search reopens the index itself should the indexer commit meanwhile
  // (IndexBusyError, a 503, when it keeps changing).
  const SearchResult result = searching_q([&] { return collect_hits(context, params, limit); });
  const auto download = [](std::string type, std::string body, std::string filename) {
    return Reply{.status = 200, .body = nullptr, .content_type = std::move(type), .text = std::move(body),
                 .filename = std::move(filename)};
  };
  if (format == "json") {
    return download("application/json; charset=utf-8", dump(to_export_json(result)), "liaison-export.json");
  }
  if (format == "bibtex") {
    return download("application/x-bibtex; charset=utf-8", to_bibtex(result, access), "liaison-export.bib");
  }
  if (format == "ris") {
    return download("application/x-research-info-systems; charset=utf-8", to_ris(result, access),
                    "liaison-export.ris");
  }
  return download("text/csv; charset=utf-8", to_csv(result), "liaison-export.csv");
}

}  // namespace liaison::http

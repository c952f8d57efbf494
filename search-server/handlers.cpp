#include "search-server/handlers.h"

#include <chrono>

#include "core/error.h"
#include "core/ingest/fields.h"
#include "core/search/measure_timeline.h"
#include "core/text/utf8.h"
#include "search-server/error_replies.h"
#include "search-server/json_encode.h"

namespace liaison::http {
namespace {

Reply bad_request(const std::string& message, const std::string& parameter = "") {
  return {.status = 400, .body = error_json(message, parameter)};
}

/// The tag set `tags` (area or measure entries), each with "count": the documents carrying it.
Reply list_tags(const ApiContext& context, const std::string& facet, const nlohmann::json& tags) {
  if (tags.empty()) return {.status = 200, .body = nlohmann::json::array()};
  const TagCounts all = context.searcher()->tag_counts();
  const auto& counts = facet == "area" ? all.areas : all.measures;
  nlohmann::json list = nlohmann::json::array();
  for (auto tag : tags) {
    const auto it = counts.find(tag["id"].get<std::string>());
    tag["count"] = it == counts.end() ? 0 : it->second;
    list.push_back(std::move(tag));
  }
  return {.status = 200, .body = std::move(list)};
}

}  // namespace

Reply get_search(const ApiContext& context, const QueryParams& params) {
  const auto started = std::chrono::steady_clock::now();
  SearchRequest request = parse_search_params(params, context.known);
  // The searcher reopens the index itself should the indexer commit meanwhile, and throws
  // IndexBusyError (503, error_replies.h) when the index keeps changing.
  const SearchResult result = searching_q([&] {
    const SearcherLease searcher = context.searcher();
    // A query that names a domain entry ("demining", "Пашинян") searches all four languages
    // unless the client said otherwise.
    if (!params.contains("xlang")) request.cross_language = searcher->wants_cross_language(request.query);
    return searcher->search(request);
  });
  nlohmann::json body = to_json(result);
  if (result.took_ms <= 0.0) {
    body["took_ms"] = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
  }
  body["sort"] = to_string(request.sort);
  body["mode"] = to_string(request.mode);
  body["xlang"] = request.cross_language;
  return {.status = 200, .body = std::move(body)};
}

Reply get_who_said(const ApiContext& context, const QueryParams& params) {
  SearchRequest request = parse_search_params(params, context.known);
  const WhoSaid who = searching_q([&] {
    const SearcherLease searcher = context.searcher();
    if (!params.contains("xlang")) request.cross_language = searcher->is_domain_entry(request.query);
    return searcher->who_said(request);
  });
  return {.status = 200, .body = to_json(who)};
}

Reply get_document(const ApiContext& context, const std::string& id) {
  // Every indexed id is made of [A-Za-z0-9._-] (core/ingest/fields.h): anything else, a '/',
  // '%' or control byte included, is malformed (400), not merely unknown (404).
  if (!is_valid_document_id(id)) {
    return bad_request("malformed document id (1 to 128 characters from A-Z a-z 0-9 . _ -)", "id");
  }
  auto view = context.searcher()->get_document(id);
  if (!view) return {.status = 404, .body = error_json("no document with id '" + id + "'")};
  return {.status = 200, .body = to_json(*view)};
}

Reply get_areas(const ApiContext& context) { return list_tags(context, "area", context.domain.areas); }

Reply get_measures(const ApiContext& context) {
  return list_tags(context, "measure", context.domain.measures);
}

Reply get_measure_track(const ApiContext& context, const std::string& id) {
  if (id.empty() || id.size() > 64 || find_invalid_utf8(id)) return bad_request("malformed measure id", "id");
  if (!context.known.measures.empty() && !context.known.measures.contains(id)) {
    return {.status = 404, .body = error_json("no measure with id '" + id + "' (see /api/measures)")};
  }
  MeasureTrack track = context.searcher()->track_measure(id, context.domain.proposed(id));
  if (context.statuses) search::read_statuses(track, *context.statuses);
  return {.status = 200, .body = to_json(track)};
}

Reply get_stats(const ApiContext& context) {
  return {.status = 200, .body = to_json(context.searcher()->stats())};
}

Reply get_health() { return {.status = 200, .body = {{"status", "ok"}}}; }

Reply not_found(const std::string& path) {
  const std::string shown = find_invalid_utf8(path) ? std::string("(path)") : path.substr(0, 200);
  return {.status = 404, .body = error_json("no such path: " + shown)};
}

}  // namespace liaison::http

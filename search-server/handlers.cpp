#include "search-server/handlers.h"

#include <chrono>

#include <xapian.h>

#include "core/error.h"
#include "core/text/utf8.h"
#include "search-server/json_encode.h"

namespace liaison::http {
namespace {

constexpr std::size_t kMaxDocumentIdBytes = 512;

/// Runs `work` on the thread's searcher. Should the indexer commit twice while a search reads,
/// Xapian throws DatabaseModifiedError; the searcher is reopened and the work run again, so no
/// request fails because the indexer runs.
template <typename Work>
auto with_searcher(const ApiContext& context, Work&& work) {
  constexpr int kAttempts = 3;
  for (int attempt = 1;; ++attempt) {
    try {
      return work(context.searcher());
    } catch (const Xapian::DatabaseModifiedError&) {
      if (attempt == kAttempts) throw;
    }
  }
}

Reply bad_request(const std::string& message, const std::string& parameter = "") {
  return {.status = 400, .body = error_json(message, parameter)};
}

/// The number of documents carrying each tag: a facet if the Searcher counts it, else one
/// count-only search per tag.
std::map<std::string, std::uint64_t> count_documents(const ApiContext& context, const std::string& facet,
                                                     const nlohmann::json& tags) {
  SearchRequest everything;
  everything.size = 1;
  const auto result = with_searcher(context, [&](Searcher& s) { return s.search(everything); });
  if (const auto it = result.facets.find(facet); it != result.facets.end()) {
    return {it->second.begin(), it->second.end()};
  }
  std::map<std::string, std::uint64_t> counts;
  for (const auto& tag : tags) {
    SearchRequest one;
    one.size = 1;
    one.facets = false;
    const auto id = tag["id"].get<std::string>();
    (facet == "area" ? one.areas : one.measures).push_back(id);
    counts[id] = with_searcher(context, [&](Searcher& s) { return s.search(one).total; });
  }
  return counts;
}

Reply list_tags(const ApiContext& context, const std::string& facet, const nlohmann::json& tags) {
  if (tags.empty()) return {.status = 200, .body = nlohmann::json::array()};
  const auto counts = count_documents(context, facet, tags);
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
  SearchRequest request;
  try {
    request = parse_search_params(params, context.known);
  } catch (const ParamError& error) {
    return bad_request(error.what(), error.parameter());
  }
  try {
    const auto result = with_searcher(context, [&](Searcher& s) { return s.search(request); });
    nlohmann::json body = to_json(result);
    if (result.took_ms <= 0.0) {
      body["took_ms"] = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
    }
    body["sort"] = to_string(request.sort);
    body["mode"] = to_string(request.mode);
    return {.status = 200, .body = std::move(body)};
  } catch (const QueryError& error) {
    return bad_request(error.what(), "q");
  }
}

Reply get_document(const ApiContext& context, const std::string& id) {
  if (id.empty() || id.size() > kMaxDocumentIdBytes || find_invalid_utf8(id)) {
    return bad_request("malformed document id", "id");
  }
  auto view = with_searcher(context, [&](Searcher& s) { return s.get_document(id); });
  if (!view) return {.status = 404, .body = error_json("no document with id '" + id + "'")};
  return {.status = 200, .body = to_json(*view)};
}

Reply get_areas(const ApiContext& context) { return list_tags(context, "area", context.domain.areas); }

Reply get_measures(const ApiContext& context) {
  return list_tags(context, "measure", context.domain.measures);
}

Reply get_stats(const ApiContext& context) {
  return {.status = 200, .body = to_json(with_searcher(context, [](Searcher& s) { return s.stats(); }))};
}

Reply get_health() { return {.status = 200, .body = {{"status", "ok"}}}; }

Reply not_found(const std::string& path) {
  const std::string shown = find_invalid_utf8(path) ? std::string("(path)") : path.substr(0, 200);
  return {.status = 404, .body = error_json("no such path: " + shown)};
}

}  // namespace liaison::http

#include "search-server/feed_handlers.h"

#include <algorithm>

#include "core/ingest/provenance.h"
#include "search-server/cite_handlers.h"
#include "search-server/export_handlers.h"
#include "search-server/reference_export.h"

namespace liaison::http {
namespace {

constexpr std::string_view kEpoch = "1970-01-01T00:00:00Z";

/// "2021-12-14" → "2021-12-14T00:00:00Z" ("2021-12" the 1st, "2021" January 1st); `fallback` undated.
std::string atom_time(const std::string& date, const std::string& fallback) {
  if (date.size() >= 10) return date.substr(0, 10) + "T00:00:00Z";
  if (date.size() >= 7) return date.substr(0, 7) + "-01T00:00:00Z";
  if (date.size() >= 4) return date.substr(0, 4) + "-01-01T00:00:00Z";
  return fallback;
}

/// The parameters in key order, percent-encoded: one URL per feed, whatever order they came in.
std::string canonical_query(const QueryParams& params) {
  std::string query;
  for (const auto& [name, value] : params) {
    query += (query.empty() ? "" : "&") + percent_encode(name) + "=" + percent_encode(value);
  }
  return query;
}

std::string document_link(const std::string& origin, const std::string& id) {
  return origin + "/?doc=" + percent_encode(id);
}

std::string element(std::string_view name, std::string_view text) {
  return "<" + std::string(name) + ">" + xml_escape(text) + "</" + std::string(name) + ">";
}

std::string entry(const Hit& hit, const std::string& origin, const std::string& updated) {
  const std::string link = document_link(origin, hit.id);
  const std::string id = origin.empty() ? "tag:liaison,2024:document/" + percent_encode(hit.id) : link;
  std::string out = "<entry>" + element("id", id) + element("title", hit.title) + element("updated", updated);
  out += "<link rel=\"alternate\" type=\"text/html\" href=\"" + xml_escape(link) + "\"/>";
  const std::string author = authorship_of(citable_document(hit)).author;
  if (!author.empty()) out += "<author>" + element("name", author) + "</author>";
  out += "<summary type=\"text\">" + xml_escape(snippet_text(hit.snippet)) + "</summary>";
  for (const Tag& area : hit.areas) out += "<category term=\"" + xml_escape(area.id) + "\"/>";
  return out + "</entry>\n";
}

SearchResult newest(const ApiContext& context, const QueryParams& params, std::string& last_indexed) {
  QueryParams search_params = params;
  for (const char* ignored : {"page", "size", "sort", "mode", "facets"}) search_params.erase(ignored);
  SearchRequest request = parse_search_params(search_params, context.known);
  request.sort = SortOrder::DateDescending;
  request.mode = SearchMode::Documents;
  request.page = 1;
  request.size = kMaxFeedEntries;
  request.facets = false;
  const SearcherLease searcher = context.searcher();
  if (!params.contains("xlang")) request.cross_language = searcher->wants_cross_language(request.query);
  last_indexed = searcher->stats().last_indexed;
  return searcher->search(request);
}

}  // namespace

Reply get_feed(const ApiContext& context, const QueryParams& params, const std::string& origin) {
  std::string last_indexed;
  const SearchResult result = newest(context, params, last_indexed);
  const std::string undated = last_indexed.empty() ? std::string(kEpoch) : last_indexed;
  std::string entries;
  std::string updated = result.hits.empty() ? undated : std::string(kEpoch);
  for (const Hit& hit : result.hits) {
    const std::string time = atom_time(hit.date, undated);
    updated = std::max(updated, time);
    entries += entry(hit, origin, time);
  }
  const std::string query = canonical_query(params);
  const std::string self = origin + "/api/feed" + (query.empty() ? "" : "?" + query);
  const auto q = params.find("q");
  const std::string title = q == params.end() || q->second.empty() ? "Liaison: newest documents" : "Liaison: " + q->second;
  std::string feed = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n";
  feed += element("id", self) + element("title", title) + element("updated", updated) + "\n";
  feed += "<link rel=\"self\" type=\"application/atom+xml\" href=\"" + xml_escape(self) + "\"/>";
  feed += "<link rel=\"alternate\" type=\"text/html\" href=\"" + xml_escape(origin + "/?" + query) + "\"/>";
  feed += "<author>" + element("name", "Liaison") + "</author><generator>Liaison</generator>\n";
  return {.status = 200, .body = nullptr, .content_type = "application/atom+xml; charset=utf-8",
          .text = feed + entries + "</feed>\n"};
}

}  // namespace liaison::http

#pragma once
// The API's handlers: free functions from (context, parameters) to a Reply, so that each is
// unit-tested without a socket. They never see httplib; routes.cpp adapts them.
#include <functional>
#include <string>

#include <nlohmann/json.hpp>

#include <memory>

#include "core/search/searcher.h"
#include "core/tagging/measure_status.h"
#include "search-server/searcher_pool.h"
#include "search-server/domain.h"
#include "search-server/params.h"

namespace liaison::http {

/// What a handler answers: an HTTP status and a JSON body — or, when `content_type` is set,
/// `text` of that type (the Atom feed, an export). With a `filename` it is a download
/// (Content-Disposition: attachment).
struct Reply {
  int status = 200;
  nlohmann::json body;
  std::string content_type = {};
  std::string text = {};
  std::string filename = {};
};

/// What the handlers share.
struct ApiContext {
  /// A Searcher for this request, reopened on the latest commit; waits while all are lent.
  std::function<SearcherLease()> searcher;
  Domain domain;     ///< the CBM areas and measures listed by /api/areas and /api/measures
  KnownTags known;   ///< their ids, for validating area= and measure=
  /// The domain's status cues (statuses.json), for the tracker's statuses; null without them.
  std::shared_ptr<const StatusCues> statuses;
};

/// GET /api/search: validates the parameters, then searches. Throws ParamError for bad
/// parameters or a query the Searcher refuses (then naming "q"): a 400 (error_replies.h).
/// Without an xlang parameter, cross-language search is on when the whole query is a domain
/// entry, its spelling suggestion is one, or it is written in a language the index barely holds
/// (Searcher::wants_cross_language).
Reply get_search(const ApiContext& context, const QueryParams& params);

/// GET /api/documents/{id}: the whole document, or 404.
/// GET /api/said: who said what, when (the search parameters apply; docs/api.md).
Reply get_who_said(const ApiContext& context, const QueryParams& params);

Reply get_document(const ApiContext& context, const std::string& id);

/// GET /api/areas: the areas of the domain, each with "count": documents tagged with it.
Reply get_areas(const ApiContext& context);

/// GET /api/measures: the measures, each with "count" (an empty list when none are defined).
Reply get_measures(const ApiContext& context);

/// GET /api/measures/{id}: the measure tracker, every document and passage that references the
/// measure, by date, with the first and latest mention, and (with status cues) the status each
/// passage shows and the strongest per year. 404 for a measure the domain lacks.
Reply get_measure_track(const ApiContext& context, const std::string& id);

/// GET /api/stats: documents, passages, languages, last index time.
Reply get_stats(const ApiContext& context);

/// GET /healthz: {"status":"ok"}.
Reply get_health();

/// Any path no route serves: 404 {"error": "no such path: …"}.
Reply not_found(const std::string& path);

}  // namespace liaison::http

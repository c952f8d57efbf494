#pragma once
// The wire format of the API: the only place that turns search results into JSON
// (docs/api.md describes it field by field).
#include <string>

#include <nlohmann/json.hpp>

#include "core/search/result.h"

namespace liaison::http {

/// {"query","total","exact","page","size","took_ms","hits":[…],"facets":{…},"did_you_mean","warnings",
/// "expansions":[{"typed","entry","forms":{lang:[…]}}]}
nlohmann::json to_json(const SearchResult& result);

/// One hit: {"id","title","date","lang","kind","source","url","score","areas":[{"id","score","evidence"}],
/// "measures":[ids],"passage","page","snippet","matched_languages"}
nlohmann::json to_json(const Hit& hit);

/// Who said what: {"query","passages","complete","speakers":[{"id","name","statements":[{"id","title",
/// "date","lang","kind","source","provenance","passage","snippet"}]}]}
nlohmann::json to_json(const WhoSaid& who);

/// The whole document: metadata, "areas", "measures", "languages" and
/// "passages":[{"n","text","lang","page","areas","measures"}].
nlohmann::json to_json(const DocumentView& view);

/// The measure tracker: {"measure","documents","passages","first","latest","mentions":[{"id","title",
/// "date","kind","source","path","manual","score","passages":[{"n","lang","text","score","evidence"}]}]}
nlohmann::json to_json(const MeasureTrack& track);

/// {"documents","passages","languages":{code:passages},"last_indexed"}
nlohmann::json to_json(const IndexStats& stats);

/// {"error": message}, plus "parameter" when one parameter is at fault.
nlohmann::json error_json(const std::string& message, const std::string& parameter = "");

/// Serialises for the wire, with < > & written as \u escapes; invalid UTF-8 (which no
/// well-behaved index holds) becomes U+FFFD instead of throwing, so encoding never turns a good
/// answer into a 500.
std::string dump(const nlohmann::json& body);

}  // namespace liaison::http

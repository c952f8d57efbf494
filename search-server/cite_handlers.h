#pragma once
// GET /api/documents/{id}/passages/{n}/cite: the citations of one passage (core cite()), for the
// page's cite buttons.
#include <string>

#include "search-server/handlers.h"

namespace liaison::http {

/// Percent-encodes everything but unreserved characters (RFC 3986), for a query-string value.
std::string percent_encode(const std::string& text);

/// The page's permalink of a passage of document `id` by its stable anchor (core/text/anchor.h):
/// "/?doc=<id>#<anchor>" (relative to the server, id percent-encoded).
std::string passage_permalink(const std::string& id, const std::string& anchor);

/// `path_tail` is "<id>/passages/<n>/cite" (what the route captured). Answers
/// {"id","n","text","bibtex","permalink"}; 404 for an unknown document or passage, 400 for a
/// malformed id or number.
Reply get_passage_citation(const ApiContext& context, const std::string& path_tail);

}  // namespace liaison::http

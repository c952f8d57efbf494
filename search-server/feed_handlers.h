#pragma once
// GET /api/feed: the newest documents of a search as an Atom 1.0 feed (RFC 4287), so that a feed
// reader alerts its reader to new documents on a subject.
#include <string>

#include "core/text/strings.h"  // xml_escape, which the feed writes with
#include "search-server/handlers.h"

namespace liaison::http {

/// Entries a feed holds at most.
inline constexpr std::uint32_t kMaxFeedEntries = 50;

/// Takes the parameters of /api/search (`page`, `size`, `sort` and `mode` are ignored: the feed
/// holds the newest matching documents first, at most kMaxFeedEntries). `origin` ("http://host")
/// makes the links absolute. Answers application/atom+xml; the feed's id is its canonical URL
/// (origin + /api/feed? + the parameters in order), `updated` the newest entry's. Each entry:
/// id and link the document's view (origin + /?doc=<id>), title, updated (the document's date at
/// midnight UTC, else the index's last_indexed), author (as in citations), summary (the snippet
/// as plain text), a category per area. 400 (JSON) for a bad parameter, as /api/search.
Reply get_feed(const ApiContext& context, const QueryParams& params, const std::string& origin);

}  // namespace liaison::http

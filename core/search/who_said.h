#pragma once
// The who-said-what view: a passages-mode result regrouped by speaker, each speaker's
// statements on a timeline.
#include "core/search/result.h"

namespace liaison::search {

/// `passages` (a passages-mode result of passages with speakers, with snippets) by speaker: a
/// passage with two speakers (a joint statement) counts for both; a passage none of whose own
/// words is marked in its snippet (it matched by its document's title) is left out. Speakers with most statements first, then by
/// name; each one's statements oldest first, undated last, a document's passages in their order.
WhoSaid who_said_from(const SearchResult& passages);

}  // namespace liaison::search

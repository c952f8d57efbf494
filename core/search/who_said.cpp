#include "core/search/who_said.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace liaison::search {

WhoSaid who_said_from(const SearchResult& passages) {
  WhoSaid out;
  out.query = passages.query;
  out.complete = passages.exact && passages.total <= passages.hits.size();
  std::map<std::string, SpeakerStatements> by_id;
  for (const Hit& hit : passages.hits) {
    // Every passage of a document whose title matches matches too (title words are indexed with
    // each passage): a statement is a passage whose own words match, marked in its snippet.
    if (hit.snippet.find("<mark>") == std::string::npos) continue;
    ++out.passages;
    for (const Speaker& speaker : hit.speakers) {
      SpeakerStatements& entry = by_id[speaker.id];
      if (entry.id.empty()) entry = {.id = speaker.id, .name = speaker.name, .statements = {}};
      entry.statements.push_back({.id = hit.id, .title = hit.title, .date = hit.date, .lang = hit.lang,
                                  .kind = hit.kind, .source = hit.source, .provenance = hit.provenance,
                                  .passage = hit.passage, .snippet = hit.snippet});
    }
  }
  for (auto& [id, entry] : by_id) {
    // Undated last ("" sorts first, so emptiness is compared before the date); one document's
    // passages in their order.
    std::stable_sort(entry.statements.begin(), entry.statements.end(), [](const Statement& a, const Statement& b) {
      if (a.date.empty() != b.date.empty()) return b.date.empty();
      return std::tie(a.date, a.id, a.passage) < std::tie(b.date, b.id, b.passage);
    });
    out.speakers.push_back(std::move(entry));
  }
  std::stable_sort(out.speakers.begin(), out.speakers.end(), [](const SpeakerStatements& a, const SpeakerStatements& b) {
    if (a.statements.size() != b.statements.size()) return a.statements.size() > b.statements.size();
    return a.name < b.name;
  });
  return out;
}

}  // namespace liaison::search

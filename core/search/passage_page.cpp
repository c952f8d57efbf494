#include "core/search/passage_page.h"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace liaison::search {

std::vector<Hit> passage_page(const HitSource& source, const Xapian::MSet& mset, const std::vector<RankedDocument>& ranked,
                              const PassagePageOptions& options, PassagesFound& found) {
  std::vector<PassageHit> all;
  for (const RankedDocument& document : ranked) {
    std::vector<PassageHit> hits = passage_hits(source, mset[document.rank].get_document(), document.weight);
    if (!options.by_weight) {  // a document's passages in their order
      std::sort(hits.begin(), hits.end(), [](const PassageHit& a, const PassageHit& b) { return a.hit.passage < b.hit.passage; });
    }
    std::move(hits.begin(), hits.end(), std::back_inserter(all));
  }
  found = {.passages = all.size(), .documents = ranked.size()};
  if (options.by_weight) {
    std::stable_sort(all.begin(), all.end(), [](const PassageHit& a, const PassageHit& b) { return a.hit.score > b.hit.score; });
  }
  std::vector<Hit> page;
  const std::size_t end = std::min<std::size_t>(all.size(), options.offset + source.request.size);
  for (std::size_t i = options.offset; i < end; ++i) {
    Hit& hit = all[i].hit;
    add_snippet(source, all[i].passage, hit);
    hit.matched_languages = {hit.lang};
    page.push_back(std::move(hit));
  }
  return page;
}

void count_passages(const PassagesFound& found, SearchResult& result) {
  if (result.exact && found.documents >= result.total) {
    result.total = found.passages;
    return;
  }
  // Past the documents read, as many passages per document as among them.
  const double per_document = found.documents == 0 ? 0.0 : static_cast<double>(found.passages) / found.documents;
  result.total = std::max<std::uint64_t>(found.passages, static_cast<std::uint64_t>(std::llround(per_document * result.total)));
  result.exact = false;
}

}  // namespace liaison::search

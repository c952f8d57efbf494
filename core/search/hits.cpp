#include "core/search/hits.h"

#include "core/ingest/provenance.h"
#include "core/text/anchor.h"

namespace liaison::search {

Hit make_hit(const PassageData& data, double score, SearchMode mode) {
  const Document& document = data.document;
  const Passage& passage = data.passage;
  const bool documents = mode == SearchMode::Documents;
  return Hit{
      .id = document.id,
      .title = document.title,
      .date = document.date,
      .lang = std::string(to_code(passage.language)),
      .kind = document.kind,
      .source = document.source,
      .url = document.url,
      .path = document.path,
      .provenance = std::string(to_string(provenance_of(document))),
      .score = score,
      .areas = documents ? document.areas : passage.areas,
      .measures = documents ? document.measures : passage.measures,
      .passage = passage.n,
      .page = passage.page,
      .anchor = passage_anchor(passage.text),
      .snippet = {},
  };
}

}  // namespace liaison::search

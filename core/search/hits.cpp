#include "core/search/hits.h"

#include <algorithm>

#include "core/error.h"
#include "core/index/index_terms.h"
#include "core/ingest/provenance.h"
#include "core/search/passage_matches.h"
#include "core/search/request_filters.h"
#include "core/search/snippets.h"

namespace liaison::search {
namespace {

/// Whether `passage` passes the request's passage filters and the query's (lang:, speaker:).
bool passes_filters(const HitSource& source, const Passage& passage) {
  return passage_passes(source.request, passage) &&
         std::all_of(source.passage_filters.begin(), source.passage_filters.end(),
                     [&passage](const std::string& term) { return index_terms::passage_has_term(passage, term); });
}

/// The index of the first passage of `record` that passes the filters, or 0.
std::size_t first_passing(const HitSource& source, const DocumentRecord& record) {
  const auto& passages = record.document.passages;
  for (std::size_t i = 0; i < passages.size(); ++i)
    if (passes_filters(source, passages[i])) return i;
  return 0;
}

/// The codes of the languages of `matches`' passages, in en, hy, az, ru order.
std::vector<std::string> languages_of(const std::vector<PassageMatch>& matches, const DocumentRecord& record) {
  std::vector<std::string> codes;
  for (const Language language : kLanguages) {
    const bool matched = std::any_of(matches.begin(), matches.end(), [&](const PassageMatch& match) {
      return record.document.passages[match.index].language == language;
    });
    if (matched) codes.emplace_back(to_code(language));
  }
  return codes;
}

/// Passages mode: which passages of `record` the query's exclusions and requirements leave in.
std::vector<bool> passages_left(const HitSource& source, const Xapian::Document& xdoc, DocumentRecord& record) {
  std::vector<bool> left(record.document.passages.size(), true);
  if (!source.excluded.empty()) {
    for (const PassageMatch& match : source.passages.matches(xdoc, record, source.excluded))
      left[match.index] = false;
  }
  for (const query::QueryTerm& word : source.required) {
    std::vector<bool> holding(left.size(), false);
    for (const PassageMatch& match : source.passages.matches(xdoc, record, {word}))
      holding[match.index] = true;
    for (std::size_t i = 0; i < left.size(); ++i) left[i] = left[i] && holding[i];
  }
  return left;
}

}  // namespace

Hit make_hit(const DocumentRecord& record, std::size_t index, double score, SearchMode mode) {
  const Document& document = record.document;
  const Passage& passage = document.passages[index];
  const bool documents = mode == SearchMode::Documents;
  Hit hit{
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
      .anchor = record.anchors[index],
      .snippet = {},
  };
  hit.version_set = document.version_set;
  hit.speakers = passage.speakers;
  return hit;
}

void add_snippet(const HitSource& source, const Passage& passage, Hit& hit) {
  if (source.request.snippets) hit.snippet = make_snippet(source.analyzer, passage.text, passage.language, source.marked);
}

Hit document_hit(const HitSource& source, const Xapian::Document& xdoc, double weight) {
  DocumentRecord record = read_record_head(xdoc);  // the texts only when a snippet or a re-analysis needs them
  if (record.document.passages.empty()) throw IndexError("document '" + record.document.id + "' has no passages in the index");
  std::size_t best = first_passing(source, record);
  const std::vector<PassageMatch> matches = source.passages.matches(xdoc, record, source.marked);
  for (const PassageMatch& match : matches) {
    if (!passes_filters(source, record.document.passages[match.index])) continue;
    best = match.index;
    break;
  }
  Hit hit = make_hit(record, best, weight, SearchMode::Documents);
  hit.matched_languages = languages_of(matches, record);
  if (source.request.snippets) {
    read_record_texts(xdoc, record);
    add_snippet(source, record.document.passages[best], hit);
  }
  return hit;
}

std::vector<PassageHit> passage_hits(const HitSource& source, const Xapian::Document& xdoc, double weight) {
  DocumentRecord record = read_record(xdoc);
  const auto& passages = record.document.passages;
  std::vector<PassageHit> hits;
  const std::vector<bool> left = passages_left(source, xdoc, record);
  const auto passes = [&](std::size_t i) { return left[i] && passes_filters(source, passages[i]); };
  const std::vector<PassageMatch> matches = source.passages.matches(xdoc, record, source.marked);
  const double best = matches.empty() ? 0.0 : matches.front().score;
  for (const PassageMatch& match : matches) {
    if (!passes(match.index)) continue;
    const double share = best > 0.0 ? match.score / best : 1.0;
    hits.push_back({make_hit(record, match.index, weight * share, SearchMode::Passages), passages[match.index]});
  }
  // No passage holds a query word (a title match, or a query of filters and exclusions only):
  // every passage that passes, in order, when nothing weighs; else the first.
  if (hits.empty()) {
    for (std::size_t i = 0; i < passages.size(); ++i) {
      if (!passes(i)) continue;
      hits.push_back({make_hit(record, i, weight, SearchMode::Passages), passages[i]});
      if (!source.marked.empty()) break;
    }
  }
  return hits;
}

}  // namespace liaison::search

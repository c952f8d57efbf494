#include "core/search/tag_stats.h"

#include <algorithm>
#include <map>
#include <unordered_set>

#include "core/index/passage_data.h"
#include "core/index/schema.h"

namespace liaison::search {
namespace {

const Tag* find_tag(const std::vector<Tag>& tags, const std::string& id) {
  const auto it = std::find_if(tags.begin(), tags.end(), [&id](const Tag& tag) { return tag.id == id; });
  return it == tags.end() ? nullptr : &*it;
}

MeasureMention mention_of(const PassageData& data, const std::string& measure_id) {
  const Document& doc = data.document;
  MeasureMention mention{.id = doc.id, .title = doc.title, .date = doc.date, .kind = doc.kind, .source = doc.source,
                         .path = doc.path, .manual = false, .score = 0.0, .passages = {}};
  if (const Tag* tag = find_tag(doc.measures, measure_id)) {
    mention.manual = tag->manual;
    mention.score = tag->score;
  }
  return mention;
}

MeasurePassage passage_of(const PassageData& data, const std::string& measure_id) {
  MeasurePassage passage{.n = data.passage.n, .lang = std::string(to_code(data.passage.language)),
                         .text = data.passage.text, .score = 0.0, .evidence = {}, .status = {}, .cue = {}};
  if (const Tag* tag = find_tag(data.passage.measures, measure_id)) {
    passage.score = tag->score;
    passage.evidence = tag->evidence;
  }
  return passage;
}

/// Oldest first; undated ones last; then by id.
bool earlier(const MeasureMention& a, const MeasureMention& b) {
  const std::string da = schema::date_value(a.date), db = schema::date_value(b.date);
  if (da.empty() != db.empty()) return db.empty();
  return da != db ? da < db : a.id < b.id;
}

/// Whether `mention` is dated before the measure was proposed: the words were there, the measure
/// was not yet (a 2020 "monitoring centre" is no mention of a group proposed in 2022). Dates
/// compare at the precision both have ("2022" is not before "2022-04").
bool antecedent(const MeasureMention& mention, const std::string& proposed) {
  if (proposed.empty() || mention.date.empty()) return false;
  const std::size_t common = std::min(mention.date.size(), proposed.size());
  return mention.date.compare(0, common, proposed, 0, common) < 0;
}

/// Distinct documents holding `term`: its passages numbered 1, one per document.
std::uint64_t documents_with(const Xapian::Database& db, const std::string& term) {
  const std::string first = Xapian::sortable_serialise(1);
  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, Xapian::Query(term),
                                  Xapian::Query(Xapian::Query::OP_VALUE_RANGE, schema::PassageNo, first, first)));
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  const Xapian::MSet mset = enquire.get_mset(0, 0, db.get_doccount());
  return mset.get_matches_estimated();
}

std::map<std::string, std::uint64_t> count_prefix(const Xapian::Database& db, std::string_view prefix) {
  std::map<std::string, std::uint64_t> counts;
  const std::string p(prefix);
  for (auto term = db.allterms_begin(p); term != db.allterms_end(p); ++term) {
    const std::string id = (*term).substr(p.size());
    if (id.empty()) continue;
    counts[id] = documents_with(db, *term);
  }
  return counts;
}

}  // namespace

MeasureTrack track_measure(const Xapian::Database& db, const std::string& measure_id, const std::string& proposed) {
  MeasureTrack track;
  track.measure = measure_id;
  track.proposed = proposed;
  if (measure_id.empty()) return track;
  // XN marks every passage of a document that references the measure, by its front matter or
  // in any passage (passage_document.cpp); XM the passages that do.
  const std::string passage_term = schema::term(schema::kMeasurePrefix, measure_id);
  const std::string document_term = schema::term(schema::kDocMeasurePrefix, measure_id);
  std::unordered_set<Xapian::docid> referencing;
  for (auto it = db.postlist_begin(passage_term); it != db.postlist_end(passage_term); ++it) referencing.insert(*it);

  std::map<std::string, MeasureMention> by_document;
  for (auto it = db.postlist_begin(document_term); it != db.postlist_end(document_term); ++it) {
    const Xapian::docid docid = *it;
    const Xapian::Document xdoc = db.get_document(docid);
    const std::string doc_id = xdoc.get_value(schema::DocId);
    auto mention = by_document.find(doc_id);
    const bool referenced = referencing.count(docid) > 0;
    if (mention != by_document.end() && !referenced) continue;
    const PassageData data = decode_passage_data(xdoc.get_data());
    if (mention == by_document.end()) mention = by_document.emplace(doc_id, mention_of(data, measure_id)).first;
    if (referenced) mention->second.passages.push_back(passage_of(data, measure_id));
  }
  for (auto& [id, mention] : by_document) {
    std::sort(mention.passages.begin(), mention.passages.end(),
              [](const MeasurePassage& a, const MeasurePassage& b) { return a.n < b.n; });
    (antecedent(mention, proposed) ? track.antecedents : track.mentions).push_back(std::move(mention));
  }
  std::sort(track.mentions.begin(), track.mentions.end(), earlier);
  std::sort(track.antecedents.begin(), track.antecedents.end(), earlier);
  track.documents = track.mentions.size();
  for (const MeasureMention& mention : track.mentions) {
    track.passages += mention.passages.size();
    if (mention.date.empty()) continue;
    if (!track.first) track.first = mention;
    track.latest = mention;
  }
  return track;
}

TagCounts count_tags(const Xapian::Database& db) {
  return TagCounts{.areas = count_prefix(db, schema::kDocAreaPrefix),
                   .measures = count_prefix(db, schema::kDocMeasurePrefix)};
}

}  // namespace liaison::search

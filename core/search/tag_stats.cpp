#include "core/search/tag_stats.h"

#include <algorithm>
#include <map>

#include "core/index/document_record.h"
#include "core/index/schema.h"

namespace liaison::search {
namespace {

const Tag* find_tag(const std::vector<Tag>& tags, const std::string& id) {
  const auto it = std::find_if(tags.begin(), tags.end(), [&id](const Tag& tag) { return tag.id == id; });
  return it == tags.end() ? nullptr : &*it;
}

MeasureMention mention_of(const Document& doc, const std::string& measure_id) {
  MeasureMention mention{.id = doc.id, .title = doc.title, .date = doc.date, .kind = doc.kind, .source = doc.source,
                         .path = doc.path, .manual = false, .score = 0.0, .passages = {}};
  if (const Tag* tag = find_tag(doc.measures, measure_id)) {
    mention.manual = tag->manual;
    mention.score = tag->score;
  }
  return mention;
}

MeasurePassage passage_of(const Passage& from, const std::string& measure_id) {
  MeasurePassage passage{.n = from.n, .lang = std::string(to_code(from.language)),
                         .text = from.text, .score = 0.0, .evidence = {}, .status = {}, .cue = {}};
  if (const Tag* tag = find_tag(from.measures, measure_id)) {
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

std::map<std::string, std::uint64_t> count_prefix(const Xapian::Database& db, std::string_view prefix) {
  std::map<std::string, std::uint64_t> counts;
  const std::string p(prefix);
  for (auto term = db.allterms_begin(p); term != db.allterms_end(p); ++term) {
    const std::string id = (*term).substr(p.size());
    if (id.empty()) continue;
    counts[id] = term.get_termfreq();
  }
  return counts;
}

}  // namespace

MeasureTrack track_measure(const Xapian::Database& db, const std::string& measure_id, const std::string& proposed) {
  MeasureTrack track;
  track.measure = measure_id;
  track.proposed = proposed;
  if (measure_id.empty()) return track;
  // XN marks every document that references the measure, by its front matter or in any
  // passage (core/index/whole_document.cpp); the passages that do carry it in their tags.
  const std::string document_term = schema::term(schema::kDocMeasurePrefix, measure_id);
  for (auto it = db.postlist_begin(document_term); it != db.postlist_end(document_term); ++it) {
    const DocumentRecord record = read_record(db.get_document(*it));
    MeasureMention mention = mention_of(record.document, measure_id);
    for (const Passage& passage : record.document.passages)
      if (find_tag(passage.measures, measure_id)) mention.passages.push_back(passage_of(passage, measure_id));
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

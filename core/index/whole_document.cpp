#include "core/index/whole_document.h"

#include <set>
#include <string>

#include "core/analysis/analyzer.h"
#include "core/index/document_record.h"
#include "core/index/index_terms.h"
#include "core/index/links.h"
#include "core/index/schema.h"

namespace liaison {
namespace {

namespace sc = schema;
using namespace index_terms;

/// What the passages hold between them, for the terms and values posted once per document.
struct PassageUnion {
  std::set<std::string> languages, areas, measures, speaker_ids;
  std::vector<Speaker> speakers;  ///< each speaker once, in order of first appearance

  void add(const Passage& passage) {
    languages.insert(std::string(to_code(passage.language)));
    for (const Tag& tag : passage.areas) areas.insert(tag.id);
    for (const Tag& tag : passage.measures) measures.insert(tag.id);
    for (const Speaker& speaker : passage.speakers)
      if (speaker_ids.insert(speaker.id).second) speakers.push_back(speaker);
  }
};

void add_filter_terms(Xapian::Document& xdoc, const Document& doc, const PassageUnion& passages,
                      const std::vector<std::string>& measure_ids) {
  add_boolean(xdoc, sc::kPassageIdPrefix, doc.id);
  add_boolean(xdoc, sc::kDocPrefix, doc.id);
  // The versions of one text share a bucket, so that a sample holds whole groups.
  add_boolean(xdoc, sc::kSampleBucketPrefix, std::to_string(sc::sample_bucket(version_set_key(doc))));
  for (const std::string& code : passages.languages) add_boolean(xdoc, sc::kLangPrefix, code);
  add_boolean(xdoc, sc::kKindPrefix, doc.kind);
  add_boolean(xdoc, sc::kSourcePrefix, sc::source_key(doc.source));
  add_boolean(xdoc, sc::kYearPrefix, std::string_view(doc.date).substr(0, 4));
  for (const std::string& id : passages.areas) add_boolean(xdoc, sc::kAreaPrefix, id);
  for (const std::string& id : passages.measures) add_boolean(xdoc, sc::kMeasurePrefix, id);
  add_tag_terms(xdoc, sc::kDocAreaPrefix, doc.areas);
  for (const std::string& id : measure_ids) add_boolean(xdoc, sc::kDocMeasurePrefix, id);
  add_boolean(xdoc, sc::kVersionSetPrefix, version_set_key(doc));
  add_boolean(xdoc, sc::kDocLangPrefix, document_language(doc));
  if (!doc.version_set.empty()) xdoc.add_boolean_term(std::string(sc::kVersionOfTerm));
  add_speaker_terms(xdoc, passages.speakers);
}

void set_values(Xapian::Document& xdoc, const Document& doc, const PassageUnion& passages,
                const std::vector<std::string>& measure_ids) {
  const std::string language = document_language(doc);
  xdoc.add_value(sc::DocId, doc.id);
  xdoc.add_value(sc::Date, sc::date_value(doc.date));
  xdoc.add_value(sc::DocLang, language);
  xdoc.add_value(sc::Passages, Xapian::sortable_serialise(static_cast<double>(doc.passages.size())));
  const std::vector<std::string> languages(passages.languages.begin(), passages.languages.end());
  xdoc.add_value(sc::FacetKey, facet_key(doc, join_lines(languages), measure_ids, encode_speakers(passages.speakers)));
  xdoc.add_value(sc::VersionSet, version_set_key(doc));
}

}  // namespace

Xapian::Document make_whole_document(const Document& document, const Analyzer& analyzer) {
  Xapian::Document xdoc;
  add_title_terms(xdoc, analyzer.analyze(document.title, document.declared_language));
  DocumentRecord record{.document = document, .firsts = {}, .anchors = {}, .has_texts = true};
  record.document.body.clear();
  record.firsts.reserve(document.passages.size());
  PassageUnion passages;
  Xapian::termpos next = 1;  // Xapian positions start at 1; a passage's first word is at its first
  for (const Passage& passage : document.passages) {
    record.firsts.push_back(next);
    const Xapian::termpos last = add_body_terms(xdoc, analyzer.analyze(passage.text, passage.language), next - 1);
    next = std::max(last, next) + kPassageGap;
    passages.add(passage);
  }
  const std::vector<std::string> measure_ids = referenced_measures(document);
  add_filter_terms(xdoc, document, passages, measure_ids);
  set_values(xdoc, document, passages, measure_ids);
  EncodedRecord encoded = encode_document_record(record);
  xdoc.add_value(sc::RecordHead, std::move(encoded.head));
  xdoc.set_data(std::move(encoded.texts));
  return xdoc;
}

}  // namespace liaison

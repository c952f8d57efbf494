#include "core/index/document_record.h"

#include <algorithm>
#include <stdexcept>

#include "core/error.h"
#include "core/index/record_codec.h"

namespace liaison {
namespace {

constexpr char kFormat = '\x03';  ///< first byte; a passage record (passage_data.h) starts with 2

Language language_from_code(const std::string& code) { return parse_language(code).value_or(Language::Unknown); }

void encode_fields(record::Encoder& out, const Document& doc) {
  for (const std::string* field : {&doc.id, &doc.title, &doc.date, &doc.kind, &doc.source, &doc.url, &doc.origin,
                                   &doc.path, &doc.version_set, &doc.translation_of})
    out.text(*field);
  out.text(to_code(doc.declared_language));
  out.tags(doc.areas);
  out.tags(doc.measures);
}

void decode_fields(record::Decoder& in, Document& doc) {
  for (std::string* field : {&doc.id, &doc.title, &doc.date, &doc.kind, &doc.source, &doc.url, &doc.origin,
                             &doc.path, &doc.version_set, &doc.translation_of})
    *field = in.text();
  doc.declared_language = language_from_code(in.text());
  doc.areas = in.tags();
  doc.measures = in.tags();
}

/// A passage's speakers with every spelling of their names (what speaker: matches).
void encode_passage_speakers(record::Encoder& out, const std::vector<Speaker>& speakers) {
  out.number(speakers.size());
  for (const Speaker& speaker : speakers) {
    out.text(speaker.id);
    out.text(speaker.name);
    out.number(speaker.names.size());
    for (const std::string& name : speaker.names) out.text(name);
  }
}

std::vector<Speaker> decode_passage_speakers(record::Decoder& in) {
  std::vector<Speaker> speakers(in.count());
  for (Speaker& speaker : speakers) {
    speaker.id = in.text();
    speaker.name = in.text();
    speaker.names.resize(in.count());
    for (std::string& name : speaker.names) name = in.text();
  }
  return speakers;
}

}  // namespace

std::string encode_document_record(const DocumentRecord& record) {
  const Document& doc = record.document;
  if (record.firsts.size() != doc.passages.size()) {
    throw std::invalid_argument("encode_document_record: one first position per passage");
  }
  record::Encoder out;
  out.byte(kFormat);
  encode_fields(out, doc);
  out.number(doc.passages.size());
  for (std::size_t i = 0; i < doc.passages.size(); ++i) {
    const Passage& passage = doc.passages[i];
    out.number(passage.n);
    out.number(passage.page);
    out.number(record.firsts[i]);
    out.text(to_code(passage.language));
    out.text(passage.text);
    out.tags(passage.areas);
    out.tags(passage.measures);
    encode_passage_speakers(out, passage.speakers);
  }
  return out.take();
}

DocumentRecord decode_document_record(std::string_view data) {
  record::Decoder in(data);
  if (in.next_byte() != kFormat) {
    throw IndexError("bad document data in the index: written by another version (re-index with the indexer)");
  }
  DocumentRecord record;
  decode_fields(in, record.document);
  const std::size_t passages = in.count();
  for (std::size_t i = 0; i < passages; ++i) {
    Passage passage;
    passage.n = in.number32();
    passage.page = in.number32();
    record.firsts.push_back(in.number32());
    passage.language = language_from_code(in.text());
    passage.text = in.text();
    passage.areas = in.tags();
    passage.measures = in.tags();
    passage.speakers = decode_passage_speakers(in);
    record.document.passages.push_back(std::move(passage));
  }
  in.expect_end();
  return record;
}

std::size_t passage_at(const std::vector<Xapian::termpos>& firsts, Xapian::termpos position) {
  const auto after = std::upper_bound(firsts.begin(), firsts.end(), position);
  return after == firsts.begin() ? 0 : static_cast<std::size_t>(after - firsts.begin()) - 1;
}

}  // namespace liaison

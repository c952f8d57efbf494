#include "core/index/passage_data.h"

#include <cstdint>

#include "core/error.h"
#include "core/index/record_codec.h"

namespace liaison {
namespace {

using record::Decoder;
using record::Encoder;

// Every search decodes the data of each hit, and every passage stores it: a length-prefixed
// binary record decodes several times faster than JSON and drops the repeated key names.
constexpr char kFormat = '\x02';  ///< first byte; JSON data (schema 2) began with '{'

Language language_from_code(const std::string& code) { return parse_language(code).value_or(Language::Unknown); }

}  // namespace

std::string encode_passage_data(const Document& document, const Passage& passage) {
  Encoder out;
  out.byte(kFormat);
  out.text(document.id);
  out.number(passage.n);
  out.number(passage.page);
  out.text(passage.text);
  out.text(document.title);
  out.text(document.date);
  out.text(to_code(passage.language));
  out.text(document.kind);
  out.text(document.source);
  out.text(document.url);
  out.text(document.origin);
  out.text(document.path);
  out.text(to_code(document.declared_language));
  out.tags(passage.areas);
  out.tags(passage.measures);
  out.tags(document.areas);
  out.tags(document.measures);
  return out.take();
}

PassageData decode_passage_data(std::string_view data) {
  Decoder in(data);
  if (in.next_byte() != kFormat) {
    throw IndexError("bad passage data in the index: written by another version (re-index with the indexer)");
  }
  PassageData out;
  Document& doc = out.document;
  Passage& passage = out.passage;
  doc.id = in.text();
  passage.n = in.number32();
  passage.page = in.number32();
  passage.text = in.text();
  doc.title = in.text();
  doc.date = in.text();
  passage.language = language_from_code(in.text());
  doc.kind = in.text();
  doc.source = in.text();
  doc.url = in.text();
  doc.origin = in.text();
  doc.path = in.text();
  doc.declared_language = language_from_code(in.text());
  passage.areas = in.tags();
  passage.measures = in.tags();
  doc.areas = in.tags();
  doc.measures = in.tags();
  in.expect_end();
  return out;
}

}  // namespace liaison

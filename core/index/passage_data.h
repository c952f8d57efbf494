#pragma once
// The document data of one passage's Xapian document: a compact binary record (format byte 2,
// then varint-length-prefixed fields), as described in writer.h.
#include <string>
#include <string_view>

#include "core/ingest/document.h"

namespace liaison {

/// Serialises `passage` of `document`: doc, n, page, text, title, date, lang, kind, source, url,
/// origin, path, doc_lang, areas, measures, doc_areas, doc_measures, in this order.
/// "lang" is the passage's language, "doc_lang" the document's declared one ("" when none).
std::string encode_passage_data(const Document& document, const Passage& passage);

/// What one passage's data holds: the document's fields (no body, no passages) and the passage.
struct PassageData {
  Document document;
  Passage passage;
};

/// Parses data written by encode_passage_data. Throws IndexError when it is not such a record
/// (truncated, trailing bytes, or written by another format version).
PassageData decode_passage_data(std::string_view data);

}  // namespace liaison

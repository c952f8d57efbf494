#pragma once
// One document → one Xapian document: the document layout of schema.h (issue #15; bench/README.md
// "Choosing the retrieval unit" has the measurements that chose it). The passages' words are
// numbered through the document with kPassageGap empty positions between two passages, so that
// a position says which passage a match is in (document_record.h) and no phrase spans two;
// filters and tags are posted once per document (any passage's); the data is the document's
// record: its fields once and every passage with the position of its first word.
#include <xapian.h>

#include "core/ingest/document.h"

namespace liaison {

class Analyzer;

/// The Xapian document of `document` (tagged already), following schema.h and document_record.h.
Xapian::Document make_whole_document(const Document& document, const Analyzer& analyzer);

}  // namespace liaison

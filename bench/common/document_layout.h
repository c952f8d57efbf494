#pragma once
// The document layout of bench_layout (issue #15): one Xapian document per document, shared by
// bench_layout and bench_relevance --layout document. An experiment's writer, not the product's.
#include <string_view>
#include <vector>

#include <xapian.h>

#include "core/ingest/document.h"
#include "core/index/document_record.h"

namespace liaison {
class Analyzer;
}

namespace liaison::bench {

/// The Xapian document of `doc` in the document layout (see bench/drivers/layout_main.cpp); its
/// data is the document's record (core/index/document_record.h).
Xapian::Document make_layout_document(const liaison::Document& doc, const liaison::Analyzer& analyzer);

}  // namespace liaison::bench

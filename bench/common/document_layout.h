#pragma once
// The document layout of bench_layout (issue #15): one Xapian document per document, shared by
// bench_layout and bench_relevance --layout document. An experiment's writer, not the product's.
#include <string_view>
#include <vector>

#include <xapian.h>

#include "core/ingest/document.h"
#include "core/index/passage_data.h"

namespace liaison {
class Analyzer;
}

namespace liaison::bench {

/// The Xapian document of `doc` in the document layout (see bench/drivers/layout_main.cpp).
Xapian::Document make_layout_document(const liaison::Document& doc, const liaison::Analyzer& analyzer);

/// What the document layout's data holds: the document's fields with its first passage, then
/// each further passage's first position, language and text.
struct StoredDocument {
  liaison::PassageData head;
  std::vector<Xapian::termpos> firsts{0};
  std::vector<std::string> languages;
  std::vector<std::string_view> texts;
};

/// Reads data written by make_layout_document; the texts point into `data`.
StoredDocument decode_layout_document(std::string_view data);

}  // namespace liaison::bench

#pragma once
// One passage → one Xapian document, following schema.h.
#include <vector>

#include <xapian.h>

#include "core/analysis/token.h"
#include "core/ingest/document.h"

namespace liaison {

class Analyzer;

/// The Xapian documents of all passages of `document`, in passage order: terms, values and
/// data per schema.h and writer.h. Builds everything before anything is written, so that a
/// failure leaves no half-added document.
std::vector<Xapian::Document> make_passage_documents(const Document& document, const Analyzer& analyzer);

}  // namespace liaison

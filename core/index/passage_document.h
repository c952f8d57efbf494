#pragma once
// One passage → one Xapian document, following schema.h.
#include <cstddef>
#include <string>
#include <vector>

#include <xapian.h>

#include "core/analysis/token.h"
#include "core/ingest/document.h"

namespace liaison {

class Analyzer;

/// Builds the Xapian documents of the passages of one document, one at a time: terms, values
/// and data per schema.h and writer.h. A passage's Xapian document takes many times the memory
/// of its text (a map node and positions per word), so the writers add each as it is made and
/// never hold a large file's all at once (docs/reliability.md has the figures).
class PassageDocumentMaker {
 public:
  /// `document` and `analyzer` must outlive the maker.
  PassageDocumentMaker(const Document& document, const Analyzer& analyzer);
  std::size_t size() const { return document_.passages.size(); }
  /// The Xapian document of passage `index` (0-based, < size()).
  Xapian::Document make(std::size_t index) const;

 private:
  const Document& document_;
  const Analyzer& analyzer_;
  std::vector<Token> title_tokens_;
  std::string language_;  ///< the document's language (document_language)
  std::vector<std::string> measure_ids_;  ///< referenced_measures: front matter ∪ passages
};

/// The Xapian documents of all passages of `document`, in passage order.
std::vector<Xapian::Document> make_passage_documents(const Document& document, const Analyzer& analyzer);

}  // namespace liaison

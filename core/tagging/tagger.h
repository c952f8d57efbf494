#pragma once
#include <string>

#include "core/ingest/document.h"

namespace liaison {

/// Tags a document's passages with the CBM areas and measures they speak of, and the document
/// with what it is about (for CbmTagger: its main areas and every measure its passages reference). Implementations are immutable after construction and
/// safe to call from several threads.
class Tagger {
 public:
  virtual ~Tagger() = default;

  /// Sets Passage::areas/measures for every passage and Document::areas/measures.
  /// Manual tags from front matter are applied afterwards by the caller and win.
  virtual void tag(Document& document) const = 0;

  /// Identifies the tagging rules and data: when it changes, every document is tagged again.
  virtual std::string fingerprint() const = 0;
};

}  // namespace liaison

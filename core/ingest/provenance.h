#pragma once
// What a document is — an institution's own text, a translation of one, or a text the corpus
// editors wrote from public facts — and so who its author is in a citation. One rule for the
// API, the page and the citations: an institution is never made the author of the editors' text.
#include <string>
#include <string_view>

#include "core/ingest/document.h"

namespace liaison {

enum class Provenance {
  Original,     ///< issued by its `source`
  Translation,  ///< a translation of a text issued by its `source`
  Editorial,    ///< written for the corpus by its editors (a summary, commentary or digest)
};

/// "original", "translation", "editorial" (the API's `provenance`).
std::string_view to_string(Provenance provenance);

/// From the front matter's `origin` (corpus/README.md): "written for this corpus …" is
/// editorial, "translat…" a translation, anything else (or none) the source's own text.
Provenance provenance_of(const Document& document);

/// Who a citation names as the author, and what it adds about the text.
struct Authorship {
  std::string author;  ///< "Liaison editors" for editorial texts, else the source ("" unknown)
  /// For an editorial text, what it is of ("summary of the statement of …", from the source
  /// "Liaison editors (summary of …)", or "written from <source>"); "" otherwise.
  std::string description;
};

Authorship authorship_of(const Document& document);

}  // namespace liaison

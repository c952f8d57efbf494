#pragma once
// Citations of one passage of a document, for the page's cite and export buttons.
#include <string>

#include "core/ingest/document.h"

namespace liaison {

enum class CitationStyle {
  PlainText,  ///< one line: source, "title", date, page, paragraph, URL (or the Liaison id)
  BibTeX,     ///< a @misc entry (biblatex fields date/langid/url, with BibTeX year/month)
};

/// Where and when a citation is made: what a BibTeX entry adds besides the document.
struct CitationAccess {
  std::string date;       ///< YYYY-MM-DD (UTC) the citation is made: BibTeX `urldate`; "" none
  std::string permalink;  ///< the page's link to the passage: the `url` of a document without one
};

/// Cites `passage` of `document`, with the author authorship_of gives (provenance.h: the Liaison
/// editors for a text they wrote, never the institution it summarises). Plain text:
///   European Council, "Brussels meeting", 14 December 2021, p. 3, para. 12. https://example.org/b
///   Liaison editors, summary of the statement of …, "Brussels meeting", 14 December 2021, para. 2. …
/// Missing parts are left out: no source → starts with the title; no date → "n.d."; page only
/// for paged sources (page > 0); no URL → "Liaison document <id>".
/// BibTeX: key "<id>-<n>", author = {{author}} (an organisation, kept whole), title in double
/// braces (capitals kept), date, year, month, url (the document's, else access.permalink),
/// urldate (access.date), note with what an editorial text is, page and paragraph (none for
/// passage 0: a whole document), langid from the passage's language (else the document's);
/// LaTeX special characters escaped. Deterministic: the access date is passed in.
std::string cite(const Document& document, const Passage& passage, CitationStyle style,
                 const CitationAccess& access = {});

}  // namespace liaison

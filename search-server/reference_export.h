#pragma once
// A result set as reference-manager files: BibTeX and RIS, one entry per hit, with the author
// as citations name it (core/ingest/provenance.h) — for /api/export?format=bibtex|ris.
#include <string>

#include "core/ingest/document.h"
#include "core/search/result.h"

namespace liaison::http {

/// What the writers need besides the hits.
struct ReferenceAccess {
  std::string date;    ///< YYYY-MM-DD (UTC) of the export: BibTeX urldate, RIS Y2
  std::string origin;  ///< "http://host" the permalinks are made absolute with; "" keeps them relative
};

/// The hit as the Document a citation is made from: its metadata, and an origin that gives
/// back its provenance (provenance_of), so that authorship_of names the same author as the
/// document's own citation.
Document citable_document(const Hit& hit);

/// The page's absolute link to the hit's passage (to the document for passage 0).
std::string hit_permalink(const Hit& hit, const std::string& origin);

/// One @misc entry per hit (core cite(), CitationStyle::BibTeX), separated by blank lines.
std::string to_bibtex(const SearchResult& result, const ReferenceAccess& access);

/// One RIS record per hit: TY (by kind: statement PRESS, report RPRT, agreement LEGAL,
/// article NEWS, else GEN), TI, AU, PY, DA (YYYY/MM/DD/), UR (document URL, else the
/// permalink), Y2 (access date), LA, N1 (what an editorial text is, page, paragraph, Liaison
/// id), ER; "TAG  - value" lines ending in CRLF. Line breaks inside values become spaces.
std::string to_ris(const SearchResult& result, const ReferenceAccess& access);

}  // namespace liaison::http

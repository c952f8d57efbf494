#pragma once
// GET /api/export: every hit of a search (up to a limit, not only one page) as a CSV or JSON
// download, for the page's "Export" control.
#include <string>

#include "search-server/handlers.h"
#include "search-server/reference_export.h"

namespace liaison::http {

/// Hits an export holds at most (and the default of `limit`).
inline constexpr std::uint32_t kMaxExportHits = 1000;

/// Takes the parameters of /api/search (page and size are ignored) plus `format` (`csv`, the
/// default, `json`, `bibtex` or `ris`) and `limit` (1 to 1000, default 1000). CSV: a UTF-8
/// byte-order mark, a header row, then one row per hit, RFC 4180 quoting, CRLF line ends.
/// JSON: {"query","total","exact","exported","hits":[…]}. BibTeX and RIS: reference_export.h,
/// with `access` (the date of the export, the origin of the permalinks).
/// The answer is a download (Reply::filename). Throws ParamError for a bad parameter, or for a
/// query the Searcher refuses (then naming "q"): a JSON 400 (error_replies.h).
Reply get_export(const ApiContext& context, const QueryParams& params, const ReferenceAccess& access = {});

/// One CSV field, quoted when it holds a comma, a quote, CR or LF (quotes doubled); a field
/// starting with = + - @ TAB or CR gets a leading apostrophe and quotes, so no spreadsheet runs it.
std::string csv_field(const std::string& value);

/// A snippet (HTML-escaped, <mark>-wrapped) as plain text.
std::string snippet_text(const std::string& snippet);

}  // namespace liaison::http

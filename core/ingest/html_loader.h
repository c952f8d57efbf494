#pragma once
// .html / .htm corpus files → Document.
#include <string>
#include <string_view>
#include <vector>

#include "core/ingest/document.h"

namespace liaison {

/// Builds the document of an HTML page (see extract_html for what is kept).
/// - Encoding: valid UTF-8 is read as such; otherwise a charset declared in the page
///   (<meta charset>, http-equiv Content-Type) is converted by libxml2; otherwise invalid
///   sequences are replaced by U+FFFD and a note is added to `notes`.
/// - title: og:title, else the first <h1>, else <title>; the first block is dropped when it
///   repeats the title.
/// - date: article:published_time (or datePublished, date, dc.date), else the first
///   <time datetime>, else a date line (parse_date_line) among the first blocks; date lines
///   among the first blocks are removed from the body.
/// - declared language: <html lang> ("hy-AM" → hy); source: og:site_name; url: canonical link
///   or og:url; kind: "article" when og:type says so.
/// - blocks that are furniture (is_boilerplate_line) are dropped, line by line.
/// Throws IngestError naming `path` when nothing with words is left.
Document parse_html_document(std::string_view bytes, const std::string& path, std::vector<std::string>& notes);

}  // namespace liaison

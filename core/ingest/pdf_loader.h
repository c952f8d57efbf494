#pragma once
// .pdf corpus files → Document, with poppler's C++ library.
#include <string>
#include <string_view>

#include "core/ingest/document.h"

namespace liaison {

/// Builds the document of a PDF file, page by page (one page's words in memory at a time, so a
/// report of hundreds of pages loads in proportion to its text): words in poppler's reading
/// order (column by column), grouped into lines and paragraphs (pdf_layout.h), running
/// headers, footers and page numbers removed, line-end hyphenation resolved. Every passage
/// carries the page it starts on (Passage::page). A paragraph running on to the next page or
/// column stays one paragraph, on its first page.
/// - title: the PDF's Title metadata unless it looks like a file name ("Microsoft Word - x.docx"),
///   else the first line of the first page;
/// - date: a date line (parse_date_line) among the first paragraphs, which is then removed;
///   the PDF's creation date is not used (it is when the file was made, not the text);
/// - source: the Author metadata.
/// Throws IngestError naming `path` for a corrupt or truncated file, a password-protected
/// (encrypted) one, or one without any extractable text (scanned pages need OCR first).
/// An encrypted PDF that opens without a password is read.
Document parse_pdf_document(std::string_view bytes, const std::string& path);

}  // namespace liaison

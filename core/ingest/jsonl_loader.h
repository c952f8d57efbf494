#pragma once
// .jsonl bulk files: one document per line.
#include <string>
#include <string_view>

#include "core/ingest/loader.h"

namespace liaison {

/// The documents of a bulk file: one JSON object per line with the front matter fields as
/// strings ("id", "title", "date", "lang", "source", "kind", "url", "origin"; "areas" and
/// "measures" as a comma-separated string or an array of strings) and the text in "body".
/// Other keys are ignored, blank lines skipped, a byte order mark and CRLF accepted.
/// A document's id is its "id", else "<file id>-<line number>" (file id as derive_document_id);
/// its `line` is its line number. The title defaults to the body's first line.
/// A bad line (invalid UTF-8, not a JSON object, a field of the wrong type, a field value the
/// front matter would refuse, no words in "body", an id already used on an earlier line) becomes
/// a failure naming `path` and the line, and the other lines go on. Throws IngestError only for
/// a file without any non-blank line.
LoadedFile parse_jsonl_file(std::string_view bytes, const std::string& path);

}  // namespace liaison

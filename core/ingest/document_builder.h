#pragma once
// Steps shared by the loaders of every format: fields, ids, text checks, passages.
#include <string>
#include <string_view>

#include "core/ingest/document.h"
#include "core/ingest/front_matter.h"

namespace liaison {

/// An empty Document for the corpus file `path`: path set and id derived from it (its validity
/// is checked by fill_document_fields and finish_document).
Document document_for_path(const std::string& path);

/// Copies the front matter fields into `doc`, validating date, kind, lang and id (IngestError
/// naming `path` and the field's line). An explicit id replaces the derived one.
void fill_document_fields(Document& doc, const FrontMatter& fm, const std::string& path);

/// Refuses binary content (a NUL byte) and invalid UTF-8, naming the line of the first bad byte.
void check_text(std::string_view bytes, const std::string& path);

/// The last steps of every loader: refuses a body without any letter or digit ("empty
/// document", naming doc.path and doc.line), splits the body into passages unless the loader
/// made them itself (PDF pages). Tags, manual ones included, are the writer's (core/index).
void finish_document(Document& doc);

}  // namespace liaison

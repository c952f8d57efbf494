#pragma once
// Reading whole documents back from the index, and checking that the index is consistent.
#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

#include "core/ingest/document.h"

namespace liaison {

/// The document `id` as indexed (its record, document_record.h): all its passages in order of
/// n, with their text, language, page, tags and speakers, and the document's fields and tags. `body` is the passages' text joined by blank lines; `manual_areas` and
/// `manual_measures` list the manual tags. nullopt when the index has no such document.
/// Throws IndexError when the stored data is not what the writer writes.
std::optional<Document> read_document(const Xapian::Database& db, const std::string& id);

/// Problems that break the writer's guarantees, as readable sentences; empty when the index is
/// consistent: every document's passages are numbered 1..k without gaps or repeats, every
/// document is in the index once, every "file:" metadata entry names a document that
/// is present, and every document is named by the entry of the file it came from.
std::vector<std::string> check_index(const Xapian::Database& db);

/// How many passages the index's documents have between them (the Passages values).
std::size_t count_passages(const Xapian::Database& db);

}  // namespace liaison

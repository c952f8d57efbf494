#pragma once
// The data of a document in the document layout (issue #15, bench/README.md "Choosing the
// retrieval unit"): one Xapian document per document, whose data holds the document's fields
// once and every passage with the first position of its words. The passages' words are numbered
// through the document with kPassageGap empty positions between two passages, so that a
// position list tells which passage a match is in (passage_at) and no phrase spans two.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "core/ingest/document.h"

namespace liaison {

/// Positions left empty between two passages: more than any phrase or proximity window.
inline constexpr Xapian::termpos kPassageGap = 64;

struct DocumentRecord {
  Document document;                    ///< fields and passages (no body)
  std::vector<Xapian::termpos> firsts;  ///< the position of each passage's first word
};

/// Serialises `record` (format byte 3): the document's fields and tags, then each passage's n,
/// page, first position, language, text, tags and speakers. Throws std::invalid_argument when `firsts`
/// does not give one position per passage.
std::string encode_document_record(const DocumentRecord& record);

/// Parses data written by encode_document_record. Throws IndexError for anything else.
DocumentRecord decode_document_record(std::string_view data);

/// The index of the passage whose words include `position`, given each passage's first
/// position in increasing order (a position before the first passage counts as the first).
std::size_t passage_at(const std::vector<Xapian::termpos>& firsts, Xapian::termpos position);

}  // namespace liaison

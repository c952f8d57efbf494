#pragma once
// The data of a document in the document layout (issue #15, bench/README.md "Choosing the
// retrieval unit"): one Xapian document per document, whose record holds the document's fields
// once and every passage with the first position of its words (the head, in a value) and the
// passages' text (the data). The passages' words are numbered
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
  std::vector<std::string> anchors;     ///< each passage's stable anchor (core/text/anchor.h), filled by decoding
  bool has_texts = true;                ///< false: decoded from the head alone, the passages' text empty
};

/// A record in its two parts (format 4). The head: the document's fields and tags, then each
/// passage's n, page, first position, language, anchor, tags and speakers; the RecordHead value,
/// all that a hit needs. The texts: the passages' text, the document's data, read only for a
/// snippet, a re-analysis or the document view.
struct EncodedRecord {
  std::string head;
  std::string texts;
};

/// Throws std::invalid_argument when `firsts` does not give one position per passage.
EncodedRecord encode_document_record(const DocumentRecord& record);

/// Parses the parts written by encode_document_record. Throw IndexError for anything else (or
/// parts of two documents).
DocumentRecord decode_document_record(std::string_view head, std::string_view texts);
DocumentRecord decode_record_head(std::string_view head);
void decode_record_texts(std::string_view texts, DocumentRecord& record);

/// The record of a Xapian document written by make_whole_document (core/index/whole_document.h):
/// whole, or its head alone (then read_record_texts adds the texts when they are needed).
DocumentRecord read_record(const Xapian::Document& xdoc);
DocumentRecord read_record_head(const Xapian::Document& xdoc);
void read_record_texts(const Xapian::Document& xdoc, DocumentRecord& record);

/// The index of the passage whose words include `position`, given each passage's first
/// position in increasing order (a position before the first passage counts as the first).
std::size_t passage_at(const std::vector<Xapian::termpos>& firsts, Xapian::termpos position);

}  // namespace liaison

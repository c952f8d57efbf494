#pragma once
// What the index keeps of the links between documents and passages that are not in the passage
// data: the set of versions a document belongs to and who speaks in each passage (value slots
// VersionSet, TranslationOf and Speakers of core/index/schema.h).
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "core/ingest/document.h"

namespace liaison {

/// The Speakers slot of a passage with these speakers, and back (ids and shown names only).
std::string encode_speakers(const std::vector<Speaker>& speakers);
std::vector<Speaker> decode_speakers(std::string_view value);

/// Fills `document`'s version_set and translation_of and its passages' speakers from the
/// index (the document as read_document returns it, passages in order of n).
void read_links(const Xapian::Database& db, Document& document);

/// One version of a text, as the document view lists them.
struct VersionInfo {
  std::string id, lang, title, date;
  std::string translation_of;  ///< the id it declares it was translated from, "" for none
  std::uint32_t passages = 0;
};

/// Every version in the set `set_key` (the VersionSet value), in en, hy, az, ru order, then by id.
std::vector<VersionInfo> versions_in_set(const Xapian::Database& db, const std::string& set_key);

}  // namespace liaison

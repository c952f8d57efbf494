#pragma once
// The links between documents and passages: the set of versions a document belongs to (value
// slots VersionSet and TranslationOf of core/index/schema.h) and who speaks in its passages
// (the speakers field of FacetKey, and each passage's speakers in the document's record).
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "core/ingest/document.h"

namespace liaison {

/// The speakers field (FacetKey) of a document whose passages have these speakers, and back (ids and shown names only).
std::string encode_speakers(const std::vector<Speaker>& speakers);
std::vector<Speaker> decode_speakers(std::string_view value);

/// One version of a text, as the document view lists them.
struct VersionInfo {
  std::string id, lang, title, date;
  std::string translation_of;  ///< the id it declares it was translated from, "" for none
  std::uint32_t passages = 0;
};

/// Every version in the set `set_key` (the VersionSet value), in en, hy, az, ru order, then by id.
std::vector<VersionInfo> versions_in_set(const Xapian::Database& db, const std::string& set_key);

}  // namespace liaison

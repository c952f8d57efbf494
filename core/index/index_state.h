#pragma once
// What the index remembers about the corpus files it holds (metadata "file:<path>").
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

namespace liaison {

/// One indexed file: the fingerprint of the bytes that were indexed and its document ids (a
/// bulk .jsonl file has many). An empty fingerprint never matches, so the file is read again
/// on the next run (the writer stores it so for a bulk file with bad lines).
struct IndexedFile {
  std::string fingerprint;
  std::string doc_id;                ///< the first of doc_ids ("" when none), for one-document files
  std::vector<std::string> doc_ids;  ///< every document id the file gave, in file order

  /// True when `id` is one of the file's documents.
  bool has_document(const std::string& id) const;
};

/// 64-bit FNV-1a of `bytes` as 16 lower-case hex digits.
std::string content_fingerprint(std::string_view bytes);

/// Every "file:" metadata entry of `db`, by corpus-relative path. Malformed entries are kept
/// with what could be read (an empty fingerprint never matches, so the file is re-indexed).
std::map<std::string, IndexedFile> read_indexed_files(const Xapian::Database& db);

/// The metadata value stored for `file`: "<fingerprint>\t<doc id>[\t<doc id>…]" (ids never
/// hold tabs). Uses `doc_ids`, or `doc_id` when doc_ids is empty.
std::string encode_indexed_file(const IndexedFile& file);

/// Whether `db` was written with another schema version or another tagger (its fingerprint,
/// "" without one) than `tagger_fingerprint`: every file must be indexed again.
bool written_otherwise(const Xapian::Database& db, const std::string& tagger_fingerprint);

/// Current UTC time as ISO 8601 ("2024-05-01T12:00:00Z").
std::string utc_now_iso8601();

}  // namespace liaison

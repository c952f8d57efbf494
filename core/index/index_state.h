#pragma once
// What the index remembers about the corpus files it holds (metadata "file:<path>").
#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include <xapian.h>

namespace liaison {

/// One indexed file: the fingerprint of the bytes that were indexed and the document id.
struct IndexedFile {
  std::string fingerprint;
  std::string doc_id;
};

/// 64-bit FNV-1a of `bytes` as 16 lower-case hex digits.
std::string content_fingerprint(std::string_view bytes);

/// Every "file:" metadata entry of `db`, by corpus-relative path. Malformed entries are kept
/// with what could be read (an empty fingerprint never matches, so the file is re-indexed).
std::map<std::string, IndexedFile> read_indexed_files(const Xapian::Database& db);

/// The metadata value stored for `file`: "<fingerprint>\t<doc id>".
std::string encode_indexed_file(const IndexedFile& file);

/// Current UTC time as ISO 8601 ("2024-05-01T12:00:00Z").
std::string utc_now_iso8601();

}  // namespace liaison

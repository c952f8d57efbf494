#include "core/index/index_state.h"

#include <algorithm>
#include <ctime>

#include "core/index/schema.h"

namespace liaison {

std::string content_fingerprint(std::string_view bytes) {
  std::uint64_t hash = 0xcbf29ce484222325ull;  // FNV-1a offset basis
  for (unsigned char byte : bytes) {
    hash ^= byte;
    hash *= 0x100000001b3ull;  // FNV prime
  }
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, hash >>= 4) out[static_cast<std::size_t>(i)] = kHex[hash & 0xF];
  return out;
}

std::map<std::string, IndexedFile> read_indexed_files(const Xapian::Database& db) {
  std::map<std::string, IndexedFile> files;
  const std::string prefix(schema::kMetaFilePrefix);
  for (auto key = db.metadata_keys_begin(prefix); key != db.metadata_keys_end(prefix); ++key) {
    const std::string value = db.get_metadata(*key);
    const auto tab = value.find('\t');
    IndexedFile file;
    if (tab != std::string::npos) {
      file.fingerprint = value.substr(0, tab);
      for (std::size_t start = tab + 1; start <= value.size();) {
        auto end = value.find('\t', start);
        if (end == std::string::npos) end = value.size();
        if (end > start) file.doc_ids.push_back(value.substr(start, end - start));
        start = end + 1;
      }
      if (!file.doc_ids.empty()) file.doc_id = file.doc_ids.front();
    }
    files.emplace((*key).substr(prefix.size()), std::move(file));
  }
  return files;
}

bool IndexedFile::has_document(const std::string& id) const {
  if (doc_ids.empty()) return !id.empty() && id == doc_id;
  return std::find(doc_ids.begin(), doc_ids.end(), id) != doc_ids.end();
}

std::string encode_indexed_file(const IndexedFile& file) {
  std::string value = file.fingerprint;
  if (file.doc_ids.empty()) return value + "\t" + file.doc_id;
  for (const std::string& id : file.doc_ids) value += "\t" + id;
  return value;
}

bool written_otherwise(const Xapian::Database& db, const std::string& tagger_fingerprint) {
  const std::string version = db.get_metadata(std::string(schema::kMetaSchemaVersion));
  const std::string tagged_with = db.get_metadata(std::string(schema::kMetaTaggerFingerprint));
  return (!version.empty() && version != schema::kSchemaVersion) || tagged_with != tagger_fingerprint;
}

std::string utc_now_iso8601() {
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return buffer;
}

}  // namespace liaison

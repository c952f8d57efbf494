#include "core/index/index_state.h"

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
      file.doc_id = value.substr(tab + 1);
    }
    files.emplace((*key).substr(prefix.size()), std::move(file));
  }
  return files;
}

std::string encode_indexed_file(const IndexedFile& file) { return file.fingerprint + "\t" + file.doc_id; }

std::string utc_now_iso8601() {
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return buffer;
}

}  // namespace liaison

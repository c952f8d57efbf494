#include "core/index/sharded_index.h"

#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "core/index/schema.h"

namespace liaison::sharded {
namespace {

namespace fs = std::filesystem;

/// The stub's entries, one a line, blank lines and '#' comments left out.
std::vector<std::string> stub_lines(const fs::path& index) {
  std::ifstream in(index / kStubFile);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line.front() == '#') continue;
    lines.push_back(line);
  }
  return lines;
}

/// The folder of a stub entry "glass|auto|chert PATH" (PATH relative to the stub's folder);
/// empty for any other entry.
fs::path entry_folder(const fs::path& index, const std::string& line) {
  std::istringstream words(line);
  std::string type, path;
  words >> type;
  std::getline(words >> std::ws, path);
  if ((type != "glass" && type != "auto" && type != "chert") || path.empty()) return {};
  return fs::path(path).is_absolute() ? fs::path(path) : index / path;
}

/// One entry of a stub, opened.
Xapian::Database open_entry(const fs::path& index, const std::string& line) {
  std::istringstream words(line);
  std::string type;
  words >> type;
  if (type == "remote") {
    std::string protocol, host;
    unsigned port = 0;
    words >> protocol >> host >> port;
    if (protocol != "tcp" || host.empty() || port == 0)
      throw Xapian::DatabaseOpeningError("cannot read the entry '" + line + "' of " + (index / kStubFile).string());
    return Xapian::Remote::open(host, port);
  }
  const fs::path where = entry_folder(index, line);
  if (where.empty())
    throw Xapian::DatabaseOpeningError("cannot read the entry '" + line + "' of " + (index / kStubFile).string());
  return Xapian::Database(where.string());
}

/// The database served at "tcp://HOST:PORT".
Xapian::Database open_remote(const std::string& location) {
  const std::string address = location.substr(kRemoteScheme.size());
  const std::size_t colon = address.rfind(':');
  unsigned long port = 0;
  if (colon != std::string::npos && colon > 0) port = std::strtoul(address.c_str() + colon + 1, nullptr, 10);
  if (port == 0 || port > 65535) throw Xapian::DatabaseOpeningError("cannot read the address '" + location + "'");
  return Xapian::Remote::open(address.substr(0, colon), static_cast<unsigned>(port));
}

}  // namespace

std::string shard_folder(std::size_t k) { return "shard-" + std::to_string(k); }

std::size_t shard_of(std::string_view doc_id, std::size_t shards) {
  std::uint64_t hash = 14695981039346656037ULL;
  for (const char c : doc_id) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ULL;
  }
  return static_cast<std::size_t>((hash / schema::kSampleBuckets) % (shards == 0 ? 1 : shards));
}

bool is_sharded(const fs::path& index) {
  std::error_code ignored;
  return fs::is_regular_file(index / kStubFile, ignored);
}

std::size_t shard_count(const fs::path& index) {
  if (!is_sharded(index)) return 0;
  const std::size_t entries = stub_lines(index).size();
  return entries == 0 ? 0 : entries - 1;
}

void create_sharded_index(const fs::path& folder, std::size_t shards) {
  fs::create_directories(folder);
  std::string stub = "glass " + std::string(kCatalogFolder) + "\n";
  Xapian::WritableDatabase((folder / kCatalogFolder).string(), Xapian::DB_CREATE | Xapian::DB_BACKEND_GLASS).commit();
  for (std::size_t k = 0; k < shards; ++k) {
    Xapian::WritableDatabase((folder / shard_folder(k)).string(), Xapian::DB_CREATE | Xapian::DB_BACKEND_GLASS).commit();
    stub += "glass " + shard_folder(k) + "\n";
  }
  // Written last: a folder is a sharded index only once all its databases exist.
  std::ofstream out(folder / kStubFile, std::ios::trunc);
  out << stub;
  out.close();
  if (!out) throw fs::filesystem_error("cannot write the stub", folder / kStubFile, std::make_error_code(std::errc::io_error));
}

std::string layout_of(const fs::path& index) {
  std::string layout;
  for (const std::string& line : stub_lines(index)) {
    layout += line + "\n";
    // A replica's database is a folder whose own stub names its live copy (xapian-replicate
    // writes replica_0, then replica_1 on the next full copy, and deletes the other): a reader
    // still on the deleted copy cannot reopen it, and must open the database anew.
    const fs::path nested = entry_folder(index, line);
    if (!nested.empty() && is_sharded(nested))
      for (const std::string& copy : stub_lines(nested)) layout += "  " + copy + "\n";
  }
  return layout;
}

void write_replica_stub(const fs::path& folder, std::size_t shards) {
  fs::create_directories(folder);
  // "auto": each entry is a folder that xapian-replicate fills with a stub of its own.
  std::string stub = "auto " + std::string(kCatalogFolder) + "\n";
  for (std::size_t k = 0; k < shards; ++k) stub += "auto " + shard_folder(k) + "\n";
  const fs::path written = folder / (std::string(kStubFile) + ".new");
  {
    std::ofstream out(written, std::ios::trunc);
    out << stub;
    out.close();
    if (!out) throw fs::filesystem_error("cannot write the stub", written, std::make_error_code(std::errc::io_error));
  }
  fs::rename(written, folder / kStubFile);  // a reader sees the old stub or the new one, whole
}

std::vector<Xapian::Database> open_parts(const fs::path& index) {
  if (is_remote(index.string())) return {open_remote(index.string())};
  if (!is_sharded(index)) return {Xapian::Database(index.string())};
  std::vector<Xapian::Database> parts;
  for (const std::string& line : stub_lines(index)) parts.push_back(open_entry(index, line));
  if (parts.empty()) throw Xapian::DatabaseOpeningError((index / kStubFile).string() + " lists no database");
  return parts;
}

Xapian::Database combine(const std::vector<Xapian::Database>& parts) {
  Xapian::Database all;
  for (const Xapian::Database& part : parts) all.add_database(part);
  return all;
}

std::string parts_version(const std::vector<Xapian::Database>& parts) {
  std::string version;
  for (const Xapian::Database& part : parts) {
    if (!version.empty()) version += ';';
    version += part.get_uuid() + "@";
    try {
      version += std::to_string(part.get_revision());
    } catch (const Xapian::UnimplementedError&) {  // a remote database has no revision to read
      version += "remote";
    } catch (const Xapian::InvalidOperationError&) {
      version += "remote";
    }
  }
  return version;
}

Xapian::docid docid_in(const Xapian::Database& db, const Xapian::Document& document) {
  if (db.size() <= 1) return document.get_docid();
  const std::string term = schema::term(schema::kDocPrefix, document.get_value(schema::DocId));
  const Xapian::PostingIterator found = db.postlist_begin(term);
  return found == db.postlist_end(term) ? 0 : *found;
}

Xapian::WritableDatabase first_database(Xapian::WritableDatabase& db) {
  if (db.size() <= 1) return db;
  return Xapian::WritableDatabase(db.internal.front().get());
}

void commit_transaction(Xapian::WritableDatabase& db) {
  if (db.size() <= 1) return db.commit_transaction();
  for (std::size_t k = 1; k < db.size(); ++k) Xapian::WritableDatabase(db.internal[k].get()).commit_transaction();
  first_database(db).commit_transaction();
}

ShardPlacer::ShardPlacer(const fs::path& index, std::size_t shards) {
  for (std::size_t k = 0; k < shards; ++k) last_.push_back(Xapian::Database((index / shard_folder(k)).string()).get_lastdocid());
}

Xapian::docid ShardPlacer::place(std::string_view doc_id) {
  const std::size_t shard = shard_of(doc_id, last_.size());
  const Xapian::docid local = ++last_[shard];
  const auto databases = static_cast<Xapian::docid>(last_.size() + 1);  // the catalog is database 0
  return (local - 1) * databases + static_cast<Xapian::docid>(shard) + 2;
}

}  // namespace liaison::sharded

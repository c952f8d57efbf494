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

/// One entry of a stub: "glass|auto|chert PATH" (relative to the folder) or "remote tcp HOST PORT".
PartLocation entry_location(const fs::path& index, const std::string& line) {
  const auto unreadable = [&] {
    return Xapian::DatabaseOpeningError("cannot read the entry '" + line + "' of " + (index / kStubFile).string());
  };
  std::istringstream words(line);
  std::string type;
  words >> type;
  if (type == "remote") {
    std::string protocol, host;
    unsigned port = 0;
    words >> protocol >> host >> port;
    if (protocol != "tcp" || host.empty() || port == 0 || port > 65535) throw unreadable();
    const std::string address = std::string(kRemoteScheme) + host + ":" + std::to_string(port);
    return {.folder = {}, .replicas = {address}, .name = address};
  }
  const fs::path where = entry_folder(index, line);
  if (where.empty()) throw unreadable();
  return {.folder = where, .replicas = {}, .name = where.string()};
}

/// The addresses of "tcp://HOST:PORT|tcp://HOST:PORT…".
std::vector<std::string> replica_addresses(const std::string& location) {
  std::vector<std::string> addresses;
  std::string_view rest = location;
  while (true) {
    const std::size_t end = rest.find(kReplicaSeparator);
    const std::string_view address = rest.substr(0, end);
    if (!is_remote(address)) throw Xapian::DatabaseOpeningError("cannot read the address '" + location + "'");
    addresses.emplace_back(address);
    if (end == std::string_view::npos) return addresses;
    rest.remove_prefix(end + 1);
  }
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

std::vector<PartLocation> part_locations(const fs::path& location) {
  if (is_remote(location.string()))
    return {{.folder = {}, .replicas = replica_addresses(location.string()), .name = location.string()}};
  if (!is_sharded(location)) return {{.folder = location, .replicas = {}, .name = location.string()}};
  std::vector<PartLocation> parts;
  for (const std::string& line : stub_lines(location)) parts.push_back(entry_location(location, line));
  if (parts.empty()) throw Xapian::DatabaseOpeningError((location / kStubFile).string() + " lists no database");
  return parts;
}

Xapian::Database open_remote(const std::string& address, unsigned timeout_ms) {
  const std::string host_port = address.substr(kRemoteScheme.size());
  const std::size_t colon = host_port.rfind(':');
  unsigned long port = 0;
  if (colon != std::string::npos && colon > 0) port = std::strtoul(host_port.c_str() + colon + 1, nullptr, 10);
  if (port == 0 || port > 65535) throw Xapian::DatabaseOpeningError("cannot read the address '" + address + "'");
  const std::string host = host_port.substr(0, colon);
  if (timeout_ms == 0) return Xapian::Remote::open(host, static_cast<unsigned>(port));
  return Xapian::Remote::open(host, static_cast<unsigned>(port), timeout_ms, timeout_ms);
}

std::vector<Xapian::Database> open_parts(const fs::path& index) {
  std::vector<Xapian::Database> parts;
  for (const PartLocation& part : part_locations(index))
    parts.push_back(part.remote() ? open_remote(part.replicas.front()) : Xapian::Database(part.folder.string()));
  return parts;
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

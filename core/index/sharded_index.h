#pragma once
// A sharded index (issue 19): one index folder holding a catalog database, N shard databases
// and a Xapian stub file listing them, so that opening the folder opens them all as one
// multi-database (BM25 statistics are global in it: docs/scale.md).
//
//   index/XAPIANDB   "glass catalog", "glass shard-0", … "glass shard-<N-1>", one a line
//   index/catalog/   no documents: what the index stores once (schema version, file
//                    fingerprints, tagger fingerprint, last_indexed, the variant dictionary)
//   index/shard-<k>/ the documents whose id hashes to k (shard_of), each complete
//
// The catalog is listed first because Xapian reads a multi-database's metadata from its first
// database only, and writes metadata and synonyms of a writable one there; the synonym table
// (the variant dictionary) is read merged over all, so it is complete in the catalog alone.
#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

namespace liaison::sharded {

/// The stub file Xapian reads when it opens a folder that holds one.
inline constexpr std::string_view kStubFile = "XAPIANDB";
inline constexpr std::string_view kCatalogFolder = "catalog";
/// More shards than this is a typo (`--shards 400`), not a plan: docs/scale.md.
inline constexpr std::size_t kMaxShards = 64;

/// A database served by xapian-tcpsrv, named as a location of its own ("tcp://HOST:PORT",
/// search-server --shard) rather than through a stub's "remote tcp HOST PORT" line.
inline constexpr std::string_view kRemoteScheme = "tcp://";
inline bool is_remote(std::string_view location) { return location.substr(0, kRemoteScheme.size()) == kRemoteScheme; }

/// Between the addresses of the replicas of one remote shard, tried in order
/// ("tcp://HOST:PORT|tcp://HOST:PORT", search-server --shard): docs/scale.md.
inline constexpr char kReplicaSeparator = '|';

/// One database of an index, not yet opened: a local database folder, or a shard served by
/// xapian-tcpsrv at one or more addresses ("tcp://HOST:PORT", replicas of one another).
struct PartLocation {
  std::filesystem::path folder;       ///< a local database (empty for a remote one)
  std::vector<std::string> replicas;  ///< a remote one's addresses, in the order they are tried
  std::string name;                   ///< as listed: the folder, or the addresses joined by '|'
  bool remote() const { return !replicas.empty(); }
};

/// The databases of `location` in order, unopened: a sharded index's stub entries (catalog
/// first), a database folder itself, or a remote shard ("tcp://…", its replicas split at
/// kReplicaSeparator). Throws Xapian::DatabaseOpeningError for a stub line or address it does
/// not understand.
std::vector<PartLocation> part_locations(const std::filesystem::path& location);

/// The database served at `address` ("tcp://HOST:PORT"): each operation, connecting included,
/// fails with Xapian::NetworkTimeoutError after `timeout_ms` without an answer (0: Xapian's default).
Xapian::Database open_remote(const std::string& address, unsigned timeout_ms = 0);

/// "shard-<k>".
std::string shard_folder(std::size_t k);

/// The shard of document `doc_id` among `shards`: FNV-1a of the id, like schema::sample_bucket,
/// but from the bits above the sample bucket's, so that every shard holds every sample bucket.
/// A function of the id alone: a re-indexed document lands in the shard it was in.
std::size_t shard_of(std::string_view doc_id, std::size_t shards);

/// Whether `index` is a folder holding a stub file.
bool is_sharded(const std::filesystem::path& index);

/// The shards listed in the stub of `index` (its entries after the catalog); 0 when not sharded.
std::size_t shard_count(const std::filesystem::path& index);

/// Creates, in the empty or absent folder `folder`, an empty sharded index of `shards` shards.
void create_sharded_index(const std::filesystem::path& folder, std::size_t shards);

/// The stub of `index` as it is on disk ("" when it has none), with the stubs of its databases
/// that have one (a replica's: the live copy xapian-replicate names): another one after a run
/// that changed the layout (one database → shards, another number) or after a replica's full
/// copy, either of which a reader must open anew.
std::string layout_of(const std::filesystem::path& index);

/// Writes the stub of a replica folder (docs/scale.md, "Replicas"): "auto catalog", "auto shard-0"
/// … "auto shard-<N-1>", each a folder that a xapian-replicate keeps as a copy of the master's
/// database of that name. Replaces the stub whole (a rename), so that a reader never reads half of it.
void write_replica_stub(const std::filesystem::path& folder, std::size_t shards);

/// The databases of part_locations(`index`), opened (a remote one at its first address, with
/// Xapian's default timeout). Throws Xapian::Error when one cannot be opened.
std::vector<Xapian::Database> open_parts(const std::filesystem::path& index);

/// The docid in `db` of `document`, read from `db`: a Document read from a multi-database knows
/// its docid in its own database only (Xapian 1.4), which over several databases is another
/// document's. Found through the document's XD term then; 0 when it has none.
Xapian::docid docid_in(const Xapian::Database& db, const Xapian::Document& document);

/// The first database of `db` (the catalog of a sharded index; `db` itself when it is one), as
/// a handle of its own on the same open database (inside the same transaction). Xapian 1.4 writes
/// a multi-database's metadata and new synonyms to its first database, but clears synonyms in
/// every one of them: the variant dictionary is rewritten through this handle, so that a run
/// commits nothing to the shards whose documents did not change.
Xapian::WritableDatabase first_database(Xapian::WritableDatabase& db);

/// Commits the transaction open on `db`, a sharded index's catalog last: Xapian commits a
/// multi-database's databases in order, the catalog first, and a run killed between two commits
/// would leave the catalog naming documents (fingerprints) that no shard holds yet. With the
/// catalog last, a killed run leaves shards ahead of it, and the next run indexes those files again.
void commit_transaction(Xapian::WritableDatabase& db);

/// Gives each new document of a writable sharded index the Xapian document id that puts it in
/// its shard: a multi-database numbers documents round-robin over its databases
/// (id = (local - 1) × databases + database + 1), and replace_document with such an id writes
/// to that database.
class ShardPlacer {
 public:
  /// Reads the last document id of each shard of `index` (as committed: call while holding its lock).
  ShardPlacer(const std::filesystem::path& index, std::size_t shards);
  /// The id to replace_document `doc_id`'s new Xapian document with.
  Xapian::docid place(std::string_view doc_id);

 private:
  std::vector<Xapian::docid> last_;  ///< last local id of each shard
};

}  // namespace liaison::sharded

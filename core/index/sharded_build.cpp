#include "core/index/sharded_build.h"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "core/error.h"
#include "core/index/parallel_build.h"
#include "core/index/schema.h"

namespace liaison::sharded {
namespace {

namespace fs = std::filesystem;

/// The highest revision among the databases of the index at `target`: every database of the
/// new index is brought above it, so that a reader reopening any of them sees a change.
Xapian::rev highest_revision(const fs::path& target) {
  Xapian::rev highest = 0;
  for (const Xapian::Database& part : open_parts(target)) highest = std::max(highest, part.get_revision());
  return highest;
}

/// The catalog and shard folders of the sharded index at `folder`; `folder` itself for one database.
std::vector<fs::path> part_folders(const fs::path& folder, std::size_t shards) {
  if (shards == 1) return {folder};
  std::vector<fs::path> folders{folder / kCatalogFolder};
  for (std::size_t k = 0; k < shards; ++k) folders.push_back(folder / shard_folder(k));
  return folders;
}

/// Removes the changesets (`changes<revision>` files) of a database of a new layout. Xapian writes
/// them when XAPIAN_MAX_CHANGESETS is set (indexer --changesets), the first holding every block
/// of the copy, as large as the database itself; no replica can use them, as a replica of the
/// database this one replaces has another UUID and takes a full copy.
void drop_changesets(const fs::path& database) {
  for (const fs::directory_entry& entry : fs::directory_iterator(database))
    if (entry.path().filename().string().rfind("changes", 0) == 0) fs::remove(entry.path());
}

/// Rewrites the database at `database` compacted, document ids kept (a multi-database's ids, and
/// so the shard of each new document, depend on them). A copy written document by document
/// leaves its B-tree blocks part full: 35 to 45% larger than the compacted index it came from
/// (docs/scale.md, "Measured").
void compact_in_place(const fs::path& database) {
  const fs::path compacted = database.string() + ".compacted";
  Xapian::Database(database.string()).compact(compacted.string(), Xapian::DBCOMPACT_NO_RENUMBER);
  fs::remove_all(database);
  fs::rename(compacted, database);
}

}  // namespace

bool layout_changes(const fs::path& db, std::size_t shards) {
  if (shards > kMaxShards)
    throw ConfigError("--shards " + std::to_string(shards) + ": at most " + std::to_string(kMaxShards) + " shards");
  const std::size_t present = shard_count(db);
  return shards == 1 ? present > 0 : shards >= 2 && shards != present;
}

void copy_into_shards(const Xapian::Database& from, Xapian::WritableDatabase& to, ShardPlacer* placer) {
  for (auto it = from.postlist_begin(""); it != from.postlist_end(""); ++it) {
    const Xapian::Document document = from.get_document(*it);
    if (placer == nullptr) {
      to.add_document(document);
    } else {
      to.replace_document(placer->place(document.get_value(schema::DocId)), document);
    }
  }
  for (auto key = from.metadata_keys_begin(); key != from.metadata_keys_end(); ++key)
    to.set_metadata(*key, from.get_metadata(*key));
  for (auto key = from.synonym_keys_begin(); key != from.synonym_keys_end(); ++key)
    for (auto word = from.synonyms_begin(*key); word != from.synonyms_end(*key); ++word) to.add_synonym(*key, *word);
}

BuildReport rebuild_in_shards(const fs::path& db, Xapian::WritableDatabase& locked, std::size_t shards,
                              const ShardedRun& run, const BuildProgress& on_progress) {
  const BuildFolder folder(db);  // made and removed here; the child, which ends with _exit, only fills it
  const fs::path target = target_of(db);
  const auto build = [&](const BuildProgress& progress) {
    const fs::path fresh = folder.merged();
    if (shards > 1) create_sharded_index(fresh, shards);
    BuildReport report;
    {
      // Not synced while it is written: raise_revision's last commit of each database is.
      const int mode = shards > 1 ? Xapian::DB_OPEN : Xapian::DB_CREATE | Xapian::DB_BACKEND_GLASS;
      Xapian::WritableDatabase index(fresh.string(), mode | Xapian::DB_NO_SYNC);
      std::optional<ShardPlacer> placer;
      if (shards > 1) placer.emplace(fresh, shards);
      copy_into_shards(locked, index, placer ? &*placer : nullptr);
      index.commit();
      report = run(index, placer ? &*placer : nullptr, progress);
      index.close();
    }
    const Xapian::rev above = highest_revision(target);
    for (const fs::path& part : part_folders(fresh, shards)) {
      compact_in_place(part);
      raise_revision(part, above);
      drop_changesets(part);
    }
    exchange_directories(fresh, target, folder.aside());
    return report;
  };
  BuildReport report = run_build(build, on_progress, db.string(), "The index is as it was before the run.");
  locked.close();  // the lock of the previous index, now in the work folder
  return report;
}

}  // namespace liaison::sharded

#pragma once
// Writing a sharded index (core/index/sharded_index.h) in a new layout: a first sharded build,
// or another number of shards. The index's documents and catalog are copied into a new sharded
// index beside it, the run's changes are applied there, and it is swapped in for the old one
// in one step, as a parallel build's merged index is (core/index/parallel_build.h): an error
// leaves the old index as it was.
#include <cstddef>
#include <filesystem>
#include <functional>

#include <xapian.h>

#include "core/index/build_process.h"
#include "core/index/sharded_index.h"
#include "core/index/writer.h"

namespace liaison::sharded {

/// Whether a build asking for `shards` (BuildOptions::shards) changes the layout of the index at
/// `db`: 2 or more where it is one database, or has another number of shards; 1 where it is
/// sharded (one database again). Throws ConfigError for more than kMaxShards.
bool layout_changes(const std::filesystem::path& db, std::size_t shards);

/// A serial run of the writer on the new index, through its writable multi-database and its
/// placer (null when the new index is one database).
using ShardedRun = std::function<BuildReport(Xapian::WritableDatabase&, ShardPlacer*, const BuildProgress&)>;

/// Makes an index of `shards` shards (1: one database) in `<db>.build-<pid>`, copies into it every
/// document (each to its shard), the metadata and the synonym table of `locked` (open on `db`,
/// whose lock it holds for the whole run; closed here), calls `run` on it, and swaps it in for
/// `db`. Through run_build (build_process.h): in a child process when this process has one
/// thread. Throws IndexError (naming `db`) on any failure, with `db` untouched.
BuildReport rebuild_in_shards(const std::filesystem::path& db, Xapian::WritableDatabase& locked, std::size_t shards,
                              const ShardedRun& run, const BuildProgress& on_progress);

/// Copies every document of `from`, in document id order, to `to` (a writable sharded index,
/// each document into the shard of its id (its DocId value) by `placer`; or one database when
/// `placer` is null), and `from`'s metadata and synonym table.
void copy_into_shards(const Xapian::Database& from, Xapian::WritableDatabase& to, ShardPlacer* placer);

}  // namespace liaison::sharded

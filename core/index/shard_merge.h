#pragma once
// The sequential step of a parallel bulk build, between building the shards and compacting
// them: document ids are claimed across all files in path order, exactly as the serial writer
// claims them, and the shards are fixed to match (see writer.h for the rules).
#include <vector>

#include <xapian.h>

#include "core/index/shard_build.h"
#include "core/index/writer.h"

namespace liaison {

/// Claims the ids of `files` (every corpus file, in path order, as the shards gave them) in
/// path order, starting from the ids the files present in `previous` (the index being replaced,
/// possibly empty) already have. In `shards` (open on the shards' databases, by ShardFile::shard)
/// it deletes the documents a serial build would not have kept, writes each file's "file:"
/// metadata, and copies from `previous` the documents of a file that gives nothing now (it keeps
/// its previous version). Fills `report` as a serial build would: added, updated, removed,
/// failed, passages_written, failures and notes in the same order; not the totals.
void resolve_shards(const std::vector<ShardFile>& files, const Xapian::Database& previous,
                    std::vector<Xapian::WritableDatabase>& shards, BuildReport& report);

}  // namespace liaison

#pragma once
// A bulk build on several cores: the corpus files are split into contiguous slices, each
// written by its own thread into its own temporary database ("shard"), and the shards are
// compacted into one index that replaces the target directory in one atomic rename.
#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include <xapian.h>

#include "core/index/writer.h"

namespace liaison {

/// Builds the index of `files` (list_corpus_files of `corpus`) in `shards` threads and puts it
/// in place of `db`, whose lock `locked` holds for the whole run (it is open on `db`, possibly
/// empty, and is closed here once the new index is in place). Gives the report, failures and
/// index a serial build_index would give when every file is (re)indexed. The work folder
/// `<db>.build-<pid>` is removed on return, also on error; `db` is untouched until the swap.
/// The work is done by build_process.h's run_build (in a child process when this process has one
/// thread), which calls `options.on_progress` back here, in this thread. Throws IndexError (naming `db`) when a shard or the merged index
/// cannot be written, the index cannot be swapped in, or the child dies.
BuildReport build_index_in_shards(const std::filesystem::path& corpus, const std::vector<std::string>& files,
                                  const std::filesystem::path& db, Xapian::WritableDatabase& locked,
                                  const Analyzer& analyzer, const BuildOptions& options, std::size_t shards);

/// Removes the `<db>.build-*` work folders of runs that were killed. Call only while holding
/// the lock of `db`, so that no other run is using its folder.
void remove_stale_build_folders(const std::filesystem::path& db);

/// `files` cut into `parts` contiguous slices of about equal total size (file sizes under
/// `corpus`), none empty when there are at least `parts` files.
std::vector<std::vector<std::string>> split_by_size(const std::filesystem::path& corpus,
                                                    const std::vector<std::string>& files, std::size_t parts);

}  // namespace liaison

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

/// The directory the index really is in: `db` without a trailing separator ("index/" →
/// "index"), so that siblings can be named, and with symbolic links resolved, so that the swap
/// replaces the index where it lives rather than the link.
std::filesystem::path target_of(const std::filesystem::path& db);

/// The work folder of a run that swaps a new index in, next to the target (same file system:
/// the swap is a rename), `<db>.build-<pid>`. Removed with everything in it when the run ends,
/// successful or not; after the swap it holds the previous index.
class BuildFolder {
 public:
  explicit BuildFolder(const std::filesystem::path& db);
  ~BuildFolder();
  BuildFolder(const BuildFolder&) = delete;
  BuildFolder& operator=(const BuildFolder&) = delete;

  std::filesystem::path shard(std::size_t k) const { return path_ / ("shard-" + std::to_string(k)); }
  std::filesystem::path merged() const { return path_ / "merged"; }
  std::filesystem::path aside() const { return path_ / "previous"; }

 private:
  std::filesystem::path path_;
};

/// Puts `fresh` at `target` and the previous `target` at `fresh`, in one atomic step, so that a
/// reader opening or reopening `target` sees one index or the other, never neither. File
/// systems without RENAME_EXCHANGE get two renames instead (through `aside`).
void exchange_directories(const std::filesystem::path& fresh, const std::filesystem::path& target,
                          const std::filesystem::path& aside);

/// Readers reopen only when the revision number changed, and a new database starts at a low
/// revision: brings the database at `fresh` above `above`, the revision of the one it replaces,
/// so that a reader never mistakes it for the index it has open.
void raise_revision(const std::filesystem::path& fresh, Xapian::rev above);

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

#pragma once
// Giving back the space of a failed run: a write that fails (a full disk) leaves the blocks the
// run wrote after its last commit at the end of the index's table files. No revision refers to
// them, but they keep the disk full, and the next run, which may need new blocks in another
// table, fails too.
#include <cstdint>
#include <filesystem>
#include <map>
#include <string>

namespace liaison {

/// The sizes of the table files (*.glass) of the Xapian database at `db` as of its last commit.
class CommittedSizes {
 public:
  /// Records the sizes now: call with the database open (and locked) before writing.
  explicit CommittedSizes(std::filesystem::path db);

  /// Records the sizes again: call after each commit.
  void record();

  /// Cuts every table file back to its recorded size, and one created since to nothing. Call
  /// after a failed write and a cancelled transaction, still holding the database's lock: the
  /// committed revision lies wholly below those sizes. Never throws (the run is failing anyway).
  void give_back_uncommitted_space() const noexcept;

 private:
  std::filesystem::path db_;
  std::map<std::string, std::uintmax_t> sizes_;  ///< table file name → size at the last commit
};

}  // namespace liaison

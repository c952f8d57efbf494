#pragma once
// A build run in a child process, so that the library's own crash on a failed write becomes an
// IndexError like any other write error.
//
// Why: Xapian 1.4 (1.4.22, and its master branch too) ends the process with std::terminate
// when a write fails while a commit merges value streams: ValueUpdater's destructor writes the
// chunk it holds, fails again during the unwinding of the first failure, and the second
// exception leaves a destructor. On a full disk the indexer died with "terminate called" and
// no word of what happened. The child does the work; this process reads its progress and
// report from a pipe and turns an error or a death into an IndexError.
#include <cstddef>
#include <functional>
#include <string>

#include "core/index/writer.h"

namespace liaison {

/// The progress callback of BuildOptions: (files done, files total, path).
using BuildProgress = std::function<void(std::size_t, std::size_t, const std::string&)>;

/// Runs `build`, with a progress callback that reaches `on_progress` (may be empty) in this
/// thread, and returns its report. Throws IndexError, starting with `what`, when `build` threw
/// (its message), when no child could be made, or when the child died: its signal, the likely
/// cause, then `after_death` (what the caller knows of the index then).
/// In a child process when this process has one thread (the indexer): the child dies with this
/// process, so a run killed here stops its build too. A process with other threads (a server, a
/// test with clients) runs `build` itself: a child would hold only the forking thread, and would
/// wait for ever on any lock another thread held at the fork (an allocator's, an analyzer
/// cache's); such a process is not shielded from Xapian's abort.
BuildReport run_build(const std::function<BuildReport(const BuildProgress&)>& build, const BuildProgress& on_progress,
                      const std::string& what, const std::string& after_death);

/// Whether this process has one thread (read from /proc/self/status; false when unknown).
bool single_threaded();

/// The bytes of a report, and back (the message the child sends; exposed for the tests).
std::string encode_build_report(const BuildReport& report);
BuildReport decode_build_report(const std::string& bytes);

}  // namespace liaison

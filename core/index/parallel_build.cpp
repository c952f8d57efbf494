#include "core/index/parallel_build.h"

#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <exception>
#include <mutex>
#include <thread>

#include "core/index/build_process.h"
#include "core/index/index_state.h"
#include "core/index/reader.h"
#include "core/index/schema.h"
#include "core/index/shard_build.h"
#include "core/index/shard_merge.h"
#include "core/index/variant_dictionary.h"
#include "core/tagging/tagger.h"

namespace liaison {
namespace fs = std::filesystem;
namespace sc = schema;

fs::path target_of(const fs::path& db) {
  fs::path target = db.lexically_normal();
  if (target.filename().empty()) target = target.parent_path();
  std::error_code error;
  const fs::path resolved = fs::canonical(target, error);
  return error ? target : resolved;
}

std::string build_folder_prefix(const fs::path& db) { return target_of(db).filename().string() + ".build-"; }

BuildFolder::BuildFolder(const fs::path& db)
    : path_(target_of(db).parent_path() / (build_folder_prefix(db) + std::to_string(::getpid()))) {
  fs::remove_all(path_);
  fs::create_directories(path_);
}

BuildFolder::~BuildFolder() {
  std::error_code ignored;  // another run holding the lock after the swap may remove it too
  fs::remove_all(path_, ignored);
}

namespace {

/// Runs one thread per shard; the first error stops the others and is rethrown after all joined.
std::vector<ShardFile> build_shards(const fs::path& corpus, const std::vector<std::vector<std::string>>& slices,
                                    const BuildFolder& folder, const Analyzer& analyzer, const BuildOptions& options,
                                    std::size_t total_files) {
  std::vector<std::vector<ShardFile>> results(slices.size());
  std::vector<std::exception_ptr> errors(slices.size());
  std::atomic<bool> stop{false};
  std::mutex progress_mutex;
  std::size_t files_done = 0;
  const auto file_done = [&](const std::string& path) {
    if (!options.on_progress) return;
    const std::lock_guard<std::mutex> lock(progress_mutex);
    options.on_progress(++files_done, total_files, path);
  };
  std::vector<std::thread> threads;
  try {
    for (std::size_t k = 0; k < slices.size(); ++k) {
      threads.emplace_back([&, k] {
        try {
          results[k] = build_shard(ShardJob{.shard = k, .corpus = corpus, .files = slices[k],
                                            .database = folder.shard(k), .analyzer = &analyzer, .options = &options,
                                            .file_done = file_done, .stop = &stop});
        } catch (...) {
          errors[k] = std::current_exception();
          stop = true;
        }
      });
    }
  } catch (...) {  // no thread could be started: stop those running before leaving
    stop = true;
    for (std::thread& thread : threads) thread.join();
    throw;
  }
  for (std::thread& thread : threads) thread.join();
  for (const std::exception_ptr& error : errors)
    if (error) std::rethrow_exception(error);
  std::vector<ShardFile> files;
  files.reserve(total_files);
  for (std::vector<ShardFile>& result : results)
    for (ShardFile& file : result) files.push_back(std::move(file));
  return files;
}

/// Resolves ids across shards and writes the run's metadata (into the first shard only: the
/// compaction keeps one value per metadata key).
void finish_shards(const std::vector<ShardFile>& files, std::size_t count, const BuildFolder& folder,
                   const Xapian::Database& previous, const BuildOptions& options, BuildReport& report) {
  std::vector<Xapian::WritableDatabase> shards;
  for (std::size_t k = 0; k < count; ++k) shards.emplace_back(folder.shard(k).string(), Xapian::DB_OPEN);
  resolve_shards(files, previous, shards, report);
  Xapian::WritableDatabase& first = shards.front();
  first.set_metadata(std::string(sc::kMetaLastIndexed), utc_now_iso8601());
  first.set_metadata(std::string(sc::kMetaSchemaVersion), std::string(sc::kSchemaVersion));
  first.set_metadata(std::string(sc::kMetaTaggerFingerprint),
                     options.tagger != nullptr ? options.tagger->fingerprint() : std::string());
  for (Xapian::WritableDatabase& shard : shards) {
    shard.commit();
    shard.close();
  }
}

/// Compacts the shards, in order, into one database (docids renumbered to follow each other),
/// the variant dictionary of their words first written into the first (so that it is compacted too).
void merge_shards(std::size_t count, const BuildFolder& folder) {
  Xapian::Database all;
  for (std::size_t k = 0; k < count; ++k) all.add_database(Xapian::Database(folder.shard(k).string()));
  {
    Xapian::WritableDatabase first(folder.shard(0).string(), Xapian::DB_OPEN | Xapian::DB_NO_SYNC);
    write_variant_dictionary(first, all);
    first.commit();
  }
  all.reopen();
  all.compact(folder.merged().string(), Xapian::DBCOMPACT_MULTIPASS);
}

}  // namespace

/// Puts `fresh` at `target` and the previous `target` at `fresh`, in one atomic step, so that a
/// reader opening or reopening `target` sees one index or the other, never neither. File
/// systems without RENAME_EXCHANGE get two renames instead.
void exchange_directories(const fs::path& fresh, const fs::path& target, const fs::path& aside) {
  if (::renameat2(AT_FDCWD, fresh.c_str(), AT_FDCWD, target.c_str(), RENAME_EXCHANGE) == 0) return;
  const int error = errno;
  if (error != EINVAL && error != ENOSYS && error != ENOTSUP)
    throw fs::filesystem_error("cannot swap in the new index", fresh, target, std::error_code(error, std::generic_category()));
  fs::rename(target, aside);
  fs::rename(fresh, target);
}

/// Readers reopen only when the revision number changed, and a compacted database starts at
/// revision 1: the new index is brought above the revision of the one it replaces (`above`), so
/// that a reader never mistakes it for the index it has open. The steps up are not synced, the
/// last commit is.
void raise_revision(const fs::path& merged, Xapian::rev above) {
  {
    Xapian::WritableDatabase fast(merged.string(), Xapian::DB_OPEN | Xapian::DB_NO_SYNC);
    for (Xapian::rev step = fast.get_revision(); step < above; step = fast.get_revision()) {
      fast.set_metadata(std::string(sc::kMetaLastIndexed), std::to_string(step));  // any change makes a commit
      fast.commit();
    }
  }
  Xapian::WritableDatabase synced(merged.string(), Xapian::DB_OPEN);
  synced.set_metadata(std::string(sc::kMetaLastIndexed), utc_now_iso8601());
  synced.commit();
}

namespace {

void count_totals(const fs::path& db, BuildReport& report) {
  const Xapian::Database index(db.string());
  report.documents_total = index.get_doccount();
  report.passages_total = count_passages(index);
}

}  // namespace

std::vector<std::vector<std::string>> split_by_size(const fs::path& corpus, const std::vector<std::string>& files,
                                                    std::size_t parts) {
  std::vector<std::uintmax_t> ends;  // total bytes of files [0, i]
  std::uintmax_t total = 0;
  for (const std::string& file : files) {
    std::error_code error;
    const std::uintmax_t size = fs::file_size(corpus / file, error);
    total += error ? 0 : size;
    ends.push_back(total);
  }
  std::vector<std::vector<std::string>> slices(parts);
  std::size_t begin = 0;
  for (std::size_t k = 0; k < parts; ++k) {
    std::size_t end = files.size();
    if (k + 1 < parts) {
      const std::uintmax_t goal = total / parts * (k + 1);
      end = begin;
      while (end < files.size() && ends[end] < goal) ++end;
      ++end;  // the file that reaches the goal belongs to this slice
      end = std::max(end, begin + 1);
      end = std::min(end, files.size() - std::min(files.size(), parts - k - 1));  // leave one per later slice
      end = std::max(end, begin);
    }
    slices[k].assign(files.begin() + static_cast<std::ptrdiff_t>(begin), files.begin() + static_cast<std::ptrdiff_t>(end));
    begin = end;
  }
  return slices;
}

void remove_stale_build_folders(const fs::path& db) {
  const fs::path target = target_of(db);
  const fs::path parent = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  const std::string prefix = build_folder_prefix(db);
  std::error_code error;
  for (fs::directory_iterator it(parent, error), end; !error && it != end; it.increment(error)) {
    if (it->path().filename().string().rfind(prefix, 0) != 0) continue;
    std::error_code ignored;
    fs::remove_all(it->path(), ignored);
  }
}

BuildReport build_index_in_shards(const fs::path& corpus, const std::vector<std::string>& files, const fs::path& db,
                                  Xapian::WritableDatabase& locked, const Analyzer& analyzer,
                                  const BuildOptions& options, std::size_t shards) {
  const BuildFolder folder(db);  // made and removed here; the child, which ends with _exit, only fills it
  const Xapian::rev previous_revision = locked.get_revision();
  const auto build = [&](const BuildProgress& progress) {
    BuildOptions child_options = options;
    child_options.on_progress = progress;
    BuildReport report;
    const auto slices = split_by_size(corpus, files, shards);
    const std::vector<ShardFile> built = build_shards(corpus, slices, folder, analyzer, child_options, files.size());
    finish_shards(built, slices.size(), folder, locked, child_options, report);
    for (const ShardFile& file : built) report.tags += file.tags;
    merge_shards(slices.size(), folder);
    raise_revision(folder.merged(), previous_revision);
    count_totals(folder.merged(), report);
    exchange_directories(folder.merged(), target_of(db), folder.aside());
    return report;
  };
  BuildReport report = run_build(build, options.on_progress, db.string(), "The index is as it was before the run.");
  locked.close();  // the lock of the previous index, now in the work folder
  return report;
}

}  // namespace liaison

#pragma once
// One shard of a parallel bulk build: a contiguous slice of the corpus files written into its
// own temporary Xapian database, before any check across files (duplicate ids are resolved
// afterwards, in path order, by shard_merge.h).
#include <atomic>
#include <cstddef>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

#include "core/error.h"
#include "core/index/writer.h"

namespace liaison {

class Analyzer;

/// One document a shard wrote, as the shard's Xapian document `docid`.
struct ShardDocument {
  std::string id;
  std::size_t line = 0;  ///< as Document::line: 1-based line of a bulk file, 0 otherwise
  Xapian::docid docid = 0;
  std::size_t passages = 0;  ///< how many passages it has (for the report)
};

/// What one corpus file gave in its shard.
struct ShardFile {
  std::string path;
  std::size_t shard = 0;
  std::string fingerprint;               ///< content_fingerprint of the bytes read
  std::optional<IngestError> error;      ///< the file gave nothing (unreadable, bad front matter…)
  std::vector<std::string> notes;        ///< LoadedFile::notes
  std::vector<IngestError> line_failures;  ///< bad lines of a bulk file
  std::vector<ShardDocument> documents;  ///< every document parsed, tagged and written, in file order
  BuildReport::TagCounts tags;           ///< what the tagger gave its documents
};

/// The work of one shard.
struct ShardJob {
  std::size_t shard = 0;
  std::filesystem::path corpus;
  std::vector<std::string> files;     ///< corpus-relative paths, in path order
  std::filesystem::path database;     ///< created (overwritten) by build_shard
  const Analyzer* analyzer = nullptr;
  const BuildOptions* options = nullptr;
  /// Called after each file with its path; must be safe to call from several shards at once.
  std::function<void(const std::string&)> file_done{};
  /// Set by another shard that failed: stop after the current file.
  const std::atomic<bool>* stop = nullptr;
};

/// Reads, parses, tags and writes every file of `job` into `job.database`, committing every
/// options.documents_per_commit documents, and closes it. Bad files are recorded in their
/// ShardFile, never thrown. Throws Xapian::Error when the shard cannot be written.
std::vector<ShardFile> build_shard(const ShardJob& job);

}  // namespace liaison

#pragma once
#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "core/ingest/document.h"
#include "core/ingest/loader.h"

namespace liaison {

class Analyzer;

/// Counts of one `build_index` run.
struct BuildReport {
  struct Failure {
    std::string path;    ///< relative to the corpus root
    std::string reason;  ///< the IngestError message (names file and line)
  };
  /// Documents added, updated, removed, left unchanged (a bulk .jsonl file counts each of its
  /// documents), and failures (a bad file, a bad line of a bulk file, a duplicate id).
  std::size_t added = 0, updated = 0, removed = 0, unchanged = 0, failed = 0;
  std::size_t passages_written = 0;  ///< passages of added and updated documents
  std::size_t documents_total = 0;   ///< documents in the index after the run
  std::size_t passages_total = 0;    ///< passages in the index after the run
  std::vector<Failure> failures;
  std::vector<Failure> notes;  ///< repairs made while loading (invalid UTF-8 replaced in a page…); not failures
  std::vector<Failure> skipped;  ///< links not followed (CorpusListing::skipped); not failures
  /// The passages the tagger read, and how many of them it gave an area or a measure (all 0
  /// without a tagger). Counted here rather than by wrapping the tagger: the build runs in a
  /// child process, whose tagger's counts this process never sees.
  struct TagCounts {
    std::size_t passages = 0, tagged = 0, with_areas = 0, with_measures = 0;
    /// Counts the passages of `document`, just tagged.
    void add(const Document& document) {
      for (const Passage& passage : document.passages) {
        ++passages;
        with_areas += passage.areas.empty() ? 0 : 1;
        with_measures += passage.measures.empty() ? 0 : 1;
        tagged += passage.areas.empty() && passage.measures.empty() ? 0 : 1;
      }
    }
    TagCounts& operator+=(const TagCounts& other) {
      passages += other.passages;
      tagged += other.tagged;
      with_areas += other.with_areas;
      with_measures += other.with_measures;
      return *this;
    }
  };
  TagCounts tags;
  double seconds = 0.0;
};

class Tagger;

struct BuildOptions {
  LoadOptions load{};
  /// Tags passages with CBM areas and measures; null: only manual tags from front matter.
  /// When its fingerprint differs from the one the index was built with, every file is re-tagged.
  const Tagger* tagger = nullptr;
  std::size_t documents_per_commit = 2000;  ///< a commit never splits one document's passages
  /// Threads of a bulk build (0: one per core, at most 4). A run that writes every file anyway (an empty
  /// index, or a new schema or tagger) with at least 2 files per thread builds one temporary
  /// index per thread and swaps their merge in for `db` when all is done; other runs are serial.
  /// A parallel run needs free disk space for about three times the new index (the temporary
  /// indexes, their merge) besides the previous one; its threads share the Tagger and Analyzer.
  std::size_t threads = 0;
  /// Shards of the index (core/index/sharded_index.h): 0 keeps the index's layout (one database,
  /// or the shards it has; a new index is one database); N (2 to sharded::kMaxShards) makes a
  /// sharded index of N shards, each document in the shard of its id. A run that changes the
  /// layout copies the index's documents into a new one beside it, applies the run's changes
  /// there, and swaps it in for `db` at once; other runs on a sharded index are serial and
  /// write only the shards whose documents change (and the catalog).
  std::size_t shards = 0;
  /// Follow symbolic links that lead out of the corpus folder (CorpusListOptions).
  bool follow_links = false;
  /// Called after each file with (files done, files total, path); may be empty.
  std::function<void(std::size_t, std::size_t, const std::string&)> on_progress{};
};

/// Brings the Xapian database at `db` in line with the corpus folder: adds new files, replaces
/// changed ones (by content fingerprint), removes deleted ones, leaves unchanged ones alone.
/// Bad files are reported in BuildReport::failures, skipped and counted; the run goes on. A file
/// that was indexed before and is now bad keeps its previous version in the index. A folder that
/// cannot be listed is a failure too, and the documents of the files indexed under it are kept:
/// a document is removed only when its file is known to be gone.
/// A bulk (.jsonl) file maps to all the documents of its good lines: each bad line is a failure
/// ("file:line: reason") and the others are indexed; a changed file replaces all its documents
/// in one commit. A file with such failures is read again on every run until it is fixed.
/// Two files with the same document id: the one already indexed under that id keeps it, else
/// the first in path order; the other fails with a reason naming the first.
/// Every commit holds whole documents, so a run killed at any moment leaves the index at its
/// previous state or with some documents fully replaced; the next run completes the job.
/// An index written with another schema_version is re-indexed from scratch.
/// From a process of one thread (the indexer) the writing is done in a child process
/// (build_process.h: Xapian can end a process on a failed write), which calls the Tagger;
/// `options.on_progress` is called back here, in the calling thread, as files finish.
/// Throws ConfigError when `corpus` is not a folder, IndexError (naming `db`) when the database
/// cannot be opened (e.g. another writer holds its lock) or written.
BuildReport build_index(const std::filesystem::path& corpus, const std::filesystem::path& db,
                        const Analyzer& analyzer, const BuildOptions& options = {});

/// `indexer reshard`: moves the index at `db` to `shards` shards (1: one database again), without
/// reading a corpus: its documents, metadata and synonyms are copied into the new layout beside
/// it, which is swapped in whole (as BuildOptions::shards does), so that an error leaves the index
/// as it was. The report counts the documents and passages of the index (no file is read). An
/// index already in that layout is left alone. Throws ConfigError for 0 or more than
/// sharded::kMaxShards shards, IndexError when there is no index at `db`, or it is locked, or
/// cannot be written.
BuildReport reshard_index(const std::filesystem::path& db, std::size_t shards);

/// The Xapian document data of one passage is a binary record of the fields
/// doc, n, page, text, title, date, lang, kind, source, url, origin, path, doc_lang,
/// areas [{id, score, manual, evidence}], measures [same]
/// `doc_areas`/`doc_measures` carry the document-level tags in the same form; "lang" is the
/// passage's language, "doc_lang" the document's declared one ("" when none).
/// core/index/passage_data.h encodes and decodes it.
}  // namespace liaison

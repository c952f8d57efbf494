#include "core/index/writer.h"
#include "core/tagging/tagger.h"

#include <algorithm>
#include <chrono>
#include <map>
#include <optional>
#include <set>
#include <thread>

#include <xapian.h>

#include "core/analysis/analysis_memo.h"
#include "core/error.h"
#include "core/index/build_process.h"
#include "core/index/committed_sizes.h"
#include "core/index/corpus_files.h"
#include "core/index/index_state.h"
#include "core/index/parallel_build.h"
#include "core/index/whole_document.h"
#include "core/index/reader.h"
#include "core/index/schema.h"
#include "core/index/sharded_build.h"
#include "core/index/sharded_index.h"
#include "core/index/variant_dictionary.h"
#include "core/tagging/manual_tags.h"

namespace liaison {
namespace {

namespace fs = std::filesystem;
namespace sc = schema;

Xapian::WritableDatabase open_writable(const fs::path& db) {
  try {
    std::error_code ignored;  // Xapian creates the database folder, not its parents
    if (db.has_parent_path()) fs::create_directories(db.parent_path(), ignored);
    return Xapian::WritableDatabase(db.string(), Xapian::DB_CREATE_OR_OPEN);
  } catch (const Xapian::DatabaseLockError& e) {
    throw IndexError(db.string() + ": the index is locked by another writer (" + e.get_msg() + ")");
  } catch (const Xapian::Error& e) {
    throw IndexError(db.string() + ": cannot open the index: " + e.get_description());
  }
}

/// Groups writes into Xapian transactions of whole documents: nothing is written outside a
/// transaction (so Xapian's automatic flush can never split a document).
class CommitBatch {
 public:
  CommitBatch(Xapian::WritableDatabase& db, std::size_t documents_per_commit, CommittedSizes& committed)
      : db_(db), committed_(committed), limit_(documents_per_commit == 0 ? 1 : documents_per_commit) {}

  void begin() {
    if (open_) return;
    db_.begin_transaction();
    open_ = true;
  }
  /// Call after the last write of one file with the number of documents it wrote; commits when
  /// the batch is full. A file's documents always share a commit (its metadata names them all).
  void documents_done(std::size_t count = 1) {
    pending_ += count;
    if (pending_ >= limit_) commit();
  }
  void commit() {
    if (!open_) return;
    sharded::commit_transaction(db_);  // a sharded index's catalog last
    committed_.record();
    open_ = false;
    pending_ = 0;
  }

 private:
  Xapian::WritableDatabase& db_;
  CommittedSizes& committed_;
  std::size_t limit_;
  std::size_t pending_ = 0;
  bool open_ = false;
};

/// The state of one build_index call.
class IndexRun {
 public:
  IndexRun(const fs::path& corpus, Xapian::WritableDatabase& db, const Analyzer& analyzer,
           const BuildOptions& options, BuildReport& report, CommittedSizes& committed)
      : corpus_(corpus), db_(db), analyzer_(analyzer), options_(options), report_(report),
        batch_(db, options.documents_per_commit, committed), indexed_(read_indexed_files(db)),
        reindex_all_(written_otherwise(db, tagger_fingerprint())) {}

  /// A sharded index's documents go to the shards of their ids (core/index/sharded_index.h).
  void place_in_shards(sharded::ShardPlacer* placer) { placer_ = placer; }

  void run(const CorpusListing& listing) {
    const AnalysisMemo::Scope memo;  // the tagger and the index analyse each passage once between them
    const std::vector<std::string>& files = listing.files;
    claim_ids_of_present_files(listing);
    remove_gone_files(listing);
    for (std::size_t i = 0; i < files.size(); ++i) {
      try {
        index_file(files[i]);
      } catch (const IngestError& e) {
        ++report_.failed;
        report_.failures.push_back({files[i], e.what()});
      }
      if (options_.on_progress) options_.on_progress(i + 1, files.size(), files[i]);
    }
    finish();
  }

 private:
  /// The files listed, and those indexed in folders that could not be listed, keep their ids.
  void claim_ids_of_present_files(const CorpusListing& listing) {
    const std::set<std::string> present(listing.files.begin(), listing.files.end());
    for (const auto& [path, entry] : indexed_) {
      if (!present.count(path) && !listing.may_hold(path)) continue;
      for (const std::string& id : entry.doc_ids) id_owner_.emplace(id, path);
    }
  }

  /// Removes the files known to be gone: not listed, and not in a folder that could not be listed.
  void remove_gone_files(const CorpusListing& listing) {
    const std::set<std::string> present(listing.files.begin(), listing.files.end());
    for (auto it = indexed_.begin(); it != indexed_.end();) {
      if (present.count(it->first) || listing.may_hold(it->first)) {
        ++it;
        continue;
      }
      batch_.begin();
      for (const std::string& id : it->second.doc_ids)
        if (id_owner_.find(id) == id_owner_.end()) db_.delete_document(sc::term(sc::kDocPrefix, id));
      db_.set_metadata(sc::term(sc::kMetaFilePrefix, it->first), "");
      batch_.documents_done();
      report_.removed += std::max<std::size_t>(1, it->second.doc_ids.size());
      it = indexed_.erase(it);
    }
  }

  /// Takes `document`'s id for `path`; an id another file has is a failure of this document.
  void claim_id(const Document& document, const std::string& path) {
    const auto owner = id_owner_.find(document.id);
    if (owner != id_owner_.end() && owner->second != path)
      throw IngestError(path, document.line, "duplicate id '" + document.id + "': already used by " + owner->second);
    id_owner_[document.id] = path;
  }

  void record_failure(const std::string& path, const IngestError& error) {
    ++report_.failed;
    report_.failures.push_back({path, error.what()});
  }

  /// The documents of `loaded` ready to be written: tagged, with their ids claimed. Documents
  /// whose id another file has are failures, as are the bad lines of a bulk file.
  std::vector<Document> accept_documents(LoadedFile& loaded, const std::string& path) {
    for (const std::string& note : loaded.notes) report_.notes.push_back({path, note});
    for (const IngestError& failure : loaded.failures) record_failure(path, failure);
    std::vector<Document> accepted;
    for (Document& document : loaded.documents) {
      if (options_.tagger != nullptr) {
        options_.tagger->tag(document);
        report_.tags.add(document);
      }
      // Manual tags win over any tagger, so they are applied last.
      apply_manual_tags(document);
      try {
        claim_id(document, path);
        accepted.push_back(std::move(document));
      } catch (const IngestError& e) {
        record_failure(path, e);
      }
    }
    return accepted;
  }

  void index_file(const std::string& path) {
    const std::string bytes = read_corpus_file(corpus_ / path, path, options_.load);
    const std::string fingerprint = content_fingerprint(bytes);
    const auto known = indexed_.find(path);
    const bool was_indexed = known != indexed_.end();
    if (was_indexed && !reindex_all_ && known->second.fingerprint == fingerprint) {
      report_.unchanged += std::max<std::size_t>(1, known->second.doc_ids.size());
      return;
    }
    LoadedFile loaded = parse_file(bytes, path);
    const std::size_t failed_before = report_.failed;
    const std::vector<Document> documents = accept_documents(loaded, path);
    if (documents.empty()) return;  // nothing good: a file indexed before keeps its previous version
    // A file with bad parts is read again next run (empty fingerprint), so its failures stay reported.
    const bool whole = report_.failed == failed_before;
    replace_file(path, documents, IndexedFile{.fingerprint = whole ? fingerprint : std::string(), .doc_id = {}, .doc_ids = {}},
                 was_indexed ? known->second.doc_ids : std::vector<std::string>());
  }

  /// Replaces every document `path` had (`previous` ids) with `documents`, in one commit.
  void replace_file(const std::string& path, const std::vector<Document>& documents, IndexedFile entry,
                    const std::vector<std::string>& previous) {
    // Each document is made as it is added (a file's all would take many times its size): a
    // failure while making one is no IngestError, so it ends the run before the batch commits.
    batch_.begin();
    for (const std::string& id : previous) db_.delete_document(sc::term(sc::kDocPrefix, id));
    for (std::size_t i = 0; i < documents.size(); ++i) {
      const std::string& id = documents[i].id;
      // A run killed after an earlier commit may have left this id behind: replace, never duplicate.
      if (std::find(previous.begin(), previous.end(), id) == previous.end())
        db_.delete_document(sc::term(sc::kDocPrefix, id));
      if (placer_ != nullptr) db_.replace_document(placer_->place(id), make_whole_document(documents[i], analyzer_));
      else db_.add_document(make_whole_document(documents[i], analyzer_));
      entry.doc_ids.push_back(id);
      report_.passages_written += documents[i].passages.size();
      ++(std::find(previous.begin(), previous.end(), id) != previous.end() ? report_.updated : report_.added);
    }
    entry.doc_id = entry.doc_ids.front();
    db_.set_metadata(sc::term(sc::kMetaFilePrefix, path), encode_indexed_file(entry));
    batch_.documents_done(documents.size());

    for (const std::string& id : previous) {
      if (entry.has_document(id)) continue;
      ++report_.removed;
      const auto owner = id_owner_.find(id);
      if (owner != id_owner_.end() && owner->second == path) id_owner_.erase(owner);
    }
    indexed_[path] = std::move(entry);
  }

  void finish() {
    batch_.begin();
    db_.set_metadata(std::string(sc::kMetaLastIndexed), utc_now_iso8601());
    db_.set_metadata(std::string(sc::kMetaSchemaVersion), std::string(sc::kSchemaVersion));
    db_.set_metadata(std::string(sc::kMetaTaggerFingerprint), tagger_fingerprint());
    // The vocabulary changes only with the documents (a new schema rewrites them all).
    if (report_.added + report_.updated + report_.removed > 0) {
      Xapian::WritableDatabase dictionary = sharded::first_database(db_);  // a sharded index's catalog
      write_variant_dictionary(dictionary, db_);
    }
    batch_.commit();
    report_.documents_total = db_.get_doccount();
    report_.passages_total = count_passages(db_);
  }

  const fs::path& corpus_;
  Xapian::WritableDatabase& db_;
  const Analyzer& analyzer_;
  const BuildOptions& options_;
  BuildReport& report_;
  CommitBatch batch_;
  std::map<std::string, IndexedFile> indexed_;  ///< path → what the index holds for it
  std::map<std::string, std::string> id_owner_;  ///< document id → path of the file that has it
  std::string tagger_fingerprint() const { return options_.tagger ? options_.tagger->fingerprint() : std::string(); }

  bool reindex_all_ = false;                     ///< written with another schema or tagger: all again
  sharded::ShardPlacer* placer_ = nullptr;
};

/// Threads for this run: more than one only when every file is written anyway (nothing is
/// indexed yet, or the schema or tagger changed), so that incremental runs keep their commits.
std::size_t shards_for(const Xapian::Database& db, std::size_t files, const BuildOptions& options) {
  // Each thread holds a batch of documents_per_commit documents in memory (about 200 MB at the
  // default), so "one per core" stops at kMaxDefaultThreads.
  constexpr std::size_t kMaxDefaultThreads = 4;
  const std::size_t threads = options.threads != 0
                                  ? options.threads
                                  : std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, kMaxDefaultThreads);
  if (threads < 2 || files < 2 * threads) return 1;
  const bool empty = db.get_doccount() == 0 && db.metadata_keys_begin(std::string(sc::kMetaFilePrefix)) ==
                                                   db.metadata_keys_end(std::string(sc::kMetaFilePrefix));
  const bool reindex_all = written_otherwise(db, options.tagger ? options.tagger->fingerprint() : std::string());
  return empty || reindex_all ? threads : 1;
}

/// After a failed write (a full disk): drops the open transaction, whose blocks no revision
/// refers to, and gives their space back, while the lock is still held.
void abandon_run(Xapian::WritableDatabase& database, const CommittedSizes& committed) noexcept {
  try {
    database.cancel_transaction();
  } catch (const Xapian::Error&) {  // no transaction was open: the failure was outside one
  }
  committed.give_back_uncommitted_space();
}

/// A serial run, by build_process.h's run_build (in a child process when this process has one
/// thread) that writes through `database`, whose lock this process holds, and gives back the
/// space of a failed write itself.
BuildReport build_serially(const fs::path& corpus, const CorpusListing& listing, const fs::path& db,
                           Xapian::WritableDatabase& database, const Analyzer& analyzer, const BuildOptions& options,
                           CommittedSizes& committed) {
  // A sharded index's shards as they are (the lock is held): its new documents go to their shards.
  std::optional<sharded::ShardPlacer> placer;
  if (sharded::is_sharded(db)) placer.emplace(db, sharded::shard_count(db));
  const auto build = [&](const BuildProgress& progress) {
    BuildOptions child_options = options;
    child_options.on_progress = progress;
    BuildReport report;
    try {
      IndexRun run(corpus, database, analyzer, child_options, report, committed);
      run.place_in_shards(placer ? &*placer : nullptr);
      run.run(listing);
      database.close();
    } catch (const Xapian::Error&) {
      abandon_run(database, committed);
      throw;
    } catch (const fs::filesystem_error&) {
      abandon_run(database, committed);
      throw;
    }
    return report;
  };
  BuildReport report = run_build(build, options.on_progress, db.string(),
                                          "The index keeps the documents committed before it, each whole; the "
                                          "next run completes the work.");
  database.close();  // nothing written through this process's handle: it only lets the lock go
  return report;
}

/// The folders that could not be listed are failures (first, as they were met first); the links
/// not followed are said.
void add_listing_problems(const CorpusListing& listing, BuildReport& report) {
  std::vector<BuildReport::Failure> failures;
  for (const CorpusListing::Entry& entry : listing.unreadable)
    failures.push_back({entry.path, entry.path + ": " + entry.reason + " (the documents indexed from it are kept)"});
  report.failed += failures.size();
  report.failures.insert(report.failures.begin(), failures.begin(), failures.end());
  for (const CorpusListing::Entry& entry : listing.skipped)
    report.skipped.push_back({entry.path, entry.path + ": " + entry.reason});
}

}  // namespace

BuildReport build_index(const fs::path& corpus, const fs::path& db, const Analyzer& analyzer,
                        const BuildOptions& options) {
  const auto start = std::chrono::steady_clock::now();
  const CorpusListing listing = list_corpus(corpus, {.follow_links = options.follow_links});
  Xapian::WritableDatabase database = open_writable(db);  // its lock is held for the whole run
  remove_stale_build_folders(db);
  CommittedSizes committed(db);
  BuildReport report;
  try {
    // A bulk build writes a new index of the files listed: with folders that could not be
    // listed, the serial run keeps their documents instead.
    if (sharded::layout_changes(db, options.shards)) {
      // A new sharded layout: the index's documents copied into it, then this run's changes.
      const auto run = [&](Xapian::WritableDatabase& fresh, sharded::ShardPlacer* placer, const BuildProgress& progress) {
        BuildOptions child_options = options;
        child_options.on_progress = progress;
        BuildReport fresh_report;
        CommittedSizes untracked(db);  // the fresh index is thrown away whole on a failure
        IndexRun index_run(corpus, fresh, analyzer, child_options, fresh_report, untracked);
        index_run.place_in_shards(placer);
        index_run.run(listing);
        return fresh_report;
      };
      report = sharded::rebuild_in_shards(db, database, options.shards, run, options.on_progress);
    } else {
      const std::size_t shards = listing.unreadable.empty() && !sharded::is_sharded(db)
                                     ? shards_for(database, listing.files.size(), options)
                                     : 1;
      report = shards > 1 ? build_index_in_shards(corpus, listing.files, db, database, analyzer, options, shards)
                          : build_serially(corpus, listing, db, database, analyzer, options, committed);
    }
  } catch (const Xapian::Error& e) {
    abandon_run(database, committed);
    throw IndexError(db.string() + ": cannot write the index: " + e.get_description());
  } catch (const fs::filesystem_error& e) {
    abandon_run(database, committed);
    throw IndexError(db.string() + ": cannot write the index: " + e.what());
  }
  add_listing_problems(listing, report);
  report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return report;
}

BuildReport reshard_index(const fs::path& db, std::size_t shards) {
  const auto start = std::chrono::steady_clock::now();
  if (shards == 0) throw ConfigError("--shards 0: a layout has at least one database");
  std::error_code ignored;
  if (!fs::is_directory(db, ignored)) throw IndexError("No index at " + db.string() + ": build one with the indexer first.");
  Xapian::WritableDatabase database = open_writable(db);  // its lock is held for the whole run
  remove_stale_build_folders(db);
  BuildReport report;
  try {
    if (sharded::layout_changes(db, shards)) {
      const auto nothing_more = [](Xapian::WritableDatabase&, sharded::ShardPlacer*, const BuildProgress&) {
        return BuildReport{};
      };
      report = sharded::rebuild_in_shards(db, database, shards, nothing_more, {});
    }
    database.close();
    const Xapian::Database index(db.string());
    report.documents_total = index.get_doccount();
    report.passages_total = count_passages(index);
  } catch (const Xapian::Error& e) {
    throw IndexError(db.string() + ": cannot reshard the index: " + e.get_description());
  } catch (const fs::filesystem_error& e) {
    throw IndexError(db.string() + ": cannot reshard the index: " + e.what());
  }
  report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return report;
}

}  // namespace liaison

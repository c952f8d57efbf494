#include "core/index/writer.h"
#include "core/tagging/tagger.h"

#include <chrono>
#include <map>
#include <set>

#include <xapian.h>

#include "core/error.h"
#include "core/index/corpus_files.h"
#include "core/index/index_state.h"
#include "core/index/passage_document.h"
#include "core/index/schema.h"
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
  CommitBatch(Xapian::WritableDatabase& db, std::size_t documents_per_commit)
      : db_(db), limit_(documents_per_commit == 0 ? 1 : documents_per_commit) {}

  void begin() {
    if (open_) return;
    db_.begin_transaction();
    open_ = true;
  }
  /// Call after the last write of one document; commits when the batch is full.
  void document_done() {
    if (++pending_ >= limit_) commit();
  }
  void commit() {
    if (!open_) return;
    db_.commit_transaction();
    open_ = false;
    pending_ = 0;
  }

 private:
  Xapian::WritableDatabase& db_;
  std::size_t limit_;
  std::size_t pending_ = 0;
  bool open_ = false;
};

/// The state of one build_index call.
class IndexRun {
 public:
  IndexRun(const fs::path& corpus, Xapian::WritableDatabase& db, const Analyzer& analyzer,
           const BuildOptions& options, BuildReport& report)
      : corpus_(corpus), db_(db), analyzer_(analyzer), options_(options), report_(report),
        batch_(db, options.documents_per_commit), indexed_(read_indexed_files(db)) {
    const std::string version = db.get_metadata(std::string(sc::kMetaSchemaVersion));
    const std::string tagged_with = db.get_metadata(std::string(sc::kMetaTaggerFingerprint));
    reindex_all_ = (!version.empty() && version != sc::kSchemaVersion) || tagged_with != tagger_fingerprint();
  }

  void run(const std::vector<std::string>& files) {
    claim_ids_of_present_files(files);
    remove_gone_files(files);
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
  void claim_ids_of_present_files(const std::vector<std::string>& files) {
    for (const std::string& path : files) {
      const auto known = indexed_.find(path);
      if (known != indexed_.end() && !known->second.doc_id.empty()) id_owner_.emplace(known->second.doc_id, path);
    }
  }

  void remove_gone_files(const std::vector<std::string>& files) {
    const std::set<std::string> present(files.begin(), files.end());
    for (auto it = indexed_.begin(); it != indexed_.end();) {
      if (present.count(it->first)) {
        ++it;
        continue;
      }
      batch_.begin();
      const auto owner = id_owner_.find(it->second.doc_id);
      if (!it->second.doc_id.empty() && owner == id_owner_.end())
        db_.delete_document(sc::term(sc::kDocPrefix, it->second.doc_id));
      db_.set_metadata(sc::term(sc::kMetaFilePrefix, it->first), "");
      batch_.document_done();
      ++report_.removed;
      it = indexed_.erase(it);
    }
  }

  /// Takes `id` for `path`, releasing the id `path` had before; a duplicate is a bad file.
  void claim_id(const std::string& id, const std::string& path, const std::string& previous_id) {
    const auto owner = id_owner_.find(id);
    if (owner != id_owner_.end() && owner->second != path)
      throw IngestError(path, 0, "duplicate id '" + id + "': already used by " + owner->second);
    const auto previous = id_owner_.find(previous_id);
    if (previous_id != id && previous != id_owner_.end() && previous->second == path) id_owner_.erase(previous);
    id_owner_[id] = path;
  }

  void index_file(const std::string& path) {
    const std::string bytes = read_corpus_file(corpus_ / path, path, options_.load);
    const std::string fingerprint = content_fingerprint(bytes);
    const auto known = indexed_.find(path);
    const bool was_indexed = known != indexed_.end();
    if (was_indexed && !reindex_all_ && known->second.fingerprint == fingerprint) {
      ++report_.unchanged;
      return;
    }
    Document document = parse_document(bytes, path);
    if (options_.tagger != nullptr) options_.tagger->tag(document);
    // Manual tags win over any tagger, so they are applied last (again: it is idempotent). This
    // call also makes every program that links liaison_index pull in the tagging code the loader
    // needs, as core/CMakeLists.txt lists liaison_ingest before liaison_tagging.
    apply_manual_tags(document);
    const std::string previous_id = was_indexed ? known->second.doc_id : std::string();
    claim_id(document.id, path, previous_id);
    const std::vector<Xapian::Document> passages = make_passage_documents(document, analyzer_);

    batch_.begin();
    if (!previous_id.empty()) db_.delete_document(sc::term(sc::kDocPrefix, previous_id));
    for (const Xapian::Document& passage : passages) db_.add_document(passage);
    const IndexedFile entry{fingerprint, document.id};
    db_.set_metadata(sc::term(sc::kMetaFilePrefix, path), encode_indexed_file(entry));
    batch_.document_done();

    indexed_[path] = entry;
    report_.passages_written += passages.size();
    ++(was_indexed ? report_.updated : report_.added);
  }

  void finish() {
    batch_.begin();
    db_.set_metadata(std::string(sc::kMetaLastIndexed), utc_now_iso8601());
    db_.set_metadata(std::string(sc::kMetaSchemaVersion), std::string(sc::kSchemaVersion));
    db_.set_metadata(std::string(sc::kMetaTaggerFingerprint), tagger_fingerprint());
    batch_.commit();
    const std::string prefix(sc::kDocPrefix);
    for (auto t = db_.allterms_begin(prefix); t != db_.allterms_end(prefix); ++t) ++report_.documents_total;
    report_.passages_total = db_.get_doccount();
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
};

}  // namespace

BuildReport build_index(const fs::path& corpus, const fs::path& db, const Analyzer& analyzer,
                        const BuildOptions& options) {
  const auto start = std::chrono::steady_clock::now();
  const std::vector<std::string> files = list_corpus_files(corpus);
  Xapian::WritableDatabase database = open_writable(db);
  BuildReport report;
  try {
    IndexRun(corpus, database, analyzer, options, report).run(files);
    database.close();
  } catch (const Xapian::Error& e) {
    throw IndexError(db.string() + ": cannot write the index: " + e.get_description());
  }
  report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return report;
}

}  // namespace liaison

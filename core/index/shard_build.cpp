#include "core/index/shard_build.h"

#include "core/analysis/analysis_memo.h"
#include "core/index/index_state.h"
#include "core/index/whole_document.h"
#include "core/index/writer.h"
#include "core/ingest/loader.h"
#include "core/tagging/manual_tags.h"
#include "core/tagging/tagger.h"

namespace liaison {
namespace {

/// Writes the files of one shard; the database is private to this thread.
class ShardWriter {
 public:
  explicit ShardWriter(const ShardJob& job)
      : job_(job), db_(job.database.string(), Xapian::DB_CREATE_OR_OVERWRITE),
        per_commit_(job.options->documents_per_commit == 0 ? 1 : job.options->documents_per_commit) {}

  std::vector<ShardFile> run() {
    const AnalysisMemo::Scope memo;  // the tagger and the index analyse each passage once between them
    std::vector<ShardFile> out;
    out.reserve(job_.files.size());
    for (const std::string& path : job_.files) {
      if (job_.stop != nullptr && job_.stop->load()) break;
      out.push_back(build_file(path));
      if (job_.file_done) job_.file_done(path);
    }
    db_.commit();
    db_.close();
    return out;
  }

 private:
  ShardFile build_file(const std::string& path) {
    ShardFile file{.path = path, .shard = job_.shard, .fingerprint = {}, .error = {}, .notes = {},
                   .line_failures = {}, .documents = {}, .tags = {}};
    LoadedFile loaded;
    try {
      const std::string bytes = read_corpus_file(job_.corpus / path, path, job_.options->load);
      file.fingerprint = content_fingerprint(bytes);
      loaded = parse_file(bytes, path);
    } catch (const IngestError& e) {
      file.error = e;
      return file;
    }
    file.notes = std::move(loaded.notes);
    file.line_failures = std::move(loaded.failures);
    write_documents(loaded.documents, file);
    return file;
  }

  /// Tags and writes every document of a file, each as it is made (make_whole_document).
  /// A failure while making one ends the run (no IngestError), so a shard never keeps half a file.
  void write_documents(std::vector<Document>& documents, ShardFile& file) {
    for (Document& document : documents) {
      if (job_.options->tagger != nullptr) {
        job_.options->tagger->tag(document);
        file.tags.add(document);
      }
      apply_manual_tags(document);  // manual tags win, as in the serial writer
    }
    for (const Document& document : documents) {
      const Xapian::docid docid = db_.add_document(make_whole_document(document, *job_.analyzer));
      file.documents.push_back(
          ShardDocument{.id = document.id, .line = document.line, .docid = docid, .passages = document.passages.size()});
    }
    pending_ += documents.size();
    if (pending_ >= per_commit_) {
      db_.commit();
      pending_ = 0;
    }
  }

  const ShardJob& job_;
  Xapian::WritableDatabase db_;
  std::size_t per_commit_;
  std::size_t pending_ = 0;
};

}  // namespace

std::vector<ShardFile> build_shard(const ShardJob& job) { return ShardWriter(job).run(); }

}  // namespace liaison

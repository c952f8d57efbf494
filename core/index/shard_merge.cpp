#include "core/index/shard_merge.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "core/index/index_state.h"
#include "core/index/schema.h"

namespace liaison {
namespace {

namespace sc = schema;

/// Replays the serial writer's decisions (IndexRun in writer.cpp) over the shards' results.
class Resolution {
 public:
  Resolution(const Xapian::Database& previous, std::vector<Xapian::WritableDatabase>& shards, BuildReport& report)
      : previous_(previous), shards_(shards), report_(report), indexed_(read_indexed_files(previous)) {}

  void run(const std::vector<ShardFile>& files) {
    count_gone_files(files);
    for (const ShardFile& file : files) {
      const auto known = indexed_.find(file.path);
      if (known == indexed_.end()) continue;
      for (const std::string& id : known->second.doc_ids) id_owner_.emplace(id, file.path);
    }
    for (const ShardFile& file : files) resolve(file);
  }

 private:
  /// Files the previous index has and the corpus no longer: their documents are simply not in
  /// the new index; they count as removed.
  void count_gone_files(const std::vector<ShardFile>& files) {
    std::set<std::string> present;
    for (const ShardFile& file : files) present.insert(file.path);
    for (const auto& [path, entry] : indexed_)
      if (!present.count(path)) report_.removed += std::max<std::size_t>(1, entry.doc_ids.size());
  }

  void record_failure(const std::string& path, const IngestError& error) {
    ++report_.failed;
    report_.failures.push_back({path, error.what()});
  }

  void resolve(const ShardFile& file) {
    if (file.error) {
      record_failure(file.path, *file.error);
      keep_previous_version(file);
      return;
    }
    for (const std::string& note : file.notes) report_.notes.push_back({file.path, note});
    for (const IngestError& failure : file.line_failures) record_failure(file.path, failure);
    const std::size_t failed_before = report_.failed - file.line_failures.size();
    std::vector<const ShardDocument*> accepted;
    for (const ShardDocument& document : file.documents) {
      const auto owner = id_owner_.find(document.id);
      if (owner != id_owner_.end() && owner->second != file.path) {
        record_failure(file.path, IngestError(file.path, document.line,
                                              "duplicate id '" + document.id + "': already used by " + owner->second));
        erase(file.shard, document);
        continue;
      }
      id_owner_[document.id] = file.path;
      accepted.push_back(&document);
    }
    if (accepted.empty()) {
      keep_previous_version(file);  // nothing good: a file indexed before keeps its previous version
      return;
    }
    replace(file, accepted, report_.failed == failed_before);
  }

  /// The new version of `file`: its accepted documents, with the serial writer's counts.
  void replace(const ShardFile& file, const std::vector<const ShardDocument*>& accepted, bool whole) {
    const auto known = indexed_.find(file.path);
    const std::vector<std::string> previous = known == indexed_.end() ? std::vector<std::string>() : known->second.doc_ids;
    IndexedFile entry{.fingerprint = whole ? file.fingerprint : std::string(), .doc_id = {}, .doc_ids = {}};
    std::vector<const ShardDocument*> kept;
    for (const ShardDocument* document : accepted) {
      const bool was_there = std::find(previous.begin(), previous.end(), document->id) != previous.end();
      // The serial writer deletes the id before adding a document new to the file: an earlier
      // document of the same file with that id goes.
      if (!was_there) drop_earlier_with_id(file.shard, document->id, kept);
      kept.push_back(document);
      entry.doc_ids.push_back(document->id);
      report_.passages_written += document->passages;
      ++(was_there ? report_.updated : report_.added);
    }
    entry.doc_id = entry.doc_ids.front();
    shards_[file.shard].set_metadata(sc::term(sc::kMetaFilePrefix, file.path), encode_indexed_file(entry));
    for (const std::string& id : previous) {
      if (entry.has_document(id)) continue;
      ++report_.removed;
      const auto owner = id_owner_.find(id);
      if (owner != id_owner_.end() && owner->second == file.path) id_owner_.erase(owner);
    }
  }

  void drop_earlier_with_id(std::size_t shard, const std::string& id, std::vector<const ShardDocument*>& kept) {
    for (auto it = kept.begin(); it != kept.end();) {
      if ((*it)->id != id) {
        ++it;
        continue;
      }
      erase(shard, **it);
      it = kept.erase(it);
    }
  }

  void erase(std::size_t shard, const ShardDocument& document) {
    shards_[shard].delete_document(document.docid);
  }

  /// A file that gives nothing now keeps what the previous index had for it, documents and
  /// metadata, copied into its shard.
  void keep_previous_version(const ShardFile& file) {
    const auto known = indexed_.find(file.path);
    if (known == indexed_.end()) return;
    Xapian::WritableDatabase& shard = shards_[file.shard];
    for (const std::string& id : known->second.doc_ids) {
      const std::string term = sc::term(sc::kDocPrefix, id);
      for (auto it = previous_.postlist_begin(term); it != previous_.postlist_end(term); ++it)
        shard.add_document(previous_.get_document(*it));
    }
    const std::string key = sc::term(sc::kMetaFilePrefix, file.path);
    shard.set_metadata(key, previous_.get_metadata(key));
  }

  const Xapian::Database& previous_;
  std::vector<Xapian::WritableDatabase>& shards_;
  BuildReport& report_;
  std::map<std::string, IndexedFile> indexed_;   ///< path → what the previous index holds for it
  std::map<std::string, std::string> id_owner_;  ///< document id → path of the file that has it
};

}  // namespace

void resolve_shards(const std::vector<ShardFile>& files, const Xapian::Database& previous,
                    std::vector<Xapian::WritableDatabase>& shards, BuildReport& report) {
  Resolution(previous, shards, report).run(files);
}

}  // namespace liaison

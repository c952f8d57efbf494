#include "core/index/reader.h"

#include <algorithm>
#include <map>

#include "core/index/index_state.h"
#include "core/index/document_record.h"
#include "core/index/schema.h"

namespace liaison {
namespace {

namespace sc = schema;

/// The record of the document whose id term is `doc_term`, if the index has it.
std::optional<DocumentRecord> record_of(const Xapian::Database& db, const std::string& doc_term) {
  const auto it = db.postlist_begin(doc_term);
  if (it == db.postlist_end(doc_term)) return std::nullopt;
  return read_record(db.get_document(*it));
}

std::vector<std::string> manual_ids(const std::vector<Tag>& tags) {
  std::vector<std::string> ids;
  for (const Tag& tag : tags)
    if (tag.manual) ids.push_back(tag.id);
  return ids;
}

/// A problem when `numbers` (sorted) is not exactly 1..k.
std::optional<std::string> numbering_problem(const std::string& id, const std::vector<std::uint32_t>& numbers) {
  for (std::size_t i = 0; i < numbers.size(); ++i) {
    if (numbers[i] == i + 1) continue;
    std::string listed;
    for (auto n : numbers) listed += (listed.empty() ? "" : ",") + std::to_string(n);
    return "document '" + id + "' has passages " + listed + " instead of 1.." + std::to_string(numbers.size());
  }
  return std::nullopt;
}

}  // namespace

std::optional<Document> read_document(const Xapian::Database& db, const std::string& id) {
  std::optional<DocumentRecord> record = record_of(db, sc::term(sc::kDocPrefix, id));
  if (!record) return std::nullopt;
  Document document = std::move(record->document);
  document.manual_areas = manual_ids(document.areas);
  document.manual_measures = manual_ids(document.measures);
  for (const Passage& passage : document.passages) {
    if (!document.body.empty()) document.body += "\n\n";
    document.body += passage.text;
  }
  return document;
}

std::vector<std::string> check_index(const Xapian::Database& db) {
  std::vector<std::string> problems;
  const auto files = read_indexed_files(db);
  const std::string prefix(sc::kDocPrefix);
  Xapian::doccount documents = 0;
  for (auto t = db.allterms_begin(prefix); t != db.allterms_end(prefix); ++t) {
    const std::string id = (*t).substr(prefix.size());
    if (t.get_termfreq() > 1) problems.push_back("document '" + id + "' is in the index " + std::to_string(t.get_termfreq()) + " times");
    const std::optional<DocumentRecord> record = record_of(db, *t);
    if (!record) continue;
    ++documents;
    std::vector<std::uint32_t> numbers;
    for (const Passage& p : record->document.passages) numbers.push_back(p.n);
    std::sort(numbers.begin(), numbers.end());
    if (auto problem = numbering_problem(id, numbers)) problems.push_back(*problem);
    const std::string& path = record->document.path;
    const auto file = files.find(path);
    if (file == files.end() || !file->second.has_document(id))
      problems.push_back("document '" + id + "' is not the indexed version of its file '" + path + "'");
  }
  if (documents != db.get_doccount())
    problems.push_back(std::to_string(db.get_doccount()) + " Xapian documents in the index, " +
                       std::to_string(documents) + " of them with a document id");
  for (const auto& [path, file] : files) {
    if (file.doc_ids.empty()) problems.push_back("file '" + path + "' names no document");
    for (const std::string& doc_id : file.doc_ids)
      if (db.get_termfreq(sc::term(sc::kDocPrefix, doc_id)) == 0)
        problems.push_back("file '" + path + "' names document '" + doc_id + "', which is not in the index");
  }
  return problems;
}

std::size_t count_passages(const Xapian::Database& db) {
  double passages = 0;
  for (auto it = db.valuestream_begin(sc::Passages); it != db.valuestream_end(sc::Passages); ++it)
    passages += Xapian::sortable_unserialise(*it);
  return static_cast<std::size_t>(passages);
}

}  // namespace liaison

#include "core/index/reader.h"

#include <algorithm>
#include <map>

#include "core/index/index_state.h"
#include "core/index/passage_data.h"
#include "core/index/schema.h"

namespace liaison {
namespace {

namespace sc = schema;

std::vector<PassageData> passages_of(const Xapian::Database& db, const std::string& doc_term) {
  std::vector<PassageData> passages;
  for (auto it = db.postlist_begin(doc_term); it != db.postlist_end(doc_term); ++it)
    passages.push_back(decode_passage_data(db.get_document(*it).get_data()));
  std::sort(passages.begin(), passages.end(),
            [](const PassageData& a, const PassageData& b) { return a.passage.n < b.passage.n; });
  return passages;
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
  std::vector<PassageData> passages = passages_of(db, sc::term(sc::kDocPrefix, id));
  if (passages.empty()) return std::nullopt;
  Document document = std::move(passages.front().document);
  document.manual_areas = manual_ids(document.areas);
  document.manual_measures = manual_ids(document.measures);
  for (PassageData& data : passages) {
    if (!document.body.empty()) document.body += "\n\n";
    document.body += data.passage.text;
    document.passages.push_back(std::move(data.passage));
  }
  return document;
}

std::vector<std::string> check_index(const Xapian::Database& db) {
  std::vector<std::string> problems;
  const auto files = read_indexed_files(db);
  Xapian::doccount passages_in_documents = 0;
  const std::string prefix(sc::kDocPrefix);
  for (auto t = db.allterms_begin(prefix); t != db.allterms_end(prefix); ++t) {
    const std::string id = (*t).substr(prefix.size());
    const std::vector<PassageData> passages = passages_of(db, *t);
    if (passages.empty()) continue;
    passages_in_documents += static_cast<Xapian::doccount>(passages.size());
    std::vector<std::uint32_t> numbers;
    for (const auto& p : passages) numbers.push_back(p.passage.n);
    if (auto problem = numbering_problem(id, numbers)) problems.push_back(*problem);
    const std::string& path = passages.front().document.path;
    const auto file = files.find(path);
    if (file == files.end() || !file->second.has_document(id))
      problems.push_back("document '" + id + "' is not the indexed version of its file '" + path + "'");
  }
  if (passages_in_documents != db.get_doccount())
    problems.push_back(std::to_string(db.get_doccount()) + " passages in the index but " +
                       std::to_string(passages_in_documents) + " belong to documents");
  for (const auto& [path, file] : files) {
    if (file.doc_ids.empty()) problems.push_back("file '" + path + "' names no document");
    for (const std::string& doc_id : file.doc_ids)
      if (db.get_termfreq(sc::term(sc::kDocPrefix, doc_id)) == 0)
        problems.push_back("file '" + path + "' names document '" + doc_id + "', which is not in the index");
  }
  return problems;
}

}  // namespace liaison

#include "core/search/matched_languages.h"

#include "core/index/schema.h"
#include "core/lang/language.h"

namespace liaison::search {

void MatchedLanguages::operator()(const Xapian::Document& doc, double /*weight*/) {
  const std::string language = doc.get_value(schema::Lang);
  if (!language.empty()) by_document_[doc.get_value(schema::DocId)].insert(language);
}

std::vector<std::string> MatchedLanguages::of(const std::string& doc_id) const {
  std::vector<std::string> out;
  const auto it = by_document_.find(doc_id);
  if (it == by_document_.end()) return out;
  for (const Language language : kLanguages) {
    const std::string code(to_code(language));
    if (it->second.count(code)) out.push_back(code);
  }
  return out;
}

}  // namespace liaison::search

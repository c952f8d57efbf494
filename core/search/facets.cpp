#include "core/search/facets.h"

#include <string_view>

#include "core/index/schema.h"

namespace liaison::search {

void FacetCounter::count_once(std::unordered_set<std::string>& seen, const std::string& key, const std::string& facet,
                              const std::string& value) {
  if (value.empty() || !seen.insert(key).second) return;
  ++counts_[facet][value];
}

void FacetCounter::operator()(const Xapian::Document& doc, double /*weight*/) {
  ++passages_seen_;
  const std::string id = doc.get_value(schema::DocId);
  if (!options_.facets) {
    seen_documents_.insert(id);
    return;
  }
  const std::string language = doc.get_value(schema::Lang);
  count_once(seen_document_languages_, id + '\n' + language, "lang", language);
  if (!seen_documents_.insert(id).second) return;  // the document-level facets are counted
  const auto add = [this](const std::string& facet, const std::string& value) {
    if (!value.empty()) ++counts_[facet][value];
  };
  add("kind", doc.get_value(schema::Kind));
  add("source", doc.get_value(schema::Source));
  add("year", doc.get_value(schema::Year));
  const std::string areas = doc.get_value(schema::Areas);
  std::string_view rest = areas;
  while (!rest.empty()) {
    const std::size_t end = rest.find('\n');
    add("area", std::string(rest.substr(0, end)));
    if (end == std::string_view::npos) break;
    rest.remove_prefix(end + 1);
  }
}

}  // namespace liaison::search

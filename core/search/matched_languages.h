#pragma once
#include <map>
#include <set>
#include <string>
#include <vector>

#include <xapian.h>

namespace liaison::search {

/// Records, for every matching passage the matcher shows it, its document and language, so
/// that a document hit can say in which languages it matched (a cross-language query finds a
/// document through its Russian and Armenian passages).
class MatchedLanguages : public Xapian::MatchSpy {
 public:
  void operator()(const Xapian::Document& doc, double weight) override;

  /// Codes of the languages `doc_id`'s matching passages are in, in en, hy, az, ru order.
  std::vector<std::string> of(const std::string& doc_id) const;

 private:
  std::map<std::string, std::set<std::string>> by_document_;
};

}  // namespace liaison::search

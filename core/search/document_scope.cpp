#include "core/search/document_scope.h"

#include <string>
#include <vector>

#include "core/index/schema.h"

namespace liaison::search {

std::optional<Xapian::Query> IndexDocumentScope::documents_matching(const Xapian::Query& query) const {
  // Cost: a very common word (in most documents) would list the whole index as XD terms. The
  // search asks for one document more than kMaxScopedDocuments, without weights (BoolWeight: no
  // statistics, and Xapian may stop reading early once that many are in; not relied on), and
  // beyond the bound the caller keeps the passage-level meaning and warns, so the OR of XD terms
  // added to the user's query never holds more than kMaxScopedDocuments terms.
  Xapian::Enquire enquire(db_);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  enquire.set_collapse_key(schema::DocId);
  const Xapian::MSet mset = enquire.get_mset(0, kMaxScopedDocuments + 1);
  if (mset.size() > kMaxScopedDocuments) return std::nullopt;
  std::vector<std::string> terms;
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    terms.push_back(schema::term(schema::kDocPrefix, it.get_collapse_key()));
  }
  if (terms.empty()) return Xapian::Query::MatchNothing;
  return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

}  // namespace liaison::search

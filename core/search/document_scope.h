#pragma once
// The documents that hold a query somewhere, for exclusions and required words in documents mode.
#include <optional>

#include <xapian.h>

#include "core/query/document_scope.h"

namespace liaison::search {

/// At most this many documents are listed for one excluded or required part.
inline constexpr Xapian::doccount kMaxScopedDocuments = 5000;

/// query::DocumentScope over an index: the documents are found with a boolean search collapsed
/// on the document id, and their passages matched through their XD<docid> terms.
class IndexDocumentScope final : public query::DocumentScope {
 public:
  explicit IndexDocumentScope(const Xapian::Database& db) : db_(db) {}
  std::optional<Xapian::Query> documents_matching(const Xapian::Query& query) const override;

 private:
  const Xapian::Database& db_;
};

}  // namespace liaison::search

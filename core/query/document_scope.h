#pragma once
// Documents mode: an excluded or required word is about the document, not the passage.
#include <optional>

#include <xapian.h>

namespace liaison::query {

/// Widens a query from the passages it matches to every passage of their documents: an
/// interface, so that the query module needs no index (core/search/document_scope.h).
class DocumentScope {
 public:
  virtual ~DocumentScope() = default;
  /// A boolean query matching every passage of every document that has a passage `query`
  /// matches; nullopt when those documents are too many to list (the caller stays at the
  /// passage level and says so).
  virtual std::optional<Xapian::Query> documents_matching(const Xapian::Query& query) const = 0;
};

}  // namespace liaison::query

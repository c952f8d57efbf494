#pragma once
// Which passages of a matched document answer the query. The index matches and weighs whole
// documents (core/index/whole_document.h); the passage a hit shows (documents mode) and the
// passages a passages-mode search lists are found afterwards, on the few documents shown, from
// where the query's words stand: each passage's first position is in the document's record.
#include <cstddef>
#include <memory>
#include <vector>

#include <xapian.h>

#include "core/index/document_record.h"
#include "core/query/query_term.h"

namespace liaison {
class Analyzer;
}

namespace liaison::search {

/// A passage of a matched document and how well it answers the query.
struct PassageMatch {
  std::size_t index = 0;  ///< into the record's passages
  std::size_t words = 0;  ///< distinct query words it holds
  double score = 0.0;     ///< the rarer its words and the more often they stand in it, the higher
};

/// At most this many passages of one document are re-analysed when its matching words have no
/// positions (a name key, a typo neighbour): the first ones, in order.
inline constexpr std::size_t kMaxReanalysedPassages = 200;

/// Finds the passages of the documents one search shows, keeping what does not depend on the
/// document (how many documents hold each form) for the next document: a search places ten to a hundred documents with the same words.
class PassageFinder {
 public:
  /// `remote`: some part of `db` is served by xapian-tcpsrv, where every read is an exchange
  /// over the network (a document's term list is then read whole, once).
  PassageFinder(const Xapian::Database& db, const Analyzer& analyzer, bool remote = false);
  ~PassageFinder();
  PassageFinder(const PassageFinder&) = delete;
  PassageFinder& operator=(const PassageFinder&) = delete;

  /// The passages of document `xdoc` (whose record is `record`) that hold some of `words`, most
  /// distinct words first, then by score, then in order. Read from the positions of the words'
  /// exact and folded forms, or, for a word none of whose forms stands in the document, of the
  /// document's words that share its stem (from its term list); when no word stands anywhere (a name key or a typo matched), from the
  /// passages' text re-analysed (what make_snippet marks). Empty when no passage holds any.
  /// `record` may be its head alone (read_record_head): its texts are read from `xdoc` when the
  /// passages must be re-analysed.
  std::vector<PassageMatch> matches(const Xapian::Document& xdoc, DocumentRecord& record,
                                    const std::vector<query::QueryTerm>& words);

  struct Cache;  ///< what is kept between documents (passage_matches.cpp)

 private:
  const Xapian::Database& db_;
  const Analyzer& analyzer_;
  bool remote_;
  std::unique_ptr<Cache> cache_;
};

/// PassageFinder::matches for one document.
std::vector<PassageMatch> passage_matches(const Xapian::Database& db, const Xapian::Document& xdoc, DocumentRecord& record,
                                          const std::vector<query::QueryTerm>& words, const Analyzer& analyzer);

}  // namespace liaison::search

#pragma once
// Hits from matched documents: the passage a documents-mode hit shows, and the passages a
// passages-mode search lists, found in each matched document's record (passage_matches.h).
#include <vector>

#include <xapian.h>

#include "core/index/document_record.h"
#include "core/query/query_term.h"
#include "core/search/passage_matches.h"
#include "core/search/result.h"

namespace liaison {
class Analyzer;
}

namespace liaison::search {

/// A hit on passage `index` of `record` (its head suffices): the document's fields, the
/// passage's number, page, anchor and speakers, and the tags of the passage (passages mode) or
/// of the document (documents mode). The snippet is left empty for the caller.
Hit make_hit(const DocumentRecord& record, std::size_t index, double score, SearchMode mode);

/// What turns matched documents into hits.
struct HitSource {
  const Xapian::Database& db;
  const Analyzer& analyzer;
  const SearchRequest& request;
  const std::vector<query::QueryTerm>& marked;  ///< the words a snippet marks
  /// Passages mode: a passage holding one of `excluded` or lacking one of `required` is no hit
  /// (query::QueryContext::passage_scope).
  const std::vector<query::QueryTerm>& excluded;
  const std::vector<query::QueryTerm>& required;
  const std::vector<std::string>& passage_filters;  ///< query::BuiltQuery::passage_filters
  PassageFinder& passages;  ///< the search's, for every document it shows
};

/// The documents-mode hit of the matched document `xdoc` (weight `weight`): its passage holding
/// the most query words, among those that pass the request's passage filters when one does;
/// the first passage when none holds a word (a title match). With a snippet when asked.
Hit document_hit(const HitSource& source, const Xapian::Document& xdoc, double weight);

/// A passages-mode hit and its passage (for its snippet, made once the page is cut).
struct PassageHit {
  Hit hit;
  Passage passage;
};

/// Passages mode: the passages of the matched document `xdoc` that hold query words and pass the
/// request's passage filters, best first, each weighing `weight` times its score's share of
/// the best one's; the first passage that passes when none holds a word. Without snippets.
std::vector<PassageHit> passage_hits(const HitSource& source, const Xapian::Document& xdoc, double weight);

/// A hit's snippet, when the request asks for snippets.
void add_snippet(const HitSource& source, const Passage& passage, Hit& hit);

}  // namespace liaison::search

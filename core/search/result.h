#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/ingest/document.h"

namespace liaison {

enum class SortOrder { Relevance, DateAscending, DateDescending };
enum class SearchMode { Documents, Passages };

/// What a caller asks for; the server fills it from URL parameters (already validated).
struct SearchRequest {
  std::string query;
  std::vector<std::string> languages;  ///< codes; any of them
  std::vector<std::string> areas;      ///< area ids; any of them
  std::vector<std::string> measures;   ///< measure ids; any of them
  std::vector<std::string> kinds;
  std::vector<std::string> sources;
  std::string date_from;  ///< YYYY[-MM[-DD]] inclusive, "" for open
  std::string date_to;    ///< YYYY[-MM[-DD]] inclusive, "" for open
  SortOrder sort = SortOrder::Relevance;
  SearchMode mode = SearchMode::Documents;
  std::uint32_t page = 1;   ///< from 1
  std::uint32_t size = 10;  ///< 1..100
  bool facets = true;
  bool cross_language = false;  ///< xlang: expand through the thesaurus and gazetteer
};

struct Hit {
  std::string id;  ///< document id
  std::string title, date, lang, kind, source, url, path;
  double score = 0.0;
  std::vector<Tag> areas;             ///< the passage's (passage mode) or document's tags
  std::vector<Tag> measures;
  std::uint32_t passage = 0;          ///< the best passage's n
  std::uint32_t page = 0;             ///< its page, for paged sources
  std::string snippet;                ///< HTML-escaped; matched words wrapped in <mark>
};

struct SearchResult {
  std::string query;
  std::uint64_t total = 0;  ///< matching documents (or passages in passage mode)
  std::uint32_t page = 1, size = 10;
  double took_ms = 0.0;
  std::vector<Hit> hits;
  /// facet name (lang, area, kind, source, year) → value → number of matching documents
  std::map<std::string, std::map<std::string, std::uint64_t>> facets;
  std::optional<std::string> did_you_mean;
  std::vector<std::string> warnings;
};

/// A whole document for the document view.
struct DocumentView {
  Document document;  ///< metadata, passages with their tags, document-level tags
};

struct IndexStats {
  std::uint64_t documents = 0, passages = 0;
  std::map<std::string, std::uint64_t> languages;  ///< code → passages
  std::string last_indexed;                        ///< ISO 8601 UTC, "" if never
};

}  // namespace liaison

#pragma once
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "core/search/result.h"

namespace liaison {

class Analyzer;

/// Read-only access to an index. One Searcher per thread (a Xapian::Database is not shared);
/// the Analyzer is shared. Throws IndexError when the index cannot be opened.
class Searcher {
 public:
  Searcher(const std::filesystem::path& db, const Analyzer& analyzer);
  ~Searcher();
  Searcher(const Searcher&) = delete;
  Searcher& operator=(const Searcher&) = delete;

  /// Picks up the indexer's latest commit, if any. Cheap; called before each request.
  void reopen();

  /// Runs a search. Throws QueryError with a readable message for a query that cannot be run.
  SearchResult search(const SearchRequest& request);

  /// The whole document with this id, or nullopt.
  std::optional<DocumentView> get_document(const std::string& id);

  IndexStats stats();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace liaison

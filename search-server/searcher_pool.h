#pragma once
// One read-only Searcher (one Xapian database handle) per worker thread, all sharing one
// Analyzer: a Xapian::Database must not be used from two threads at once.
#include <atomic>
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <thread>

#include "core/search/searcher.h"

namespace liaison::http {

class SearcherPool {
 public:
  /// Opens nothing yet; searchers open lazily, one per calling thread, all with `options`.
  SearcherPool(std::filesystem::path db, const Analyzer& analyzer, SearcherOptions options = {});
  ~SearcherPool();
  SearcherPool(const SearcherPool&) = delete;
  SearcherPool& operator=(const SearcherPool&) = delete;

  /// The calling thread's Searcher, reopened so that it sees the indexer's latest commit.
  /// Throws IndexError when the index cannot be opened.
  Searcher& acquire();

  const std::filesystem::path& db() const { return db_; }

 private:
  Searcher& searcher_of_this_thread();

  std::filesystem::path db_;
  const Analyzer& analyzer_;
  SearcherOptions options_;  ///< the shared domain lexicon, if any
  std::uint64_t serial_;  ///< tells this pool's thread_local cache entries from another pool's
  std::mutex mutex_;      ///< guards searchers_ (taken once per thread, on its first request)
  std::map<std::thread::id, std::unique_ptr<Searcher>> searchers_;
};

}  // namespace liaison::http

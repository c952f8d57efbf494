#pragma once
// A bounded pool of read-only Searchers (one Xapian database handle each), all sharing one
// Analyzer. A request borrows one for its duration: a Xapian::Database must not be used from two
// threads at once, and the pool's size bounds how many searches run at a time, so that however
// many connections are open (connection.h), the cores run at most that many searches.
#include <condition_variable>
#include <cstddef>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "core/search/searcher.h"

namespace liaison::http {

/// A Searcher lent for one request; given back when the lease ends.
class SearcherLease {
 public:
  /// `give_back` is called with the searcher when the lease ends; empty: nothing to give back.
  explicit SearcherLease(Searcher& searcher, std::function<void(Searcher&)> give_back = {})
      : searcher_(&searcher), give_back_(std::move(give_back)) {}
  ~SearcherLease() {
    if (give_back_) give_back_(*searcher_);
  }
  SearcherLease(SearcherLease&& other) noexcept
      : searcher_(other.searcher_), give_back_(std::exchange(other.give_back_, nullptr)) {}
  SearcherLease& operator=(SearcherLease&&) = delete;
  SearcherLease(const SearcherLease&) = delete;
  SearcherLease& operator=(const SearcherLease&) = delete;

  Searcher& operator*() const { return *searcher_; }
  Searcher* operator->() const { return searcher_; }

 private:
  Searcher* searcher_;
  std::function<void(Searcher&)> give_back_;
};

class SearcherPool {
 public:
  /// Opens nothing yet; at most `capacity` searchers open lazily, all with `options`.
  SearcherPool(std::filesystem::path db, const Analyzer& analyzer, SearcherOptions options, std::size_t capacity);
  ~SearcherPool();
  SearcherPool(const SearcherPool&) = delete;
  SearcherPool& operator=(const SearcherPool&) = delete;

  /// A searcher reopened onto the indexer's latest commit; waits while `capacity` are lent.
  /// Throws IndexError when the index cannot be opened.
  SearcherLease lease();

  /// Searchers open now, lent or idle (never more than the capacity).
  std::size_t open_searchers() const;

  const std::filesystem::path& db() const { return db_; }

 private:
  void give_back(Searcher& searcher);
  /// Closes the idle searchers once a lent one has seen another index version: after a rebuild
  /// is swapped in, they would otherwise keep the replaced index's files open (and its disk
  /// space taken) until they happen to be lent again, or until the server stops.
  void close_idle_if_stale(Searcher& fresh);

  std::filesystem::path db_;
  const Analyzer& analyzer_;
  SearcherOptions options_;  ///< the shared domain lexicon, if any
  std::size_t capacity_;
  mutable std::mutex mutex_;
  std::condition_variable returned_;
  std::vector<std::unique_ptr<Searcher>> idle_;
  std::size_t lent_ = 0;  ///< searchers out on lease, owned by their leases meanwhile
  std::string latest_version_;  ///< the newest index version a lent searcher saw
};

}  // namespace liaison::http

#pragma once
// Answers of the read API kept in memory, so that a search asked again (the page asks for the
// same facets while paging, Back returns to a search, many readers follow one story) costs a
// lookup. Every key holds the index version (Searcher::index_version), so a commit by the
// indexer makes every older answer unreachable: nothing stale is ever served. Bounded in bytes,
// least recently used out first; shared by the worker threads.
#include <cstddef>
#include <list>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "search-server/params.h"

namespace liaison::http {

class ResponseCache {
 public:
  /// Keeps at most `max_bytes` of keys and bodies; 0 turns the cache off.
  explicit ResponseCache(std::size_t max_bytes);

  /// The key of a GET of `path` with `params` against the index at `index_version`.
  static std::string key(const std::string& index_version, const std::string& path, const QueryParams& params);

  /// The body stored under `key`, and marks it recently used.
  std::optional<std::string> find(const std::string& key);
  /// Stores `body` under `key`, dropping the least recently used answers to stay in budget.
  /// An answer larger than an eighth of the budget is not kept: it would push out many others.
  void store(const std::string& key, std::string body);

  bool enabled() const { return max_bytes_ > 0; }
  std::size_t bytes() const;
  std::size_t entries() const;

 private:
  struct Entry {
    std::string key;
    std::string body;
  };
  static std::size_t cost(const Entry& entry) { return entry.key.size() + entry.body.size() + kEntryOverhead; }
  /// List node, map node and string headers: a fair share, so that many tiny answers are bounded too.
  static constexpr std::size_t kEntryOverhead = 160;

  const std::size_t max_bytes_;
  mutable std::mutex mutex_;
  std::list<Entry> recent_;  ///< most recently used first
  std::unordered_map<std::string_view, std::list<Entry>::iterator> index_;  ///< views into recent_'s keys
  std::size_t bytes_ = 0;
};

}  // namespace liaison::http

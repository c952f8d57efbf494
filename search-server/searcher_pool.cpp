#include "search-server/searcher_pool.h"

namespace liaison::http {
namespace {

std::atomic<std::uint64_t> next_serial{1};

/// The fast path: which pool this thread last used, and its searcher there.
struct ThreadCache {
  std::uint64_t pool_serial = 0;
  Searcher* searcher = nullptr;
};
thread_local ThreadCache thread_cache;

}  // namespace

SearcherPool::SearcherPool(std::filesystem::path db, const Analyzer& analyzer, SearcherOptions options)
    : db_(std::move(db)), analyzer_(analyzer), options_(std::move(options)), serial_(next_serial++) {}

SearcherPool::~SearcherPool() = default;

Searcher& SearcherPool::searcher_of_this_thread() {
  if (thread_cache.pool_serial == serial_) return *thread_cache.searcher;
  // The searchers are owned here, not by the thread, so that they never outlive the Analyzer
  // (a test thread may call several pools in turn).
  std::lock_guard lock(mutex_);
  auto& slot = searchers_[std::this_thread::get_id()];
  if (!slot) slot = std::make_unique<Searcher>(db_, analyzer_, options_);
  thread_cache = {.pool_serial = serial_, .searcher = slot.get()};
  return *slot;
}

Searcher& SearcherPool::acquire() {
  Searcher& searcher = searcher_of_this_thread();
  searcher.reopen();
  return searcher;
}

}  // namespace liaison::http

#include "search-server/searcher_pool.h"

namespace liaison::http {

SearcherPool::SearcherPool(std::filesystem::path db, const Analyzer& analyzer, SearcherOptions options,
                           std::size_t capacity)
    : db_(std::move(db)), analyzer_(analyzer), options_(std::move(options)), capacity_(std::max<std::size_t>(1, capacity)) {}

SearcherPool::~SearcherPool() = default;

SearcherLease SearcherPool::lease() {
  Searcher* searcher = nullptr;
  {
    std::unique_lock lock(mutex_);
    returned_.wait(lock, [this] { return !idle_.empty() || lent_ < capacity_; });
    ++lent_;
    if (!idle_.empty()) {
      searcher = idle_.back().release();
      idle_.pop_back();
    }
  }
  if (searcher == nullptr) {
    try {
      searcher = new Searcher(db_, analyzer_, options_);
    } catch (...) {
      {
        std::lock_guard lock(mutex_);
        --lent_;
      }
      returned_.notify_one();
      throw;
    }
  }
  SearcherLease lease(*searcher, [this](Searcher& done) { give_back(done); });
  lease->reopen();
  close_idle_if_stale(*lease);
  return lease;
}

void SearcherPool::give_back(Searcher& searcher) {
  {
    std::lock_guard lock(mutex_);
    idle_.emplace_back(&searcher);
    --lent_;
  }
  returned_.notify_one();
}

void SearcherPool::close_idle_if_stale(Searcher& fresh) {
  const std::string version = fresh.index_version();
  std::vector<std::unique_ptr<Searcher>> stale;
  {
    std::lock_guard lock(mutex_);
    if (version == latest_version_) return;
    latest_version_ = version;
    stale.swap(idle_);
  }
  // Closed outside the lock; a searcher lent meanwhile reopens when next lent (its own lease).
}

std::size_t SearcherPool::open_searchers() const {
  std::lock_guard lock(mutex_);
  return idle_.size() + lent_;
}

}  // namespace liaison::http

#include "search-server/response_cache.h"

namespace liaison::http {
namespace {

/// Length-prefixed, so that no choice of bytes in a parameter makes two requests share a key.
void append_field(std::string& out, std::string_view field) {
  out += std::to_string(field.size());
  out += ':';
  out += field;
}

}  // namespace

ResponseCache::ResponseCache(std::size_t max_bytes) : max_bytes_(max_bytes) {}

std::string ResponseCache::key(const std::string& index_version, const std::string& path, const QueryParams& params) {
  std::string out;
  append_field(out, index_version);
  append_field(out, path);
  for (const auto& [name, value] : params) {
    append_field(out, name);
    append_field(out, value);
  }
  return out;
}

std::optional<std::string> ResponseCache::find(const std::string& key) {
  if (!enabled()) return std::nullopt;
  const std::lock_guard lock(mutex_);
  const auto found = index_.find(key);
  if (found == index_.end()) return std::nullopt;
  recent_.splice(recent_.begin(), recent_, found->second);
  return found->second->body;
}

void ResponseCache::store(const std::string& key, std::string body) {
  Entry entry{key, std::move(body)};
  const std::size_t size = cost(entry);
  if (!enabled() || size > max_bytes_ / 8) return;
  const std::lock_guard lock(mutex_);
  if (const auto found = index_.find(entry.key); found != index_.end()) {
    // Another worker answered the same request meanwhile: keep the first copy.
    recent_.splice(recent_.begin(), recent_, found->second);
    return;
  }
  while (!recent_.empty() && bytes_ + size > max_bytes_) {
    bytes_ -= cost(recent_.back());
    index_.erase(recent_.back().key);
    recent_.pop_back();
  }
  recent_.push_front(std::move(entry));
  index_.emplace(recent_.front().key, recent_.begin());
  bytes_ += size;
}

std::size_t ResponseCache::bytes() const {
  const std::lock_guard lock(mutex_);
  return bytes_;
}

std::size_t ResponseCache::entries() const {
  const std::lock_guard lock(mutex_);
  return recent_.size();
}

}  // namespace liaison::http

#include "core/search/shard_parts.h"

#include <algorithm>
#include <future>

namespace liaison::search {

bool ShardHealth::worth_trying(const std::string& address, Clock::time_point now) const {
  std::lock_guard lock(mutex_);
  const auto down = down_.find(address);
  return down == down_.end() || now >= down->second.retry_at;
}

bool ShardHealth::failed_lately(const std::string& address) const {
  std::lock_guard lock(mutex_);
  return down_.contains(address);
}

void ShardHealth::failed(const std::string& address, Clock::time_point now) {
  std::lock_guard lock(mutex_);
  const auto [down, first] = down_.try_emplace(address, Down{now + kFirstShardRetry, kFirstShardRetry});
  if (first) return;
  // Failed again once its back-off was over: twice as long. Failures found by several
  // Searchers within one back-off (one outage) do not lengthen it.
  if (now < down->second.retry_at) return;
  down->second.back_off = std::min(down->second.back_off * 2, kLongestShardRetry);
  down->second.retry_at = now + down->second.back_off;
}

void ShardHealth::answered(const std::string& address) {
  std::lock_guard lock(mutex_);
  down_.erase(address);
}

ShardParts::ShardParts(std::vector<sharded::PartLocation> locations, const OpenLocal& open_local,
                       std::chrono::milliseconds timeout, std::shared_ptr<ShardHealth> health)
    : timeout_ms_(static_cast<unsigned>(std::max<std::chrono::milliseconds::rep>(1, timeout.count()))),
      health_(health ? std::move(health) : std::make_shared<ShardHealth>()) {
  for (sharded::PartLocation& where : locations) {
    Part part{.where = std::move(where), .db = std::nullopt, .replica = 0};
    if (part.where.remote()) open_remote(part);
    else part.db = open_local(part.where.folder);
    parts_.push_back(std::move(part));
  }
  combine();
}

bool ShardParts::any_remote() const {
  return std::any_of(parts_.begin(), parts_.end(), [](const Part& part) { return part.where.remote(); });
}

bool ShardParts::open_remote(Part& part) {
  for (std::size_t replica = 0; replica < part.where.replicas.size(); ++replica) {
    const std::string& address = part.where.replicas[replica];
    if (!health_->worth_trying(address)) continue;
    try {
      part.db = sharded::open_remote(address, timeout_ms_);
      part.replica = replica;
      health_->answered(address);
      return true;
    } catch (const Xapian::Error&) {  // refused, timed out, or not a database: it does not serve
      health_->failed(address);
    }
  }
  return false;
}

void ShardParts::fail_over(Part& part) {
  health_->failed(part.where.replicas[part.replica]);
  part.db.reset();
  open_remote(part);
}

namespace {

/// Whether each of `databases` answers a reopen within its timeout, asked at once (one timeout
/// in all, not one per database that does not answer).
std::vector<bool> answer(const std::vector<Xapian::Database*>& databases) {
  const auto ask = [](Xapian::Database* db) {
    try {
      db->reopen();
      return true;
    } catch (const Xapian::NetworkError&) {
      return false;
    }
  };
  std::vector<bool> answered(databases.size());
  if (databases.empty()) return answered;
  if (databases.size() == 1) {
    answered[0] = ask(databases[0]);
    return answered;
  }
  std::vector<std::future<bool>> asked;
  for (Xapian::Database* db : databases) asked.push_back(std::async(std::launch::async, ask, db));
  for (std::size_t i = 0; i < asked.size(); ++i) answered[i] = asked[i].get();
  return answered;
}

}  // namespace

void ShardParts::reopen() {
  bool changed = false;
  std::vector<Part*> open;
  for (Part& part : parts_) {
    if (!part.where.remote()) {
      part.db->reopen();
    } else if (!part.db) {
      changed = open_remote(part) || changed;
    } else if (health_->failed_lately(part.where.replicas[part.replica])) {
      fail_over(part);  // another Searcher found it down: no timeout spent on it here
      changed = true;
    } else {
      open.push_back(&part);
    }
  }
  changed = drop_silent(open) || changed;
  if (changed) combine();
}

bool ShardParts::recover() {
  std::vector<Part*> open;
  for (Part& part : parts_)
    if (part.where.remote() && part.db) open.push_back(&part);
  const bool changed = drop_silent(open);
  if (changed) combine();
  return changed;
}

bool ShardParts::drop_silent(const std::vector<Part*>& remote) {
  std::vector<Xapian::Database*> databases;
  for (Part* part : remote) databases.push_back(&*part->db);
  const std::vector<bool> answered = answer(databases);
  bool dropped = false;
  for (std::size_t i = 0; i < remote.size(); ++i) {
    if (answered[i]) continue;
    fail_over(*remote[i]);
    dropped = true;
  }
  return dropped;
}

void ShardParts::combine() {
  db_ = Xapian::Database();
  for (const Part& part : parts_)
    if (part.db) db_.add_database(*part.db);
}

std::vector<std::string> ShardParts::failed() const {
  std::vector<std::string> names;
  for (const Part& part : parts_)
    if (!part.db) names.push_back(part.where.name);
  return names;
}

std::string ShardParts::version() const {
  std::string version;
  for (const Part& part : parts_) {
    if (!version.empty()) version += ';';
    if (!part.db) {
      version += "down";
      continue;
    }
    version += part.db->get_uuid() + "@";
    // A remote database has no revision to read: what its last reopen said of its contents.
    if (part.where.remote())
      version += "remote-" + std::to_string(part.db->get_lastdocid()) + "-" + std::to_string(part.db->get_doccount()) +
                 "-" + std::to_string(part.db->get_total_length());
    else
      version += std::to_string(part.db->get_revision());
  }
  return version;
}

}  // namespace liaison::search

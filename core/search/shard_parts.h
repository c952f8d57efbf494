#pragma once
// The databases a Searcher searches as one, and which of them answer (issue 19, docs/scale.md).
// Local databases are opened once and reopened; a remote shard (a xapian-tcpsrv, or several
// serving replicas of it) is opened with a timeout, and one that does not answer within it is
// left out of the combined database, so that a search answers with the other shards' matches
// and says which failed (SearchResult::failed_shards), instead of failing or hanging. Xapian
// 1.4 fails a whole multi-database search when one part fails (NetworkError): a failed part is
// dropped and the combined database rebuilt for the next try. A shard left out is tried again
// after a back-off (ShardHealth); a shard with replicas goes on at the next replica.
#include <chrono>
#include <cstddef>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

#include "core/index/sharded_index.h"

namespace liaison::search {

/// A remote address that failed is tried again after this, then after twice as long each time
/// it fails again, up to kLongestShardRetry: a shard that is back answers within a second or
/// two, and one that stays down costs a timeout at most twice a minute.
inline constexpr std::chrono::milliseconds kFirstShardRetry{1000};
inline constexpr std::chrono::milliseconds kLongestShardRetry{30000};

/// Which remote addresses failed and when to try them again: shared by the Searchers of one
/// server, so that a shard one of them found down costs the others no timeout. Thread-safe.
class ShardHealth {
 public:
  using Clock = std::chrono::steady_clock;
  /// Whether `address` is up as far as known, or its back-off is over.
  bool worth_trying(const std::string& address, Clock::time_point now = Clock::now()) const;
  /// Whether `address` failed since it last answered (its back-off over or not).
  bool failed_lately(const std::string& address) const;
  void failed(const std::string& address, Clock::time_point now = Clock::now());
  void answered(const std::string& address);

 private:
  struct Down {
    Clock::time_point retry_at;
    std::chrono::milliseconds back_off;
  };
  mutable std::mutex mutex_;
  std::map<std::string, Down> down_;
};

class ShardParts {
 public:
  /// Opens a local database (the caller retries while the indexer commits under it).
  using OpenLocal = std::function<Xapian::Database(const std::filesystem::path&)>;

  /// Opens `locations`: the local ones with `open_local` (whose errors are thrown), the remote
  /// ones with `timeout` per operation; a remote one that does not answer is left out.
  ShardParts(std::vector<sharded::PartLocation> locations, const OpenLocal& open_local,
             std::chrono::milliseconds timeout, std::shared_ptr<ShardHealth> health);

  /// The parts that answer, as one multi-database (BM25 statistics over them).
  const Xapian::Database& db() const { return db_; }
  /// Whether some part is remote: its matches are counted with Xapian's built-in spy.
  bool any_remote() const;
  /// Picks up new revisions; a remote part that does not answer is left out (or replaced by
  /// its next replica), one left out is tried again once its back-off is over.
  void reopen();
  /// After a NetworkError from the combined database: asks each remote part in use whether it
  /// answers, and leaves out (or replaces) those that do not. True when any was: the read can
  /// be tried again over the others.
  bool recover();
  /// The names (as listed) of the parts left out, in their order.
  std::vector<std::string> failed() const;
  /// "uuid@revision" of each part (a remote one's "uuid@remote-<last docid>-<documents>-<length>",
  /// "down" for one left out), ';'-separated: another after any commit, swap or failure.
  std::string version() const;

 private:
  struct Part {
    sharded::PartLocation where;
    std::optional<Xapian::Database> db;  ///< empty: left out
    std::size_t replica = 0;             ///< the replica opened (remote)
  };
  /// Opens the first replica of `part` that is worth trying and answers; false when none does.
  bool open_remote(Part& part);
  /// Leaves out `part`'s replica in use, marked failed, and goes on at the next one.
  void fail_over(Part& part);
  /// Asks the remote parts `remote` (open ones) whether they answer, and fails over those that
  /// do not; true when any did not.
  bool drop_silent(const std::vector<Part*>& remote);
  void combine();

  std::vector<Part> parts_;
  unsigned timeout_ms_;
  std::shared_ptr<ShardHealth> health_;
  Xapian::Database db_;
};

}  // namespace liaison::search

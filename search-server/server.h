#pragma once
// The search server assembled: httplib::Server with its thread pool, the per-thread searchers,
// the routes. main.cpp and the HTTP tests both run it.
#include <cstddef>
#include <chrono>
#include <filesystem>
#include <vector>
#include <memory>
#include <string>

#include "search-server/routes.h"

namespace liaison {
class Analyzer;
}

namespace liaison::http {

struct ServerOptions {
  std::filesystem::path db;          ///< the Xapian index (read-only): one database or a sharded index
  /// Index folders searched as one instead of `db` (SearcherOptions::shards); `db` then names them.
  std::vector<std::filesystem::path> shards{};
  /// A remote shard silent this long is left out of an answer (SearcherOptions::shard_timeout).
  std::chrono::milliseconds shard_timeout{2000};
  std::filesystem::path web_dir;     ///< static files served at /; empty: API only
  std::filesystem::path domain_dir;  ///< areas.json and measures.json; empty: no tag sets
  std::size_t threads = 0;           ///< searches run at once (open searchers); 0: one per core
  /// Seconds an idle connection is kept open for another request; 0: one request per connection.
  /// Each open connection holds a connection thread, idle or not.
  int keep_alive_seconds = 0;
  LogSink log;                       ///< access log and errors; empty: silent
  /// Connections served at once, each on its own thread (connection.h); more wait in line. A
  /// thread waiting for a slow client sleeps in poll(), so hundreds cost little; the searches
  /// they ask for still run at most `threads` at a time. Below FD_SETSIZE (1024), which
  /// httplib's select() needs.
  std::size_t max_connections = 512;
  /// Seconds a connection may stay silent while its request is read or its answer written.
  int io_timeout_seconds = 5;
  /// Seconds a client has to send a whole request, however it paces the bytes (slowloris).
  int request_read_seconds = 10;
  /// Bytes of API answers kept for repeated requests (response_cache.h); 0: none.
  std::size_t cache_bytes = 64u << 20;
};

class SearchServer {
 public:
  /// Loads the domain and opens the index once to check it. Throws IndexError (no index) or
  /// ConfigError (bad domain files, missing web folder).
  SearchServer(const ServerOptions& options, const Analyzer& analyzer);
  ~SearchServer();
  SearchServer(const SearchServer&) = delete;
  SearchServer& operator=(const SearchServer&) = delete;

  /// Binds `host`:`port`; port 0 picks a free port. Returns the bound port; throws ConfigError.
  int bind(const std::string& host, int port);
  /// Serves until stop(); false when it could not listen.
  bool listen();
  /// Makes listen() return; safe from any thread.
  void stop();
  bool is_running() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace liaison::http

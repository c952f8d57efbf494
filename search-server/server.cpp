#include "search-server/server.h"

#include <algorithm>
#include <thread>

#include <httplib.h>

#include "core/error.h"
#include "core/search/domain_lexicon.h"
#include "core/search/shard_parts.h"
#include "search-server/connection.h"
#include "search-server/searcher_pool.h"

namespace liaison::http {

namespace {

/// The compiled domain for cross-language search; null without a domain folder.
SearcherOptions searcher_options(const ServerOptions& options, const Analyzer& analyzer) {
  SearcherOptions searcher;
  if (!options.domain_dir.empty()) searcher.lexicon = load_domain_lexicon(options.domain_dir, analyzer);
  searcher.shards = options.shards;
  searcher.shard_timeout = options.shard_timeout;
  searcher.shard_health = std::make_shared<search::ShardHealth>();  // one view of the shards for all searchers
  return searcher;
}

/// Explicit limits and timeouts, rather than whatever the library defaults to: request lines
/// over CPPHTTPLIB_REQUEST_URI_MAX_LENGTH get 414 (the routes answer 400 naming `q`), header
/// lines over CPPHTTPLIB_HEADER_MAX_LENGTH get 400 (both compiled into Debian's libcpp-httplib),
/// bodies are refused unread (routes.cpp; the payload limit is a second guard),
/// a client silent for `io_timeout_seconds` is disconnected, and so is one that has not sent its
/// whole request within `request_read_seconds` (GuardedServer).
void set_limits(httplib::Server& server, const ServerOptions& options) {
  server.set_payload_max_length(RequestLimits::max_body_bytes);
  // httplib writes an answer's headers and body in separate writes. With Nagle's algorithm on,
  // the body waits for the client to acknowledge the headers, and clients delay that ACK by up to
  // 40 ms: every answer on a kept-alive connection took 44 ms, however fast the search was.
  server.set_tcp_nodelay(true);
  server.set_read_timeout(options.io_timeout_seconds, 0);
  server.set_write_timeout(options.io_timeout_seconds, 0);
}

std::size_t searches_at_once(const ServerOptions& options) {
  return options.threads != 0 ? options.threads : std::max<std::size_t>(1, std::thread::hardware_concurrency());
}

}  // namespace

struct SearchServer::Impl {
  Impl(const ServerOptions& options, const Analyzer& analyzer)
      : pool(options.db, analyzer, searcher_options(options, analyzer), searches_at_once(options)),
        cache(options.cache_bytes),
        server(options.request_read_seconds,
               [web_dir = options.web_dir](httplib::Request& request) { drop_unserved_ranges(request, web_dir); }) {}

  SearcherPool pool;
  ResponseCache cache;
  ApiContext context;
  GuardedServer server;
};

SearchServer::SearchServer(const ServerOptions& options, const Analyzer& analyzer)
    : impl_(std::make_unique<Impl>(options, analyzer)) {
  impl_->pool.lease();  // fail now, with IndexError, rather than on the first request
  impl_->context.searcher = [pool = &impl_->pool] { return pool->lease(); };
  if (!options.domain_dir.empty()) {
    impl_->context.domain = load_domain(options.domain_dir);
    impl_->context.statuses = load_status_cues(options.domain_dir, analyzer);
  }
  impl_->context.known = impl_->context.domain.known_tags();

  impl_->server.new_task_queue = [max = options.max_connections] { return new ConnectionThreads(max); };
  set_limits(impl_->server, options);
  if (options.keep_alive_seconds > 0) {
    impl_->server.set_keep_alive_timeout(options.keep_alive_seconds);
    impl_->server.set_keep_alive_max_count(1000);
  } else {
    impl_->server.set_keep_alive_max_count(1);
  }
  install_routes(impl_->server, impl_->context,
                 {.web_dir = options.web_dir, .log = options.log, .cache = &impl_->cache});
}

SearchServer::~SearchServer() = default;

int SearchServer::bind(const std::string& host, int port) {
  if (port == 0) {
    const int bound = impl_->server.bind_to_any_port(host);
    if (bound <= 0) throw ConfigError("cannot bind to " + host);
    return bound;
  }
  if (!impl_->server.bind_to_port(host, port)) {
    throw ConfigError("cannot bind to " + host + ":" + std::to_string(port));
  }
  return port;
}

bool SearchServer::listen() { return impl_->server.listen_after_bind(); }

void SearchServer::stop() { impl_->server.stop(); }

bool SearchServer::is_running() const { return impl_->server.is_running(); }

}  // namespace liaison::http

#pragma once
// The route table and the HTTP policy every response follows (security headers, JSON errors,
// exception mapping, access log). Handlers stay in handlers.h.
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>

#include "search-server/handlers.h"
#include "search-server/response_cache.h"

namespace httplib {
class Server;
struct Request;
}

namespace liaison::http {

/// Size limits of a request, refused before any handler runs.
struct RequestLimits {
  /// Request bodies (the API takes none): a request announcing a larger one gets 413 at once.
  static constexpr std::size_t max_body_bytes = 64 * 1024;
};

/// Where log lines go (one line, no newline); stderr in the server.
using LogSink = std::function<void(std::string_view line)>;

/// Answers a GET of an API path (/api/…, /healthz) by the route table; 404 for any other path.
/// `origin` ("http://host", or "") makes the links of the feed and the export absolute.
/// An exception a route throws is answered by error_reply when status_of calls it the client's
/// (a QueryError or ParamError: 400); one of the server's (503, 500) propagates to the server's
/// exception handler, which answers it the same way and logs it.
Reply dispatch(const ApiContext& context, const std::string& path, const QueryParams& params,
               const std::string& origin = "");

struct RouteOptions {
  std::filesystem::path web_dir;  ///< static files served at /; empty: none
  LogSink log;                    ///< access log and errors; empty: silent
  /// Keeps the API's 200 answers per index version; null: every request is answered afresh.
  ResponseCache* cache = nullptr;
};

/// The headers on every response: CSP without inline script, nosniff, referrer policy, no CORS.
const std::vector<std::pair<std::string, std::string>>& security_headers();

/// Drops the Range of a request that will not be answered with one range, once its headers are
/// parsed (GuardedServer's hook, connection.h): httplib would cut API answers, errors included,
/// and build a multipart answer of one copy per range in memory (2,600 ranges of a 154 KB
/// export made 401 MB). API answers ignore Range (200, the whole JSON); a static file of
/// `web_dir` is sent as 206 for one range that starts inside it, and whole (200) otherwise.
void drop_unserved_ranges(httplib::Request& request, const std::filesystem::path& web_dir);

/// Installs the API routes, static files, security headers, the JSON 404 and error pages, the
/// refusals made before routing (writing methods, control bytes in the path), the exception
/// mapping and the access log on `server`. `context` must outlive the server.
void install_routes(httplib::Server& server, const ApiContext& context, const RouteOptions& options);

}  // namespace liaison::http

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
}

namespace liaison::http {

/// Where log lines go (one line, no newline); stderr in the server.
using LogSink = std::function<void(std::string_view line)>;

/// Answers a GET of an API path (/api/…, /healthz) by the route table; 404 for any other path.
/// ParamError and QueryError become 400; other exceptions propagate (the server turns them into
/// a generic 500).
Reply dispatch(const ApiContext& context, const std::string& path, const QueryParams& params);

struct RouteOptions {
  std::filesystem::path web_dir;  ///< static files served at /; empty: none
  LogSink log;                    ///< access log and errors; empty: silent
  /// Keeps the API's 200 answers per index version; null: every request is answered afresh.
  ResponseCache* cache = nullptr;
};

/// The headers on every response: CSP without inline script, nosniff, referrer policy, no CORS.
const std::vector<std::pair<std::string, std::string>>& security_headers();

/// Installs the API routes, static files, security headers, the JSON 404 and error pages,
/// the exception mapping and the access log on `server`. `context` must outlive the server.
void install_routes(httplib::Server& server, const ApiContext& context, const RouteOptions& options);

}  // namespace liaison::http

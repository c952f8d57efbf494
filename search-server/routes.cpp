#include "search-server/routes.h"

#include <algorithm>
#include <charconv>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <regex>

#include <httplib.h>

#include "core/error.h"
#include "core/index/index_state.h"
#include "core/request_limits.h"
#include "search-server/cite_handlers.h"
#include "search-server/error_replies.h"
#include "search-server/export_handlers.h"
#include "search-server/feed_handlers.h"
#include "search-server/json_encode.h"

namespace liaison::http {
namespace {

/// A route: a full-match pattern over the path, and what answers it (with the pattern's
/// first capture, if any, and the request's origin for absolute links). A route that is not
/// `cached` is answered afresh every time (the export: a download named and dated per request).
struct Route {
  std::regex pattern;
  std::function<Reply(const ApiContext&, const std::string& capture, const QueryParams&, const std::string& origin)> answer;
  bool cached = true;
};

Reply export_download(const ApiContext& context, const QueryParams& params, const std::string& origin) {
  return get_export(context, params, {.date = utc_now_iso8601().substr(0, 10), .origin = origin});
}

const std::vector<Route>& route_table() {
  static const std::vector<Route> routes = {
      {std::regex("/api/search"), [](const auto& c, const auto&, const auto& p, const auto&) { return get_search(c, p); }},
      {std::regex("/api/said"), [](const auto& c, const auto&, const auto& p, const auto&) { return get_who_said(c, p); }},
      {std::regex("/api/export"), [](const auto& c, const auto&, const auto& p, const auto& origin) { return export_download(c, p, origin); },
       /*cached=*/false},
      {std::regex("/api/documents/(.+/passages/[^/]+/cite)"), [](const auto& c, const auto& tail, const auto&, const auto&) { return get_passage_citation(c, tail); }},
      {std::regex("/api/documents/(.+)"), [](const auto& c, const auto& id, const auto&, const auto&) { return get_document(c, id); }},
      {std::regex("/api/areas"), [](const auto& c, const auto&, const auto&, const auto&) { return get_areas(c); }},
      {std::regex("/api/measures"), [](const auto& c, const auto&, const auto&, const auto&) { return get_measures(c); }},
      {std::regex("/api/measures/([^/]+)"), [](const auto& c, const auto& id, const auto&, const auto&) { return get_measure_track(c, id); }},
      {std::regex("/api/feed"), [](const auto& c, const auto&, const auto& p, const auto& origin) { return get_feed(c, p, origin); }},
      {std::regex("/api/stats"), [](const auto& c, const auto&, const auto&, const auto&) { return get_stats(c); }},
      {std::regex("/healthz"), [](const auto&, const auto&, const auto&, const auto&) { return get_health(); }},
  };
  return routes;
}

/// The route answering `path`, or null; `match` receives the pattern's captures.
const Route* find_route(const std::string& path, std::smatch& match) {
  for (const auto& route : route_table()) {
    if (std::regex_match(path, match, route.pattern)) return &route;
  }
  return nullptr;
}

bool is_cached_path(const std::string& path) {
  std::smatch match;
  const Route* route = find_route(path, match);
  return route != nullptr && route->cached;
}

constexpr std::string_view kJsonType = "application/json; charset=utf-8";

/// What a reply sends: its type and body (JSON unless it carries text of its own type).
std::pair<std::string, std::string> typed_body(const Reply& reply) {
  if (reply.content_type.empty()) return {std::string(kJsonType), dump(reply.body)};
  return {reply.content_type, reply.text};
}

void send(httplib::Response& response, const Reply& reply) {
  auto [type, body] = typed_body(reply);
  response.status = reply.status;
  // JSON and downloads are not kept; a feed is kept by readers and revalidated by its ETag.
  const bool feed = type != kJsonType && reply.filename.empty();
  response.set_header("Cache-Control", feed ? "no-cache" : "no-store");
  if (!reply.filename.empty()) {
    response.set_header("Content-Disposition", "attachment; filename=\"" + reply.filename + "\"");
  }
  response.set_content(std::move(body), type);
}

/// An API answer from `cache` when this index version already gave it, else dispatched and
/// kept (unless partial). X-Liaison-Cache says which, for the tests and for anyone reading latencies.
/// Entries hold the content type, a newline, then the body; the key holds the origin, which
/// the feed's links are made with, and the UTC day, which a citation's urldate is.
void answer_through(ResponseCache& cache, const ApiContext& context, const httplib::Request& request,
                    httplib::Response& response, const std::string& origin) {
  const std::string scope = utc_now_iso8601().substr(0, 10) + " " + origin;
  const std::string key = ResponseCache::key(context.searcher()->index_version(), scope + request.path, request.params);
  if (std::optional<std::string> entry = cache.find(key)) {
    const auto newline = entry->find('\n');
    send(response, {.status = 200, .body = nullptr, .content_type = entry->substr(0, newline),
                    .text = entry->substr(newline + 1)});
    response.set_header("X-Liaison-Cache", "hit");
    return;
  }
  const Reply reply = dispatch(context, request.path, request.params, origin);
  auto [type, body] = typed_body(reply);
  // A partial answer (a shard did not answer) is not kept: the next request may find it back.
  const bool partial = reply.body.is_object() && reply.body.value("partial", false);
  if (reply.status == 200 && !partial) cache.store(key, type + "\n" + body);
  send(response, {.status = reply.status, .body = nullptr, .content_type = type, .text = std::move(body)});
  response.set_header("X-Liaison-Cache", "miss");
}

/// The feed's ETag is the index version: with a matching If-None-Match, a 304 and no body.
bool not_modified(const ApiContext& context, const httplib::Request& request, httplib::Response& response) {
  if (request.path != "/api/feed") return false;
  const std::string etag = "\"" + context.searcher()->index_version() + "\"";
  response.set_header("ETag", etag);
  const std::string wanted = request.get_header_value("If-None-Match");
  if (wanted != "*" && wanted.find(etag) == std::string::npos) return false;
  response.status = 304;
  response.set_header("Cache-Control", "no-cache");
  return true;
}

/// When the request started, for the access log (a request runs on one worker thread).
thread_local std::chrono::steady_clock::time_point request_started{};

/// The path as one log field: control bytes and spaces (decoded from %0A, %20…) written back as
/// %XX, so that a path can neither start a forged log line nor pass for the line's other fields.
std::string loggable(const std::string& path) {
  std::string out;
  for (const char c : path.substr(0, 2048)) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte > 0x20 && byte != 0x7f) {
      out += c;
    } else {
      char escaped[4];
      std::snprintf(escaped, sizeof escaped, "%%%02X", byte);
      out += escaped;
    }
  }
  return out;
}

void log_access(const LogSink& log, const httplib::Request& request, const httplib::Response& response) {
  double ms = 0.0;
  if (request_started != std::chrono::steady_clock::time_point{}) {
    ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - request_started).count();
  }
  request_started = {};
  char duration[32];
  std::snprintf(duration, sizeof duration, "%.1f", ms);
  log(loggable(request.method) + " " + loggable(request.path) + " " + std::to_string(response.status) + " " + duration +
      " ms");
}

void handle_exception(const LogSink& log, httplib::Response& response, const std::exception_ptr& error) {
  try {
    std::rethrow_exception(error);
  } catch (const std::exception& thrown) {
    const int status = status_of(thrown);
    if (status == 500 && log) log(std::string("error: ") + thrown.what());
    send(response, error_reply(thrown));
    if (status == 503) response.set_header("Retry-After", "1");
  } catch (...) {
    if (log) log("error: unknown exception");
    send(response, {.status = 500, .body = error_json("internal server error")});
  }
}

std::string status_text(int status) {
  switch (status) {
    case 400: return "bad request";
    case 405: return "method not allowed";
    case 413: return "request too large";
    case 414: return "URI too long";
    case 416: return "range not satisfiable";
    default: return status >= 500 ? "internal server error" : "request refused";
  }
}

/// JSON bodies for the errors httplib produces itself (unknown path, malformed request).
void handle_error(const httplib::Request& request, httplib::Response& response) {
  if (!response.body.empty()) return;  // a handler's own JSON error
  if (response.status == 414) {
    // httplib refuses request lines over its limit before routing; say which limit was hit.
    const std::string message = "the request URL is too long (at most " +
                                std::to_string(CPPHTTPLIB_REQUEST_URI_MAX_LENGTH) + " bytes; the query q may be at most " +
                                std::to_string(limits::kMaxQueryBytes) + " bytes)";
    send(response, {.status = 400, .body = error_json(message, "q")});
    return;
  }
  if (response.status == 404) {
    send(response, not_found(request.path));
    return;
  }
  const int status = response.status;
  send(response, {.status = status, .body = error_json(status_text(status))});
}

bool has_control_byte(const std::string& text) {
  return std::any_of(text.begin(), text.end(), [](char c) {
    const auto byte = static_cast<unsigned char>(c);
    return byte < 0x20 || byte == 0x7f;
  });
}

/// The announced body size; 0 without Content-Length (a chunked body counts as too large).
std::size_t announced_body_bytes(const httplib::Request& request) {
  if (request.has_header("Transfer-Encoding")) return RequestLimits::max_body_bytes + 1;
  const std::string length = request.get_header_value("Content-Length");
  std::size_t bytes = 0;
  const auto [end, error] = std::from_chars(length.data(), length.data() + length.size(), bytes);
  if (error == std::errc::result_out_of_range) return RequestLimits::max_body_bytes + 1;
  return bytes;
}

/// Requests refused before routing, hence before a body is read or a file is looked up: the
/// server only reads, so other methods get 405 (413 when the body they announce is over the
/// limit: at once, not after reading it); a path with a control byte (a decoded %00, %0A…) gets
/// 400: a NUL cut the file name for the file system but not for the type lookup
/// (`/style.css%00.html` was served as text/html).
bool refuse_before_routing(const httplib::Request& request, httplib::Response& response) {
  if (request.method != "GET" && request.method != "HEAD") {
    if (announced_body_bytes(request) > RequestLimits::max_body_bytes) {
      send(response, {.status = 413,
                      .body = error_json("the request body is too large (at most " +
                                         std::to_string(RequestLimits::max_body_bytes) + " bytes; the API takes none)")});
      return true;
    }
    send(response, {.status = 405, .body = error_json("method not allowed: this server only answers GET")});
    response.set_header("Allow", "GET, HEAD");
    return true;
  }
  if (has_control_byte(request.path)) {
    send(response, {.status = 400, .body = error_json("the path holds a control character")});
    return true;
  }
  return false;
}

/// httplib answers a malformed Range (`bytes=9-1`) with an empty 416 before any hook can drop
/// it, then cuts the JSON error by the ranges it had parsed: the post-routing hook, the last
/// before the answer is written, puts the whole JSON back.
void keep_range_errors_json(httplib::Response& response) {
  if (response.status != 416) return;
  response.headers.erase("Content-Range");
  response.headers.erase("Content-Length");
  response.headers.erase("Cache-Control");
  send(response, {.status = 416, .body = error_json(status_text(416))});
  response.set_header("Content-Length", std::to_string(response.body.size()));
}

/// "http://<Host>" for absolute links in downloads and feeds; "" (relative links) for a Host
/// that is missing or holds anything but a host name, IPv6 literal and port.
std::string request_origin(const httplib::Request& request) {
  const std::string host = request.get_header_value("Host");
  const bool plain = !host.empty() && host.size() <= 255 && std::all_of(host.begin(), host.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || std::string_view(".-:[]").find(c) != std::string_view::npos;
  });
  return plain ? "http://" + host : "";
}

bool is_api_path(const std::string& path) { return path.starts_with("/api/") || path == "/healthz"; }

/// True when `request` asks for one range of a file of `web_dir` that starts inside the file.
bool serves_one_range(const httplib::Request& request, const std::filesystem::path& web_dir) {
  if (web_dir.empty() || request.ranges.size() != 1 || is_api_path(request.path)) return false;
  if (request.method != "GET" && request.method != "HEAD") return false;
  // Only paths httplib would serve: nothing that could leave the folder or cut a name.
  if (request.path.find("..") != std::string::npos || request.path.find('\\') != std::string::npos ||
      has_control_byte(request.path) || !request.path.starts_with("/")) {
    return false;
  }
  std::filesystem::path file = web_dir / request.path.substr(1);
  if (request.path.ends_with("/")) file /= "index.html";
  std::error_code error;
  if (!std::filesystem::is_regular_file(file, error)) return false;
  const std::uintmax_t size = std::filesystem::file_size(file, error);
  if (error) return false;
  const auto [first, last] = request.ranges.front();
  if (first >= 0) return static_cast<std::uintmax_t>(first) < size;
  return last > 0 && size > 0;  // a suffix range ("-500"): the last bytes of a non-empty file
}

void serve_static_files(httplib::Server& server, const std::filesystem::path& web_dir) {
  if (web_dir.empty()) return;
  if (!server.set_mount_point("/", web_dir.string())) {
    throw ConfigError("web folder not found: " + web_dir.string());
  }
  // ES modules are refused by browsers unless served with a JavaScript type.
  server.set_file_extension_and_mimetype_mapping("js", "text/javascript");
  server.set_file_extension_and_mimetype_mapping("mjs", "text/javascript");
  server.set_file_extension_and_mimetype_mapping("css", "text/css");
  server.set_file_extension_and_mimetype_mapping("svg", "image/svg+xml");
  server.set_file_extension_and_mimetype_mapping("json", "application/json");
}

}  // namespace

const std::vector<std::pair<std::string, std::string>>& security_headers() {
  static const std::vector<std::pair<std::string, std::string>> headers = {
      {"Content-Security-Policy",
       "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"},
      {"X-Content-Type-Options", "nosniff"},
      {"Referrer-Policy", "no-referrer"},
      {"X-Frame-Options", "DENY"},
      {"Cross-Origin-Opener-Policy", "same-origin"},
  };
  return headers;
}

void drop_unserved_ranges(httplib::Request& request, const std::filesystem::path& web_dir) {
  if (serves_one_range(request, web_dir)) return;
  request.ranges.clear();
  request.headers.erase("Range");  // or httplib calls a whole file partial content (206)
}

Reply dispatch(const ApiContext& context, const std::string& path, const QueryParams& params,
               const std::string& origin) {
  std::smatch match;
  const Route* route = find_route(path, match);
  if (route == nullptr) return not_found(path);
  try {
    return route->answer(context, match.size() > 1 ? match[1].str() : std::string(), params, origin);
  } catch (const std::exception& error) {
    // Server-side failures go on to the exception handler, which logs them and adds Retry-After.
    if (status_of(error) >= 500) throw;
    return error_reply(error);
  }
}

void install_routes(httplib::Server& server, const ApiContext& context, const RouteOptions& options) {
  httplib::Headers headers;
  for (const auto& [name, value] : security_headers()) headers.emplace(name, value);
  server.set_default_headers(headers);
  serve_static_files(server, options.web_dir);

  auto answer = [&context, cache = options.cache](const httplib::Request& request, httplib::Response& response) {
    if (not_modified(context, request, response)) return;
    const std::string origin = request_origin(request);
    if (cache != nullptr && cache->enabled() && request.path.starts_with("/api/") && is_cached_path(request.path)) {
      answer_through(*cache, context, request, response, origin);
    } else {
      send(response, dispatch(context, request.path, request.params, origin));
    }
  };
  // NOTE: one pattern per prefix; dispatch() owns the table, so unit tests route the same way.
  server.Get("/api/.*", answer);
  server.Get("/healthz", answer);

  server.set_error_handler(handle_error);
  server.set_exception_handler([log = options.log](const auto&, auto& response, std::exception_ptr error) {
    handle_exception(log, response, error);
  });
  server.set_pre_routing_handler([](const httplib::Request& request, httplib::Response& response) {
    request_started = std::chrono::steady_clock::now();
    return refuse_before_routing(request, response) ? httplib::Server::HandlerResponse::Handled
                                                    : httplib::Server::HandlerResponse::Unhandled;
  });
  server.set_post_routing_handler([](const httplib::Request&, httplib::Response& response) {
    keep_range_errors_json(response);
  });
  if (options.log) {
    server.set_logger([log = options.log](const httplib::Request& request, const httplib::Response& response) {
      log_access(log, request, response);
    });
  }
}

}  // namespace liaison::http

// search-server --db DIR | --shard DIR... [--host 127.0.0.1] [--port 8080] [--web DIR] [--domain DIR] [--threads N]
//               [--keep-alive S] [--cache-mb N] [--shard-timeout S]
#include <unistd.h>

#include <chrono>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <string>
#include <thread>
#include <vector>

#include <CLI/CLI.hpp>

#include "core/analysis/analyzer.h"
#include "core/error.h"
#include "core/tagging/domain_location.h"
#include "search-server/server.h"

namespace {

/// The self-pipe: the signal handler only writes a byte; the watcher thread reads it and
/// stops the server outside signal context.
int stop_pipe[2] = {-1, -1};

extern "C" void on_stop_signal(int) {
  const char byte = 's';
  [[maybe_unused]] const auto written = write(stop_pipe[1], &byte, 1);
}

void install_signal_handlers() {
  if (pipe(stop_pipe) != 0) throw liaison::ConfigError("cannot create the shutdown pipe");
  struct sigaction action {};
  action.sa_handler = on_stop_signal;
  sigemptyset(&action.sa_mask);
  sigaction(SIGTERM, &action, nullptr);
  sigaction(SIGINT, &action, nullptr);
  std::signal(SIGPIPE, SIG_IGN);
}

void log_line(std::string_view line) {
  std::string text(line);
  text += '\n';
  std::fwrite(text.data(), 1, text.size(), stderr);  // one write per line: lines never interleave
}

struct Arguments {
  std::string db, host = "127.0.0.1", web, domain;
  std::vector<std::string> shards;
  int port = 8080;
  std::size_t threads = 0;
  int keep_alive = 0;
  std::size_t cache_mb = 64;
  double shard_timeout_seconds = 2.0;
};

int serve(const Arguments& arguments) {
  const liaison::Analyzer analyzer;
  const liaison::DomainChoice domain =
      liaison::locate_domain({.requested = arguments.domain, .corpus = {}, .beside_web = arguments.web});
  liaison::http::SearchServer server({.db = arguments.db.empty() ? arguments.shards.front() : arguments.db,
                                      .shards = {arguments.shards.begin(), arguments.shards.end()},
                                      .shard_timeout = std::chrono::milliseconds(
                                          std::llround(arguments.shard_timeout_seconds * 1000)),
                                      .web_dir = arguments.web,
                                      .domain_dir = domain.folder.value_or(std::filesystem::path()),
                                      .threads = arguments.threads,
                                      .keep_alive_seconds = arguments.keep_alive,
                                      .log = log_line,
                                      .cache_bytes = arguments.cache_mb << 20},
                                     analyzer);
  install_signal_handlers();
  const int port = server.bind(arguments.host, arguments.port);
  std::thread watcher([&server] {
    char byte = 0;
    while (read(stop_pipe[0], &byte, 1) < 0 && errno == EINTR) {
    }
    server.stop();
  });
  log_line("domain: " + (domain.folder ? domain.folder->string() + " (" + domain.how + ")" : std::string("none")));
  log_line("listening on http://" + arguments.host + ":" + std::to_string(port) + "/");
  const bool served = server.listen();
  on_stop_signal(0);  // wakes the watcher if listen() ended on its own
  watcher.join();
  log_line("stopped");
  return served ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) try {
  CLI::App app{"Liaison search server: the search API and the search page"};
  Arguments arguments;
  auto* index = app.add_option_group("index", "the index searched: one of");
  index->add_option("--db", arguments.db, "index folder (built by `indexer build`; a sharded one opens as one index)");
  index->add_option("--shard", arguments.shards,
                    "an index folder, a shard folder or tcp://HOST:PORT (a xapian-tcpsrv; replicas of one shard "
                    "as 'tcp://HOST:PORT|tcp://HOST:PORT'), repeatable: all "
                    "searched as one index instead of --db (docs/scale.md); list a sharded index's catalog "
                    "first, it holds the metadata");
  index->require_option(1);
  app.add_option("--host", arguments.host, "address to bind")->capture_default_str();
  app.add_option("--port", arguments.port, "port (0: any free port)")->capture_default_str()->check(CLI::Range(0, 65535));
  app.add_option("--web", arguments.web, "folder of the search page's static files");
  app.add_option("--domain", arguments.domain,
                 "folder of areas.json and measures.json, or 'none' (default: LIAISON_DOMAIN, else "
                 "<web>/../corpus/domain, else the domain bundled with the program)");
  app.add_option("--threads", arguments.threads, "searches run at once (default: one per core); connections get threads of their own");
  app.add_option("--keep-alive", arguments.keep_alive,
                 "seconds to keep an idle connection open (default 0: one request per connection; "
                 "each open connection holds a connection thread)")
      ->check(CLI::Range(0, 60));
  app.add_option("--cache-mb", arguments.cache_mb,
                 "megabytes of API answers kept for repeated requests, per index version (0: none)")
      ->capture_default_str()
      ->check(CLI::Range(0, 4096));
  app.add_option("--shard-timeout", arguments.shard_timeout_seconds,
                 "seconds a remote shard (tcp://) may take to answer; one that does not is left out of the "
                 "answer (\"partial\": true) and tried again later (docs/scale.md)")
      ->capture_default_str()
      ->check(CLI::Range(0.01, 600.0));
  CLI11_PARSE(app, argc, argv);
  return serve(arguments);
} catch (const liaison::Error& error) {
  std::cerr << "search-server: " << error.what() << '\n';
  return 1;
} catch (const std::exception& error) {
  std::cerr << "search-server: " << error.what() << '\n';
  return 1;
}

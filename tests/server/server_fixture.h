#pragma once
// A real search server over a real index: a small four-language corpus written into a TempDir,
// indexed with liaison::build_index, served on an ephemeral loopback port.
#include <chrono>
#include <filesystem>
#include <fstream>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>
#include <httplib.h>
#include <nlohmann/json.hpp>

#include "core/analysis/analyzer.h"
#include "core/index/writer.h"
#include "core/tagging/cbm_tagger.h"
#include "search-server/server.h"
#include "tests/support/temp_dir.h"

namespace liaison::http::testing_support {

/// One corpus file: its path under the corpus root and its content.
struct CorpusFile {
  std::string path, content;
};

inline std::string front_matter_document(const std::string& id, const std::string& title, const std::string& date,
                                         const std::string& lang, const std::string& kind,
                                         const std::string& areas, const std::string& body) {
  return "---\nid: " + id + "\ntitle: " + title + "\ndate: " + date + "\nlang: " + lang + "\nsource: Liaison Test Desk" +
         "\nkind: " + kind + "\nurl: https://example.org/" + id + "\nareas: " + areas + "\n---\n" + body;
}

inline std::vector<CorpusFile> small_corpus() {
  return {
      {"en/brussels.md",
       front_matter_document("en-brussels", "Leaders meet in Brussels", "2021-12-14", "en", "statement", "diplomacy",
                             "The leaders agreed on demining and the restoration of rail links.\n\n"
                             "Border delimitation and demarcation will start with EU technical help.\n")},
      {"en/youth.md",
       front_matter_document("en-youth", "A summer school for young people", "2022-04-01", "en", "report",
                             "education",
                             "A South Caucasus Youth Summer School in Georgia would bring students together.\n")},
      {"ru/demining.md",
       front_matter_document("ru-demining", "Разминирование и связь", "2021-01-11", "ru", "article", "economy",
                             "Стороны обсудили разминирование и восстановление железной дороги.\n")},
      {"hy/statement.md",
       front_matter_document("hy-statement", "Հայտարարություն", "2020-11-10", "hy", "statement", "communities",
                             "Հրադադարի մասին հայտարարությունը ստորագրվեց։ Ականազերծումը կշարունակվի։\n")},
      {"az/statement.md",
       front_matter_document("az-statement", "Bəyanat", "2022-06-15", "az", "statement", "public-space",
                             "Minatəmizləmə işləri Qarabağ bölgəsində davam edir.\n")},
      {"en/script.md",
       front_matter_document("en-script", "<script>alert('title')</script> Ceasefire notes", "2023-02-02", "en",
                             "other", "diplomacy",
                             "The ceasefire text quoted <script>alert('body')</script> as an example.\n")},
  };
}

/// Writes small_corpus() into `dir`'s "corpus" folder; that folder.
inline std::filesystem::path write_small_corpus(const testing::TempDir& dir) {
  for (const CorpusFile& file : small_corpus()) dir.write("corpus/" + file.path, file.content);
  return dir.path() / "corpus";
}

/// Log lines the server wrote, collected for assertions.
class LogCollector {
 public:
  LogSink sink() {
    return [this](std::string_view line) {
      std::lock_guard lock(mutex_);
      lines_.emplace_back(line);
    };
  }
  std::vector<std::string> lines() const {
    std::lock_guard lock(mutex_);
    return lines_;
  }

 private:
  mutable std::mutex mutex_;
  std::vector<std::string> lines_;
};

/// A SearchServer listening on 127.0.0.1:<ephemeral> in its own thread; stopped and joined on
/// destruction (the scope guard of every HTTP test).
class RunningServer {
 public:
  RunningServer(const ServerOptions& options, const Analyzer& analyzer) : server_(options, analyzer) {
    port_ = server_.bind("127.0.0.1", 0);
    thread_ = std::thread([this] { server_.listen(); });
    // httplib 0.11 has no wait_until_ready: poll.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (!server_.is_running() && std::chrono::steady_clock::now() < deadline) {
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
  }
  ~RunningServer() {
    server_.stop();
    thread_.join();
  }
  RunningServer(const RunningServer&) = delete;
  RunningServer& operator=(const RunningServer&) = delete;

  int port() const { return port_; }
  bool is_running() const { return server_.is_running(); }

 private:
  SearchServer server_;
  int port_ = 0;
  std::thread thread_;
};

/// The corpus and its index in one TempDir.
class IndexedCorpus {
 public:
  explicit IndexedCorpus(const std::vector<CorpusFile>& files) {
    for (const auto& file : files) add(file);
    rebuild();
  }
  void add(const CorpusFile& file) { dir_.write("corpus/" + file.path, file.content); }
  BuildReport rebuild() {
    auto report = build_index(corpus(), db(), analyzer_);
    EXPECT_EQ(report.failed, 0u) << (report.failures.empty() ? "" : report.failures[0].reason);
    return report;
  }
  std::filesystem::path corpus() const { return dir_.path() / "corpus"; }
  std::filesystem::path db() const { return dir_.path() / "db"; }
  /// The project's own domain (areas, measures, thesaurus, gazetteer).
  std::filesystem::path domain() const { return testing::source_dir() / "corpus" / "domain"; }
  const Analyzer& analyzer() const { return analyzer_; }

 private:
  testing::TempDir dir_;
  Analyzer analyzer_;
};

/// The bundled corpus (corpus/documents) tagged with the bundled domain and served with it: for
/// the suites that check what the issues report about the bundled documents. Built once per
/// suite (SetUpTestSuite), as it indexes every bundled document.
class BundledCorpusServer {
 public:
  BundledCorpusServer() {
    const std::filesystem::path domain = testing::source_dir() / "corpus" / "domain";
    const CbmTagger tagger(liaison::load_domain(domain), analyzer_);
    const BuildReport report =
        build_index(testing::source_dir() / "corpus" / "documents", dir_.path() / "db", analyzer_, {.tagger = &tagger});
    EXPECT_EQ(report.failed, 0u);
    server_ = std::make_unique<RunningServer>(
        ServerOptions{.db = dir_.path() / "db", .web_dir = {}, .domain_dir = domain, .threads = 2,
                      .keep_alive_seconds = 0, .log = {}},
        analyzer_);
  }
  int port() const { return server_->port(); }

 private:
  testing::TempDir dir_;
  Analyzer analyzer_;
  std::unique_ptr<RunningServer> server_;
};

/// A JSON file of the project's domain folder.
inline nlohmann::json read_domain_file(const std::string& name) {
  std::ifstream in(testing::source_dir() / "corpus" / "domain" / name);
  return nlohmann::json::parse(in);
}

/// GETs `path` and parses the JSON body (null on a transport failure).
struct JsonResponse {
  int status = 0;
  nlohmann::json body;
  httplib::Headers headers;
  std::string raw;
};

inline JsonResponse to_json_response(const httplib::Result& result) {
  JsonResponse response;
  if (!result) return response;
  response.status = result->status;
  response.headers = result->headers;
  response.raw = result->body;
  response.body = nlohmann::json::parse(result->body, nullptr, /*allow_exceptions=*/false);
  return response;
}

inline JsonResponse get_json(httplib::Client& client, const std::string& path) {
  return to_json_response(client.Get(path));
}

/// GETs `path` with `params` percent-encoded into the query string.
inline JsonResponse get_json(httplib::Client& client, const std::string& path, const httplib::Params& params) {
  return to_json_response(client.Get(path, params, httplib::Headers{}));
}

/// A server on `corpus` with the API tests' settings: no page, two threads, one request per
/// connection. The caller owns it (suite fixtures delete it in TearDownTestSuite).
inline RunningServer* serve_api(const IndexedCorpus& corpus) {
  return new RunningServer({.db = corpus.db(), .web_dir = {}, .domain_dir = corpus.domain(), .threads = 2,
                            .keep_alive_seconds = 0, .log = {}},
                           corpus.analyzer());
}

/// /api/search on the server at 127.0.0.1:`port` with `params` and size=100: every hit of a test
/// corpus on one page.
inline JsonResponse search_every_hit(int port, httplib::Params params) {
  params.emplace("size", "100");
  httplib::Client client("127.0.0.1", port);
  return get_json(client, "/api/search", params);
}

}  // namespace liaison::http::testing_support

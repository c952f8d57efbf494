// bench_report: reads the JSON files of one benchmark run folder and writes the markdown report.
//   bench_report --run DIR [--out FILE.md] [--check yes]
// Prints the report (and writes it with --out). With --check: exits 1 when an engine failed to
// index or found nothing for every query (what the CI smoke run guards against).
#include <cstring>
#include <fstream>
#include <iostream>

#include "bench/drivers/report_table.h"

namespace {

using nlohmann::json;

json load(const std::filesystem::path& path) {
  std::ifstream in(path);
  if (!in) return nullptr;
  try {
    return json::parse(in);
  } catch (const json::exception&) {
    return nullptr;
  }
}

/// Files named <kind>.<engine>.json gathered under one object keyed by engine.
json per_engine(const std::filesystem::path& run, const std::string& kind) {
  json out = json::object();
  for (const char* engine : {"liaison", "fts5", "xapian", "sphinx"}) {
    json one = load(run / (kind + "." + engine + ".json"));
    if (!one.is_null()) out[engine] = std::move(one);
  }
  return out;
}

/// Every engine indexed (exit 0) and found hits for some queries, in both modes.
bool sane(const liaison::bench::RunData& data) {
  bool ok = true;
  for (const char* engine : {"liaison", "fts5", "xapian", "sphinx"}) {
    if (data.index.value(engine, json::object()).value("exit", -1) != 0) {
      std::cerr << "check: " << engine << " did not index\n";
      ok = false;
    }
    for (const auto* query : {&data.query, &data.query_fs}) {
      const json& figures = query->value(engine, json::object());
      if (figures.value("queries_with_hits", 0) == 0) {
        std::cerr << "check: " << engine << " found nothing\n";
        ok = false;
      }
      if (figures.value("errors", 0) != 0) {
        std::cerr << "check: " << engine << " failed " << figures.value("errors", 0) << " queries\n";
        ok = false;
      }
    }
  }
  // Sphinx's indexer says how many documents it collected (it exits 0 with none).
  if (data.sizes.value("sphinx", json::object()).value("documents", 0) == 0) {
    std::cerr << "check: sphinx indexed no documents\n";
    ok = false;
  }
  for (const auto& [engine, figures] : data.saturate.items()) {
    if (figures.value("searches", 0) == 0 || figures.value("errors", 0) != 0) {
      std::cerr << "check: " << engine << " at saturation answered nothing or had errors: " << figures.dump() << "\n";
      ok = false;
    }
  }
  // HTTP runs that happened must have answered, without errors.
  for (const auto& [name, http] : {std::pair{"HTTP, cache off", &data.http}, {"HTTP, cache on", &data.http_cached}}) {
    if (http->empty()) continue;
    if (http->value("requests_per_s", 0.0) <= 0.0 || !http->value("errors", std::string()).empty()) {
      std::cerr << "check: " << name << " answered nothing or had errors: " << http->dump() << "\n";
      ok = false;
    }
  }
  return ok;
}

}  // namespace

int main(int argc, char** argv) {
  std::filesystem::path run, out;
  bool check = false;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (std::strcmp(argv[i], "--run") == 0) run = argv[i + 1];
    else if (std::strcmp(argv[i], "--out") == 0) out = argv[i + 1];
    else if (std::strcmp(argv[i], "--check") == 0) check = std::strcmp(argv[i + 1], "yes") == 0;
  }
  if (run.empty()) {
    std::cerr << "usage: bench_report --run DIR [--out FILE.md]\n";
    return 2;
  }
  liaison::bench::RunData data{load(run / "run.json"), load(run / "manifest.json"), per_engine(run, "index"),
                               per_engine(run, "size"), per_engine(run, "query"), per_engine(run, "query_fs"),
                               load(run / "http.json")};
  if (data.run.is_null()) data.run = json::object();
  if (data.manifest.is_null()) data.manifest = json::object();
  if (data.http.is_null()) data.http = json::object();
  data.http_cached = load(run / "http_cached.json");
  if (data.http_cached.is_null()) data.http_cached = json::object();
  data.saturate = per_engine(run, "saturate");
  data.server = per_engine(run, "server");
  const std::string report = liaison::bench::render_report(data);
  std::cout << report;
  if (!out.empty()) std::ofstream(out) << report;
  return check && !sane(data) ? 1 : 0;
}

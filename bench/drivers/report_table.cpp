#include "bench/drivers/report_table.h"

#include <cmath>
#include <cstdio>
#include <optional>
#include <sstream>
#include <vector>

namespace liaison::bench {
namespace {

using Value = std::optional<double>;
const char* const kEngines[] = {"liaison", "fts5", "xapian", "sphinx"};
constexpr int kEngineCount = 4;

Value number(const nlohmann::json& json, const std::vector<std::string>& path) {
  const nlohmann::json* node = &json;
  for (const auto& key : path) {
    if (!node->is_object() || !node->contains(key)) return std::nullopt;
    node = &(*node)[key];
  }
  return node->is_number() ? Value(node->get<double>()) : std::nullopt;
}

std::string format(Value value, int decimals = 2) {
  if (!value) return "—";
  char text[32];
  std::snprintf(text, sizeof text, "%.*f", *value >= 100 ? 0 : decimals, *value);
  return text;
}

std::string ratio(Value liaison, Value peer) {
  if (!liaison || !peer || *peer == 0) return "—";
  char text[32];
  std::snprintf(text, sizeof text, "%.2f×", *liaison / *peer);
  return text;
}

struct Row {
  std::string label;
  bool higher_is_better;
  Value values[kEngineCount];  // liaison, fts5, xapian, sphinx
};

std::vector<Row> rows(const RunData& d) {
  const Value documents = number(d.manifest, {"documents"});
  const Value megabytes = number(d.manifest, {"bytes"}) ? Value(*number(d.manifest, {"bytes"}) / 1e6) : std::nullopt;
  auto per_engine = [&](auto get) {
    Row row;
    for (int i = 0; i < kEngineCount; ++i) row.values[i] = get(kEngines[i]);
    return row;
  };
  auto rate = [&](Value amount) {
    return [&d, amount](const std::string& e) -> Value {
      const Value wall = number(d.index, {e, "wall_s"});
      return amount && wall && *wall > 0 ? Value(*amount / *wall) : std::nullopt;
    };
  };
  auto field = [](const nlohmann::json& json, std::string key, double scale = 1.0) {
    return [&json, key, scale](const std::string& e) -> Value {
      const Value v = number(json, {e, key});
      return v ? Value(*v * scale) : std::nullopt;
    };
  };
  std::vector<Row> out;
  auto add = [&](std::string label, bool higher, Row row) {
    row.label = std::move(label);
    row.higher_is_better = higher;
    out.push_back(std::move(row));
  };
  add("Indexing: documents/s", true, per_engine(rate(documents)));
  add("Indexing: MB/s of input text", true, per_engine(rate(megabytes)));
  add("Indexing: wall time (s)", false, per_engine(field(d.index, "wall_s")));
  add("Indexing: CPU time (s)", false, per_engine(field(d.index, "cpu_s")));
  add("Indexing: peak RSS (MB)", false, per_engine(field(d.index, "max_rss_kb", 1.0 / 1024)));
  add("Index size on disk, as built (MB)", false, per_engine(field(d.sizes, "built", 1e-6)));
  add("Index size after compaction (MB)", false, per_engine(field(d.sizes, "compacted", 1e-6)));
  for (const auto& [json, suffix] : {std::pair{&d.query, std::string("")}, {&d.query_fs, std::string(", facets + snippets")}}) {
    add("Query p50 (ms)" + suffix, false, per_engine(field(*json, "p50_ms")));
    add("Query p95 (ms)" + suffix, false, per_engine(field(*json, "p95_ms")));
    add("Query p99 (ms)" + suffix, false, per_engine(field(*json, "p99_ms")));
  }
  add("Queries with ≥ 1 hit (of the set)", true, per_engine(field(d.query, "queries_with_hits")));
  // Liaison over HTTP; beside it, in its own column, a server peer driven over its own protocol at
  // the same concurrency for the same time (Sphinx's searchd over SphinxQL), with the cache off.
  struct HttpRun {
    const nlohmann::json* figures;
    bool with_peers;
    const char* rate_label;
    const char* p99_label;
    const char* rss_label;
  };
  for (const HttpRun& run : {HttpRun{&d.http, true, "HTTP /api/search (Sphinx: searchd over SphinxQL): searches/s at saturation",
                                     "HTTP /api/search (Sphinx: searchd): p99 at saturation (ms)",
                                     "HTTP: server RSS after the run (Sphinx: searchd's) (MB)"},
                             HttpRun{&d.http_cached, false, "HTTP with the answer cache (query set repeating): searches/s",
                                     "HTTP with the answer cache: p99 (ms)",
                                     "HTTP with the answer cache: server RSS after the run (MB)"}}) {
    auto peers = [&](Row row, const nlohmann::json& json, const char* key, double scale) {
      if (!run.with_peers) return row;
      for (int i = 1; i < kEngineCount; ++i) {
        const Value v = number(json, {kEngines[i], key});
        row.values[i] = v ? Value(*v * scale) : std::nullopt;
      }
      return row;
    };
    Row http;
    http.values[0] = number(*run.figures, {"requests_per_s"});
    add(run.rate_label, true, peers(http, d.saturate, "searches_per_s", 1.0));
    http.values[0] = number(*run.figures, {"p99_ms"});
    add(run.p99_label, false, peers(http, d.saturate, "p99_ms", 1.0));
    const Value rss_kb = number(*run.figures, {"rss_kb"});
    http.values[0] = rss_kb ? Value(*rss_kb / 1024) : std::nullopt;
    add(run.rss_label, false, peers(http, d.server, "rss_kb", 1.0 / 1024));
  }
  return out;
}

struct Target {
  std::string text;
  Value measured, goal;
  bool at_most;  ///< measured must be ≤ goal (else ≥)
};

/// The figures of issue #15 (the engine at archive scale), judged on a run of 100,000 documents
/// or more: ratios against the peers measured in the same run.
std::vector<Target> targets(const RunData& d) {
  auto v = [](const nlohmann::json& json, const std::vector<std::string>& path) { return number(json, path); };
  auto times = [](Value a, double k) { return a ? Value(*a * k) : std::nullopt; };
  auto mbps = [&](const char* engine) {
    const Value wall = v(d.index, {engine, "wall_s"}), bytes = v(d.manifest, {"bytes"});
    return wall && bytes && *wall > 0 ? Value(*bytes / 1e6 / *wall) : std::nullopt;
  };
  auto latency = [&](const nlohmann::json& run, const char* engine, const char* percentile) {
    return v(run, {engine, percentile});
  };
  return {
      {"Indexing MB/s ≥ 2× plain Xapian's", mbps("liaison"), times(mbps("xapian"), 2), false},
      {"Indexing CPU time ≤ plain Xapian's, s", v(d.index, {"liaison", "cpu_s"}), v(d.index, {"xapian", "cpu_s"}), true},
      {"Index size (compacted) ≤ plain Xapian's (compacted), MB", times(v(d.sizes, {"liaison", "compacted"}), 1e-6),
       times(v(d.sizes, {"xapian", "compacted"}), 1e-6), true},
      {"Query p50, no facets or snippets, ≤ 2× plain Xapian's, ms", latency(d.query, "liaison", "p50_ms"),
       times(latency(d.query, "xapian", "p50_ms"), 2), true},
      {"Query p99, no facets or snippets, ≤ 2× plain Xapian's, ms", latency(d.query, "liaison", "p99_ms"),
       times(latency(d.query, "xapian", "p99_ms"), 2), true},
      {"Query p50 with facets + snippets ≤ 0.5× plain Xapian's with facets + snippets, ms",
       latency(d.query_fs, "liaison", "p50_ms"), times(latency(d.query_fs, "xapian", "p50_ms"), 0.5), true},
      {"Query p99 with facets + snippets ≤ plain Xapian's with facets + snippets, ms",
       latency(d.query_fs, "liaison", "p99_ms"), latency(d.query_fs, "xapian", "p99_ms"), true},
      {"Query p99 with facets + snippets ≤ 0.5× FTS5's with facets + snippets, ms", latency(d.query_fs, "liaison", "p99_ms"),
       times(latency(d.query_fs, "fts5", "p99_ms"), 0.5), true},
      {"HTTP searches/s ≥ 1,000 (answer cache off)", v(d.http, {"requests_per_s"}), 1000.0, false},
      {"HTTP p99 ≤ 50 ms at that load (answer cache off)", v(d.http, {"p99_ms"}), 50.0, true},
      {"Server RSS ≤ 300 MB (answer cache off)", times(v(d.http, {"rss_kb"}), 1.0 / 1024), 300.0, true},
      {"Indexer peak RSS ≤ 1.5 GB (flat as the corpus grows), MB",
       times(v(d.index, {"liaison", "max_rss_kb"}), 1.0 / 1024), 1536.0, true},
  };
}

std::string machine_line(const nlohmann::json& run) {
  std::ostringstream out;
  out << run.value("cpu", std::string("?")) << ", " << run.value("cores", 0) << " cores, "
      << run.value("memory", std::string("?")) << " RAM, " << run.value("kernel", std::string("?"));
  return out.str();
}

}  // namespace

std::string render_report(const RunData& d) {
  std::ostringstream out;
  const auto& m = d.manifest;
  out << "# Liaison benchmark: " << m.value("documents", 0) << " documents"
      << (d.run.value("smoke", false) ? " (smoke)" : "") << "\n\n"
      << "- date: " << d.run.value("date", std::string("?")) << "\n"
      << "- commit: " << d.run.value("commit", std::string("?")) << "\n"
      << "- machine: " << machine_line(d.run) << "\n"
      << "- load average (1, 5, 15 min): " << d.run.value("load", std::string("?")) << "\n"
      << "- corpus: " << m.value("documents", 0) << " documents, " << m.value("passages", 0) << " passages, "
      << format(Value(m.value("bytes", 0.0) / 1e6), 1) << " MB of text, seed " << m.value("seed", 0)
      << (m.value("ntrex", false) ? ", with NTREX-128 words" : ", without NTREX-128 words") << "\n"
      << "- queries: " << m.value("queries", 0) << " (" << d.query.value("liaison", nlohmann::json::object()).value("runs", 0)
      << " timed runs per engine and mode, after one warm-up pass)\n";
  if (d.http.contains("connections") || !d.saturate.empty()) {
    const auto& sphinx = d.saturate.value("sphinx", nlohmann::json::object());
    out << "- saturation: " << d.http.value("connections", sphinx.value("threads", 0)) << " connections for "
        << d.http.value("seconds", sphinx.value("seconds", 0.0)) << " s (wrk against /api/search; as many SphinxQL client threads against "
        << "searchd, with facets and snippets)\n";
  }
  out << "\n";

  out << "| measure | better | Liaison | FTS5 | Liaison ÷ FTS5 | Xapian | Liaison ÷ Xapian | Sphinx | Liaison ÷ Sphinx |\n"
      << "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n";
  for (const auto& row : rows(d)) {
    out << "| " << row.label << " | " << (row.higher_is_better ? "higher" : "lower") << " | " << format(row.values[0]);
    for (int i = 1; i < kEngineCount; ++i) {
      out << " | " << format(row.values[i]) << " | " << ratio(row.values[0], row.values[i]);
    }
    out << " |\n";
  }
  out << "\n## Targets\n\n| target | Liaison | goal | met |\n| --- | ---: | ---: | --- |\n";
  for (const auto& t : targets(d)) {
    const bool known = t.measured && t.goal;
    const bool met = known && (t.at_most ? *t.measured <= *t.goal : *t.measured >= *t.goal);
    out << "| " << t.text << " | " << format(t.measured) << " | " << format(t.goal) << " | "
        << (known ? (met ? "yes" : "no") : "not measured") << " |\n";
  }
  return out.str();
}

}  // namespace liaison::bench

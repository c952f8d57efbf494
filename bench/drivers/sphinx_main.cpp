// bench_sphinx: the Sphinx 2.2 peer (Debian's sphinxsearch), a search server. scripts/bench writes
// the configuration, runs Sphinx's own `indexer` and `searchd`; this driver is the two ends of it:
//   bench_sphinx xmlpipe --corpus DIR
//       the corpus as an xmlpipe2 stream on stdout, Sphinx's indexer reads it (xmlpipe_command):
//       one document per file, full-text fields title and body, attributes path, lang, kind
//       (strings), year and date (integers; date as YYYYMMDD with 00 for a missing month or day).
//   bench_sphinx query --db HOST:PORT --queries FILE --rounds N [--facets-snippets] --out FILE.json
//       the query set, one thread, over SphinxQL (the MySQL protocol, libmariadb) to searchd.
//   bench_sphinx saturate --db HOST:PORT --queries FILE --threads T --seconds S [--facets-snippets] --out FILE.json
//       T client threads, one connection each, cycling through the query set for S seconds.
// A query is all its words (each quoted, so none is read as an operator) or one quoted phrase, with
// the query's filters as WHERE conditions, top 10 by Sphinx's default ranker (proximity_bm25).
// With --facets-snippets: FACET lang, kind and year in the same statement (counted over every
// match), then CALL SNIPPETS on the files of the top 10 (load_files).
#include <mysql.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <iostream>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "bench/common/corpus_reader.h"
#include "bench/common/driver_args.h"
#include "bench/common/latency.h"
#include "core/text/strings.h"

namespace {

using namespace liaison::bench;
using Clock = std::chrono::steady_clock;

// --- xmlpipe2 ------------------------------------------------------------------------------------

/// YYYY[-MM[-DD]] as YYYYMMDD, missing parts 00: integers in the order of the date strings, so a
/// range compares as FTS5's and Xapian's string comparisons do ("1995" < "1995-01-01").
std::uint32_t date_key(const std::string& date) {
  std::uint32_t key = 0;
  int digits = 0;
  for (const char c : date) {
    if (c < '0' || c > '9') continue;
    key = key * 10 + static_cast<std::uint32_t>(c - '0');
    if (++digits == 8) break;
  }
  while (digits > 0 && digits < 8) {
    key *= 10;
    ++digits;
  }
  return key;
}

/// Writes the corpus to stdout as an xmlpipe2 stream (Sphinx's indexer runs this as its source).
nlohmann::json write_xmlpipe(const DriverArgs& args) {
  if (args.corpus.empty()) throw std::runtime_error("--corpus is required");
  std::ios::sync_with_stdio(false);
  std::ostream& out = std::cout;
  out << "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<sphinx:docset>\n<sphinx:schema>\n"
         "<sphinx:field name=\"title\" attr=\"string\"/>\n<sphinx:field name=\"body\"/>\n"
         "<sphinx:attr name=\"path\" type=\"string\"/>\n<sphinx:attr name=\"lang\" type=\"string\"/>\n"
         "<sphinx:attr name=\"kind\" type=\"string\"/>\n<sphinx:attr name=\"year\" type=\"int\" bits=\"16\"/>\n"
         "<sphinx:attr name=\"date\" type=\"int\" bits=\"32\"/>\n</sphinx:schema>\n";
  std::size_t id = 0;
  read_corpus(args.corpus, [&](const CorpusDocument& document) {
    out << "<sphinx:document id=\"" << ++id << "\"><title>" << liaison::xml_escape(document.title) << "</title><body>"
        << liaison::xml_escape(document.body) << "</body><path>" << liaison::xml_escape(document.path) << "</path><lang>"
        << liaison::xml_escape(document.lang) << "</lang><kind>" << liaison::xml_escape(document.kind) << "</kind><year>"
        << date_key(year_of(document.date)) / 10000 << "</year><date>" << date_key(document.date)
        << "</date></sphinx:document>\n";
  });
  out << "</sphinx:docset>\n";
  out.flush();
  if (!out) throw std::runtime_error("cannot write the xmlpipe2 stream");
  return nullptr;
}

// --- SphinxQL --------------------------------------------------------------------------------------

/// A SphinxQL string literal.
std::string sql_string(const std::string& text) {
  std::string out(1, '\'');
  for (const char c : text) {
    if (c == '\\' || c == '\'') out += '\\';
    out += c;
  }
  return out + '\'';
}

/// One word or phrase for Sphinx's extended query syntax: quoted, its operator characters escaped.
std::string match_quoted(const std::string& text) {
  std::string out(1, '"');
  for (const char c : text) {
    if (std::string_view("\\()|-!@~\"&/^$=<'").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out + '"';
}

std::string match_expression(const BenchQuery& query) {
  std::string expression;
  if (query.phrase) {
    for (const auto& word : query.words) expression += (expression.empty() ? "" : " ") + word;
    return match_quoted(expression);
  }
  for (const auto& word : query.words) expression += (expression.empty() ? "" : " ") + match_quoted(word);
  return expression;
}

std::string where_clause(const BenchQuery& query) {
  std::string sql = "MATCH(" + sql_string(match_expression(query)) + ")";
  if (!query.filter_lang.empty()) sql += " AND lang = " + sql_string(query.filter_lang);
  if (!query.filter_kind.empty()) sql += " AND kind = " + sql_string(query.filter_kind);
  if (!query.date_from.empty()) sql += " AND date >= " + std::to_string(date_key(query.date_from));
  if (!query.date_to.empty()) sql += " AND date <= " + std::to_string(date_key(query.date_to));
  return sql;
}

class Connection {
 public:
  /// HOST:PORT of searchd's mysql41 listener. Retries for up to 30 s: searchd may still be
  /// loading the index when the first client comes.
  explicit Connection(const std::string& address) {
    const auto colon = address.rfind(':');
    if (colon == std::string::npos) throw std::runtime_error("--db must be HOST:PORT, not " + address);
    const std::string host = address.substr(0, colon);
    const unsigned port = static_cast<unsigned>(std::stoul(address.substr(colon + 1)));
    const auto give_up = Clock::now() + std::chrono::seconds(30);
    for (;;) {
      mysql_ = mysql_init(nullptr);
      if (!mysql_) throw std::runtime_error("mysql_init failed");
      if (mysql_real_connect(mysql_, host.c_str(), "", "", nullptr, port, nullptr,
                             CLIENT_MULTI_STATEMENTS | CLIENT_MULTI_RESULTS)) {
        return;
      }
      const std::string error = mysql_error(mysql_);
      mysql_close(mysql_);
      mysql_ = nullptr;
      if (Clock::now() > give_up) throw std::runtime_error("cannot connect to searchd at " + address + ": " + error);
      std::this_thread::sleep_for(std::chrono::milliseconds(200));
    }
  }
  ~Connection() {
    if (mysql_) mysql_close(mysql_);
  }
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  /// Runs one statement and reads every column of every row of every result set, as a caller
  /// showing them would. `first` (if given) receives the first set's rows. Throws on an error.
  void run(const std::string& sql, std::vector<std::vector<std::string>>* first = nullptr) {
    if (mysql_real_query(mysql_, sql.data(), sql.size()) != 0) fail(sql);
    bool is_first = true;
    std::string shown;
    for (;;) {
      if (MYSQL_RES* result = mysql_store_result(mysql_)) {
        const unsigned columns = mysql_num_fields(result);
        while (MYSQL_ROW row = mysql_fetch_row(result)) {
          const unsigned long* lengths = mysql_fetch_lengths(result);
          std::vector<std::string> values;
          for (unsigned i = 0; i < columns; ++i) {
            shown.assign(row[i] ? row[i] : "", row[i] ? lengths[i] : 0);
            if (is_first && first) values.push_back(shown);
          }
          if (is_first && first) first->push_back(std::move(values));
        }
        mysql_free_result(result);
      } else if (mysql_field_count(mysql_) != 0) {
        fail(sql);
      }
      is_first = false;
      const int next = mysql_next_result(mysql_);
      if (next > 0) fail(sql);
      if (next < 0) break;
    }
  }

 private:
  [[noreturn]] void fail(const std::string& sql) {
    throw std::runtime_error(std::string(mysql_error(mysql_)) + " in: " + sql);
  }

  MYSQL* mysql_ = nullptr;
};

std::size_t run_query(Connection& sphinx, const BenchQuery& query, bool facets_snippets) {
  std::string sql = "SELECT id, path, title FROM docs WHERE " + where_clause(query) + " LIMIT 10";
  if (facets_snippets) sql += " FACET lang FACET kind FACET year LIMIT 100";
  std::vector<std::vector<std::string>> top;
  sphinx.run(sql, &top);
  if (facets_snippets && !top.empty()) {  // a snippet of each hit's file, around the query's words
    std::string files, words;
    for (const auto& row : top) files += (files.empty() ? "" : ", ") + sql_string(row[1]);
    for (const auto& word : query.words) words += (words.empty() ? "" : " ") + word;
    sphinx.run("CALL SNIPPETS((" + files + "), 'docs', " + sql_string(words) +
               ", 1 AS load_files, 200 AS limit, '<mark>' AS before_match, '</mark>' AS after_match, "
               "'…' AS chunk_separator)");
  }
  return top.size();
}

/// A query that fails counts as one with no hits; the first few errors are printed.
std::size_t run_counted(Connection& sphinx, const BenchQuery& query, bool facets_snippets, std::atomic<std::size_t>& errors) {
  try {
    return run_query(sphinx, query, facets_snippets);
  } catch (const std::runtime_error& error) {
    if (errors++ < 5) std::cerr << "bench_sphinx: " << error.what() << '\n';
    return 0;
  }
}

nlohmann::json query(const DriverArgs& args) {
  Connection sphinx(args.db.string());
  const auto queries = read_query_set(args.queries);
  std::atomic<std::size_t> errors = 0;
  const LatencyReport report = measure_latency(
      queries, [&](const BenchQuery& q) { return run_counted(sphinx, q, args.facets_snippets, errors); }, args.rounds);
  nlohmann::json json = to_json(report);
  json["engine"] = "sphinx";
  json["facets_snippets"] = args.facets_snippets;
  json["errors"] = errors.load();
  return json;
}

nlohmann::json saturate(const DriverArgs& args) {
  const auto queries = read_query_set(args.queries);
  if (queries.empty()) throw std::runtime_error("empty query set");
  const int threads = std::max(1, args.threads);
  std::vector<std::unique_ptr<Connection>> connections;
  for (int i = 0; i < threads; ++i) connections.push_back(std::make_unique<Connection>(args.db.string()));

  std::atomic<std::size_t> errors = 0;
  std::mutex merge;
  std::vector<double> samples;
  const auto started = Clock::now();
  const auto deadline = started + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(args.seconds));
  std::vector<std::thread> clients;
  for (int t = 0; t < threads; ++t) {
    clients.emplace_back([&, t] {
      std::vector<double> mine;
      std::size_t next = queries.size() * static_cast<std::size_t>(t) / static_cast<std::size_t>(threads);
      while (Clock::now() < deadline) {
        const auto t0 = Clock::now();
        run_counted(*connections[static_cast<std::size_t>(t)], queries[next], args.facets_snippets, errors);
        mine.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
        next = (next + 1) % queries.size();
      }
      const std::lock_guard lock(merge);
      samples.insert(samples.end(), mine.begin(), mine.end());
    });
  }
  for (auto& client : clients) client.join();
  const double seconds = std::chrono::duration<double>(Clock::now() - started).count();
  return {{"engine", "sphinx"}, {"facets_snippets", args.facets_snippets}, {"threads", threads},
          {"seconds", seconds}, {"searches", samples.size()},
          {"searches_per_s", seconds > 0 ? static_cast<double>(samples.size()) / seconds : 0.0},
          {"p50_ms", percentile(samples, 50)}, {"p99_ms", percentile(samples, 99)}, {"errors", errors.load()}};
}

}  // namespace

int main(int argc, char** argv) {
  return run_driver("bench_sphinx", argc, argv,
                    {{"xmlpipe", write_xmlpipe}, {"query", query}, {"saturate", saturate}});
}

// bench_fts5: the SQLite FTS5 peer. One row per document (title, body and the filter fields),
// tokenizer unicode61 with remove_diacritics 2, bm25 ranking, top 10.
#include <sqlite3.h>

#include <iostream>
#include <map>
#include <memory>
#include <stdexcept>

#include "bench/common/corpus_reader.h"
#include "bench/common/driver_args.h"
#include "bench/common/latency.h"

namespace {

using namespace liaison::bench;

class Database {
 public:
  explicit Database(const std::filesystem::path& path) {
    if (sqlite3_open(path.c_str(), &db_) != SQLITE_OK) throw std::runtime_error("cannot open " + path.string());
  }
  ~Database() {
    for (auto& [sql, statement] : statements_) sqlite3_finalize(statement);
    sqlite3_close(db_);
  }
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  void exec(const std::string& sql) {
    char* error = nullptr;
    if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
      const std::string message = error ? error : "?";
      sqlite3_free(error);
      throw std::runtime_error(sql + ": " + message);
    }
  }

  /// A prepared statement, kept for reuse (an application would do the same), reset.
  sqlite3_stmt* statement(const std::string& sql) {
    auto& slot = statements_[sql];
    if (!slot && sqlite3_prepare_v2(db_, sql.c_str(), -1, &slot, nullptr) != SQLITE_OK) {
      throw std::runtime_error(sql + ": " + sqlite3_errmsg(db_));
    }
    sqlite3_reset(slot);
    sqlite3_clear_bindings(slot);
    return slot;
  }

  const char* error() const { return sqlite3_errmsg(db_); }

 private:
  sqlite3* db_ = nullptr;
  std::map<std::string, sqlite3_stmt*> statements_;
};

void bind(sqlite3_stmt* statement, int index, const std::string& text) {
  sqlite3_bind_text(statement, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
}

nlohmann::json index(const DriverArgs& args) {
  std::filesystem::remove(args.db);
  Database db(args.db);
  db.exec("PRAGMA journal_mode=WAL");
  db.exec("CREATE VIRTUAL TABLE docs USING fts5(title, body, path UNINDEXED, lang UNINDEXED, kind UNINDEXED, "
          "date UNINDEXED, tokenize='unicode61 remove_diacritics 2')");
  std::size_t documents = 0, bytes = 0;
  db.exec("BEGIN");
  read_corpus(args.corpus, [&](const CorpusDocument& document) {
    sqlite3_stmt* insert = db.statement("INSERT INTO docs(title, body, path, lang, kind, date) VALUES(?,?,?,?,?,?)");
    bind(insert, 1, document.title);
    bind(insert, 2, document.body);
    bind(insert, 3, document.path);
    bind(insert, 4, document.lang);
    bind(insert, 5, document.kind);
    bind(insert, 6, document.date);
    if (sqlite3_step(insert) != SQLITE_DONE) throw std::runtime_error(std::string("insert: ") + db.error());
    bytes += document.bytes;
    if (++documents % 1000 == 0) db.exec("COMMIT; BEGIN");
  });
  db.exec("COMMIT");
  db.exec("INSERT INTO docs(docs) VALUES('optimize')");  // merge the segments, as a finished index would
  db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
  return {{"engine", "fts5"}, {"documents", documents}, {"bytes", bytes}};
}

/// Each word quoted (so no word is read as an operator); a phrase is one quoted string.
std::string match_expression(const BenchQuery& query) {
  auto quoted = [](const std::string& text) {
    std::string out(1, '"');
    for (const char c : text) {
      out += c;
      if (c == '"') out += c;
    }
    out += '"';
    return out;
  };
  std::string expression;
  for (const auto& word : query.words) {
    if (!expression.empty()) expression += ' ';
    expression += query.phrase ? word : quoted(word);
  }
  return query.phrase ? quoted(expression) : expression;
}

/// The WHERE clause after MATCH ?1, with its bound values from ?2 on.
std::pair<std::string, std::vector<std::string>> filters(const BenchQuery& query) {
  std::string sql;
  std::vector<std::string> values;
  auto add = [&](const char* condition, const std::string& value) {
    if (value.empty()) return;
    values.push_back(value);
    sql.append(" AND ").append(condition).append(" ?").append(std::to_string(values.size() + 1));
  };
  add("lang =", query.filter_lang);
  add("kind =", query.filter_kind);
  add("date >=", query.date_from);
  add("date <=", query.date_to);
  return {sql, values};
}

std::size_t run_query(Database& db, const BenchQuery& query, bool facets_snippets) {
  const auto [where, values] = filters(query);
  const std::string match = match_expression(query);
  auto bind_all = [&](sqlite3_stmt* statement) {
    bind(statement, 1, match);
    for (std::size_t i = 0; i < values.size(); ++i) bind(statement, static_cast<int>(i + 2), values[i]);
  };
  const std::string columns = facets_snippets ? "path, title, snippet(docs, 1, '<mark>', '</mark>', '…', 24)" : "path, title";
  sqlite3_stmt* top = db.statement("SELECT " + columns + " FROM docs WHERE docs MATCH ?1" + where +
                                   " ORDER BY bm25(docs) LIMIT 10");
  bind_all(top);
  std::size_t hits = 0;
  std::string shown;  // every column read, as a caller showing the results would
  while (sqlite3_step(top) == SQLITE_ROW) {
    ++hits;
    for (int column = 0; column < sqlite3_column_count(top); ++column) {
      shown.assign(reinterpret_cast<const char*>(sqlite3_column_text(top, column)));
    }
  }
  if (facets_snippets) {  // language, kind and year counts over all matches, in one pass
    sqlite3_stmt* facets = db.statement("SELECT lang, kind, substr(date, 1, 4), count(*) FROM docs WHERE docs MATCH ?1" +
                                        where + " GROUP BY 1, 2, 3");
    bind_all(facets);
    std::map<std::string, std::int64_t> counts;
    while (sqlite3_step(facets) == SQLITE_ROW) {
      const std::int64_t n = sqlite3_column_int64(facets, 3);
      for (int column = 0; column < 3; ++column) {
        counts[std::to_string(column) + reinterpret_cast<const char*>(sqlite3_column_text(facets, column))] += n;
      }
    }
  }
  return hits;
}

nlohmann::json query(const DriverArgs& args) {
  Database db(args.db);
  const auto queries = read_query_set(args.queries);
  const LatencyReport report = measure_latency(
      queries, [&](const BenchQuery& q) { return run_query(db, q, args.facets_snippets); }, args.rounds);
  nlohmann::json json = to_json(report);
  json["engine"] = "fts5";
  json["facets_snippets"] = args.facets_snippets;
  return json;
}

}  // namespace

int main(int argc, char** argv) {
  // Lambdas, not the functions' names: `index` alone would also name POSIX's index().
  return run_driver("bench_fts5", argc, argv,
                    {{"index", [](const DriverArgs& args) { return index(args); }},
                     {"query", [](const DriverArgs& args) { return query(args); }}});
}

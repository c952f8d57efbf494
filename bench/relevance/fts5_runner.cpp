#include "bench/relevance/fts5_runner.h"

#include <sqlite3.h>

#include <algorithm>

#include "core/error.h"
#include "core/index/corpus_files.h"
#include "core/ingest/loader.h"

namespace liaison::relevance {
namespace {

void exec(sqlite3* db, const char* sql) {
  char* message = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
    const std::string text = message ? message : "unknown error";
    sqlite3_free(message);
    throw IndexError(std::string("SQLite: ") + text);
  }
}

/// A statement that finalises itself.
class Statement {
 public:
  Statement(sqlite3* db, const char* sql) {
    if (sqlite3_prepare_v2(db, sql, -1, &stmt_, nullptr) != SQLITE_OK) {
      throw IndexError(std::string("SQLite: ") + sqlite3_errmsg(db));
    }
  }
  ~Statement() { sqlite3_finalize(stmt_); }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  sqlite3_stmt* get() const { return stmt_; }

 private:
  sqlite3_stmt* stmt_ = nullptr;
};

void bind_text(const Statement& statement, int index, const std::string& text) {
  sqlite3_bind_text(statement.get(), index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
}

std::string body_of(const Document& document) {
  std::string body;
  for (const Passage& passage : document.passages) body += passage.text + "\n\n";
  return body;
}

std::string quoted(const std::string& text) {
  std::string out = "\"";
  for (char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

/// The words and "phrases" of a query, without their quotes.
std::vector<std::string> query_parts(const std::string& query) {
  std::vector<std::string> parts;
  std::string current;
  bool in_phrase = false;
  auto flush = [&] {
    if (!current.empty()) parts.push_back(current);
    current.clear();
  };
  for (char c : query) {
    if (c == '"') {
      flush();
      in_phrase = !in_phrase;
    } else if ((c == ' ' || c == '\t') && !in_phrase) {
      flush();
    } else {
      current += c;
    }
  }
  flush();
  return parts;
}

}  // namespace

std::pair<std::string, std::string> fts5_match_expressions(const std::string& query) {
  std::string all, any;
  for (const std::string& part : query_parts(query)) {
    all += (all.empty() ? "" : " AND ") + quoted(part);
    any += (any.empty() ? "" : " OR ") + quoted(part);
  }
  return {all, any};
}

Fts5Runner::Fts5Runner(const std::filesystem::path& corpus) {
  if (sqlite3_open(":memory:", &db_) != SQLITE_OK) throw IndexError("SQLite: cannot open an in-memory database");
  exec(db_, "CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, title, body, "
            "tokenize = 'unicode61 remove_diacritics 2')");
  exec(db_, "BEGIN");
  Statement insert(db_, "INSERT INTO docs(id, title, body) VALUES (?, ?, ?)");
  for (const std::string& relative : list_corpus_files(corpus)) {
    for (const Document& document : load_file(corpus / relative, corpus).documents) {
      bind_text(insert, 1, document.id);
      bind_text(insert, 2, document.title);
      bind_text(insert, 3, body_of(document));
      if (sqlite3_step(insert.get()) != SQLITE_DONE) throw IndexError(std::string("SQLite: ") + sqlite3_errmsg(db_));
      sqlite3_reset(insert.get());
    }
  }
  exec(db_, "COMMIT");
}

Fts5Runner::~Fts5Runner() { sqlite3_close(db_); }

void Fts5Runner::append_matches(const std::string& match, std::size_t depth, Ranking& ranking) {
  if (match.empty() || ranking.size() >= depth) return;
  Statement select(db_, "SELECT id FROM docs WHERE docs MATCH ? ORDER BY bm25(docs) LIMIT 100");
  bind_text(select, 1, match);
  while (ranking.size() < depth && sqlite3_step(select.get()) == SQLITE_ROW) {
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(select.get(), 0));
    std::string id = text ? text : "";
    if (std::find(ranking.begin(), ranking.end(), id) == ranking.end()) ranking.push_back(std::move(id));
  }
}

Ranking Fts5Runner::rank(const std::string& query, std::size_t depth) {
  const auto [all, any] = fts5_match_expressions(query);
  Ranking ranking;
  append_matches(all, depth, ranking);
  append_matches(any, depth, ranking);
  return ranking;
}

}  // namespace liaison::relevance

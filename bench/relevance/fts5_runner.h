#pragma once
// The baseline a newcomer would reach for: SQLite FTS5 over whole documents (title, body),
// tokenize 'unicode61 remove_diacritics 2', ranked by bm25(). A query's words are quoted FTS5
// strings ("phrases" stay phrases); documents with every word come first, then those with any.
#include <filesystem>
#include <memory>
#include <string>

#include "bench/relevance/metrics.h"

struct sqlite3;

namespace liaison::relevance {

class Fts5Runner {
 public:
  /// Loads every document of `corpus` (with Liaison's loader, so both engines see the same
  /// titles and bodies) into an in-memory FTS5 table.
  explicit Fts5Runner(const std::filesystem::path& corpus);
  ~Fts5Runner();
  Fts5Runner(const Fts5Runner&) = delete;
  Fts5Runner& operator=(const Fts5Runner&) = delete;

  Ranking rank(const std::string& query, std::size_t depth = 100);

 private:
  void append_matches(const std::string& match, std::size_t depth, Ranking& ranking);
  sqlite3* db_ = nullptr;
};

/// The FTS5 MATCH expressions of a query typed in a search box: every word and "phrase" as a
/// quoted FTS5 string, joined by AND (first) and by OR (second). Empty strings for no words.
std::pair<std::string, std::string> fts5_match_expressions(const std::string& query);

}  // namespace liaison::relevance

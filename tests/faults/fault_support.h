#pragma once
// Shared pieces of the fault tests: the real binaries, a corpus the indexer needs time for,
// and queries a reader sends.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include <xapian.h>

#include "tests/cli/cli_support.h"
#include "tests/support/temp_dir.h"

namespace liaison::testing {

inline std::string search_server_path() { return (binary_dir() / "bin" / "search-server").string(); }

/// Writes `count` English documents of four paragraphs under corpus/bulk, each carrying `version`.
inline void write_versioned_corpus(const TempDir& dir, int count, const std::string& version) {
  for (int i = 0; i < count; ++i) {
    std::string body;
    for (int p = 0; p < 4; ++p) {
      body += "Paragraph " + std::to_string(p) + " of report " + std::to_string(i) + " (" + version +
              ") on demining, rail links, border delimitation and communities number " + std::to_string(i * 7 + p) +
              ".\n\n";
    }
    dir.write("corpus/bulk/doc" + std::to_string(i) + ".md",
              to_markdown({.title = "Report " + std::to_string(i), .body = body}));
  }
}

/// Documents of write_versioned_corpus that carry `version` in the index at `db`, counted
/// exactly (Xapian's term frequency: one Xapian document per document) rather than by a
/// search's estimate.
inline std::uint64_t versioned_documents(const std::string& db, const std::string& version) {
  return Xapian::Database(db).get_termfreq(version);
}

/// The number of documents `indexer search` finds for `word`: the real search path.
inline std::uint64_t searched_documents(const std::string& db, const std::string& word) {
  const auto result = indexer({"search", "--db", db, "--limit", "1", "--count-all", word});
  if (result.exit_code != 0) return ~std::uint64_t{0};
  return std::strtoull(result.out.c_str(), nullptr, 10);
}

/// Queries the readers mix: words, phrases, prefixes, filters, sorts, passage mode.
inline const std::vector<std::string>& reader_queries() {
  static const std::vector<std::string> queries = {
      "/api/search?q=demining",
      "/api/search?q=%22rail%20links%22",
      "/api/search?q=border%20delimitation&sort=-date",
      "/api/search?q=commun*&mode=passages",
      "/api/search?q=zanzibar",
      "/api/search?q=report%20-rail&lang=en&size=50",
      "/api/search?from=2020&to=2023&facets=0",
      "/api/stats",
  };
  return queries;
}

}  // namespace liaison::testing

#pragma once
#include <filesystem>
#include <string>
#include <vector>

namespace liaison::bench {

/// One benchmark query, as the generator wrote it. Each engine turns it into its own syntax.
struct BenchQuery {
  std::string lang;                ///< the language the query is written in (en, hy, az, ru)
  std::vector<std::string> words;  ///< what the user typed, word by word
  bool phrase = false;             ///< the words must appear in this order, adjacent
  std::string filter_lang;         ///< "" or a language code the results must have
  std::string filter_kind;         ///< "" or a document kind
  std::string date_from, date_to;  ///< "" or YYYY-MM-DD, inclusive

  /// The query as typed into Liaison's search box: words, or one "quoted phrase".
  std::string liaison_text() const;
  bool has_filter() const { return !filter_lang.empty() || !filter_kind.empty() || !date_from.empty() || !date_to.empty(); }
};

/// Tab-separated, one query a line: lang, words (space-separated), phrase (0/1), filter_lang,
/// filter_kind, date_from, date_to. Lines starting with '#' are comments.
std::vector<BenchQuery> read_query_set(const std::filesystem::path& path);
void write_query_set(const std::filesystem::path& path, const std::vector<BenchQuery>& queries);

}  // namespace liaison::bench

#pragma once
// The judged queries of the relevance benchmark (queries.tsv, judgments.tsv in this folder).
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace liaison::relevance {

/// One query with its graded judgments.
struct JudgedQuery {
  std::string id;        ///< "en01"
  std::string language;  ///< en, hy, az, ru; xx for cross-language
  std::string split;     ///< train or heldout
  std::string kind;      ///< word, words, phrase, name, name-script, nodiac, inflected, measure, typo
  std::string text;      ///< the query as typed
  std::map<std::string, int> grades{};  ///< document id → grade 1..3; absent = 0
};

/// Reads queries.tsv and judgments.tsv from `dir` ('#' lines and the header skipped).
/// Throws ConfigError naming the file and line for a malformed line, an unknown query id in the
/// judgments or a grade outside 1..3.
std::vector<JudgedQuery> load_judged_queries(const std::filesystem::path& dir);

/// The folder of the benchmark's files in a source tree.
std::filesystem::path judged_queries_dir(const std::filesystem::path& source_root);

}  // namespace liaison::relevance

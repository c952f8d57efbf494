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
  std::string language;  ///< en, hy, az, ru; xx for cross-language; var for the variant class
  std::string split;     ///< train or heldout
  /// word, words, phrase, name, name-script, nodiac, inflected, measure, typo; for the variant
  /// class compound, lowercase, transliteration
  std::string kind;
  std::string text;      ///< the query as typed
  std::map<std::string, int> grades{};  ///< document id → grade 1..3; absent = 0
};

/// The class of spelling-variant queries (compounds apart, joined or hyphenated, other Latin
/// spellings, names in lower case): reported on its own row and left out of "overall", so that
/// the figures of the four languages and xx stay comparable with those before it was added.
inline constexpr const char* kVariantClass = "var";

/// True for a query that counts in the overall figure (every one but the variant class).
inline bool in_overall(const JudgedQuery& query) { return query.language != kVariantClass; }

/// Reads queries.tsv and judgments.tsv from `dir` ('#' lines and the header skipped).
/// Throws ConfigError naming the file and line for a malformed line, an unknown query id in the
/// judgments or a grade outside 1..3.
std::vector<JudgedQuery> load_judged_queries(const std::filesystem::path& dir);

/// The folder of the benchmark's files in a source tree.
std::filesystem::path judged_queries_dir(const std::filesystem::path& source_root);

}  // namespace liaison::relevance

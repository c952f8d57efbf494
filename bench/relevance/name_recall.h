#pragma once
// Recall@50 of Latin name queries over their Cyrillic, Armenian and Azerbaijani spellings
// (NTREX-128), for Liaison (no domain: name keys only) and SQLite FTS5, in one run.
#include <filesystem>
#include <ostream>

namespace liaison::relevance {

/// Builds the name set and both engines' indexes under `work`, runs the queries and prints the
/// table. Throws ConfigError when the NTREX folder lacks a file.
void run_name_recall(std::ostream& out, const std::filesystem::path& ntrex, const std::filesystem::path& domain,
                     const std::filesystem::path& work);

}  // namespace liaison::relevance

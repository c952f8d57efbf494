#pragma once
// The indexer's subcommands; main.cpp only parses arguments and calls one of these.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <iosfwd>
#include <string>
#include <vector>

#include "core/ingest/loader.h"

namespace liaison::cli {

struct AnalyzeOptions {
  std::string language;  ///< "" = detect
};
/// Reads text from `in`, writes one JSON object per token per line to `out`.
int run_analyze(const AnalyzeOptions& options, std::istream& in, std::ostream& out);

struct BuildCommandOptions {
  std::filesystem::path corpus;
  std::filesystem::path db;
  std::uintmax_t max_file_bytes = kDefaultMaxFileMb << 20;
  bool quiet = false;
  /// CBM domain folder (areas.json, measures.json, thesaurus.json, gazetteer.json) for tagging,
  /// "none" for no tagging, empty to look for one (locate_domain: beside the corpus, then the
  /// one bundled with the program).
  std::string domain;
  std::size_t threads = 0;  ///< threads of a full (re)build; 0: one per core (at most 4); 1: serial
  std::size_t shards = 0;   ///< BuildOptions::shards: 0 keeps the index's layout
  bool follow_links = false;  ///< follow links that lead out of the corpus folder
  std::size_t changesets = 0;  ///< keep_changesets: 0 leaves XAPIAN_MAX_CHANGESETS as the environment has it
};
/// Indexes the corpus incrementally; prints progress to stderr and the counts to `out`.
/// Exit status 0 when every file was indexed, 1 when some failed.
int run_build(const BuildCommandOptions& options, std::ostream& out);

/// Makes this process's commits keep the changes of the last `commits` commits of each database
/// (Xapian's XAPIAN_MAX_CHANGESETS), which xapian-replicate-server sends a replica that is behind:
/// without them every update of a replica is a full copy. 0 leaves the environment as it is.
void keep_changesets(std::size_t commits);

struct ReshardCommandOptions {
  std::filesystem::path db;
  std::size_t shards = 0;      ///< reshard_index: 1 makes one database again
  std::size_t changesets = 0;  ///< as BuildCommandOptions::changesets
};
/// Moves the index to another number of shards (reshard_index); prints the counts to `out`.
int run_reshard(const ReshardCommandOptions& options, std::ostream& out);

struct ReplicaCommandOptions {
  std::filesystem::path db;  ///< the replica folder
  std::size_t shards = 0;    ///< the master's shards
};
/// Writes the stub of a replica folder of a sharded index (sharded::write_replica_stub) and
/// prints the xapian-replicate command of each of its databases to `out`.
int run_replica(const ReplicaCommandOptions& options, std::ostream& out);

struct TagCommandOptions {
  std::string domain;             ///< as BuildCommandOptions::domain ("none" is an error here)
  std::filesystem::path corpus;   ///< tag this corpus folder's passages; empty: JSON lines on stdin
  bool features = false;          ///< also print, per passage of a document, what the rules weighed
};
/// Tags text with the CBM tagger, one JSON object per line on `out`: for each input line
/// {"id", "text", "lang"?} its tags (the passage alone); for an input line {"id", "title"?,
/// "lang"?, "passages": [{"id"?, "text"}]} one line per passage, tagged as one document's are
/// ("id", "doc", "n"); or with a corpus folder each passage's ("doc", "n"). With `features`, each
/// passage of a document also has "features": its anchoring, length and per area the evidence
/// the rules weighed (core/tagging/area_features.h).
/// For evaluations (bench/tagging) and for seeing why a passage got its tags.
int run_tag(const TagCommandOptions& options, std::istream& in, std::ostream& out);

struct PairsCommandOptions {
  std::filesystem::path corpus;
  std::string domain;  ///< as BuildCommandOptions::domain
};
/// Prints one line per proposed pair of versions (core/tagging/version_pairs.h), then how many;
/// links nothing. Exit status 0, or 1 when a file could not be read.
int run_pairs(const PairsCommandOptions& options, std::ostream& out);

struct SearchCommandOptions {
  std::filesystem::path db;
  std::size_t limit = 10;
  std::vector<std::string> languages;
  std::string query;
  bool apart = false;  ///< every version of a text a hit of its own (SearchRequest::group_versions off)
  bool count_all = false;  ///< count every match for an exact total (SearcherOptions::exact_count_up_to)
};
/// Prints ranked hits (title, date, lang, score, snippet) for command-line users.
int run_search(const SearchCommandOptions& options, std::ostream& out);

}  // namespace liaison::cli

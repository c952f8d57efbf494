// indexer: analyse text, build the index from a corpus folder, search it from the shell.
#include <CLI/CLI.hpp>
#include <iostream>
#include <string>
#include <vector>

#include "core/error.h"
#include "core/index/sharded_index.h"
#include "core/lang/language.h"
#include "indexer/commands.h"

namespace {

/// "en, hy, az, ru": the codes of the languages Liaison analyses, for help texts.
std::string join_codes(const std::vector<std::string>& codes) {
  std::string joined;
  for (const std::string& code : codes) joined += (joined.empty() ? "" : ", ") + code;
  return joined;
}

}  // namespace

int main(int argc, char** argv) try {
  using namespace liaison::cli;
  CLI::App app{"Liaison indexer: corpus folder → ICU analysis → Xapian index"};
  app.require_subcommand(1);

  AnalyzeOptions analyze;
  auto* analyze_cmd = app.add_subcommand("analyze", "Analyse text from stdin; one JSON token per line");
  std::vector<std::string> codes;
  for (const liaison::Language language : liaison::kLanguages) codes.emplace_back(liaison::to_code(language));
  analyze_cmd->add_option("--lang", analyze.language, "Language code (" + join_codes(codes) + "); default: detect")
      ->check(CLI::IsMember(codes));

  BuildCommandOptions build;
  std::uintmax_t max_file_mb = liaison::kDefaultMaxFileMb;
  auto* build_cmd = app.add_subcommand("build", "Index a corpus folder incrementally");
  build_cmd->add_option("--corpus", build.corpus, "Corpus folder")->required()->check(CLI::ExistingDirectory);
  build_cmd->add_option("--db", build.db, "Index folder (created if missing)")->required();
  build_cmd->add_option("--max-file-mb", max_file_mb, "Refuse files larger than this (indexing takes about " + std::to_string(liaison::kMemoryPerFileByte) +
                             "× a file's size in memory)")->check(CLI::Range(1, 4096));
  build_cmd->add_flag("--quiet", build.quiet, "No progress output");
  build_cmd->add_flag("--follow-links", build.follow_links,
                      "Follow symbolic links that lead out of the corpus folder (default: skip them and say so)");
  build_cmd->add_option("--domain", build.domain,
                        "CBM domain folder for tagging, or 'none' (default: LIAISON_DOMAIN, else the 'domain' "
                        "folder beside the corpus folder, else the domain bundled with the program)");
  build_cmd->add_option("--threads", build.threads,
                        "Threads of a full (re)build (0: one per core, at most 4; 1: serial); incremental runs are serial")
      ->check(CLI::Range(0, 64));
  build_cmd->add_option("--shards", build.shards,
                        "Shards of the index (1 to " + std::to_string(liaison::sharded::kMaxShards) +
                            "): each document in the shard of its id, the folder opened as one index "
                            "(docs/scale.md; 1: one database); 0 keeps the index's layout. A new layout is built beside "
                            "the index and swapped in; later runs write only the shards that change")
      ->check(CLI::Range(std::size_t{0}, liaison::sharded::kMaxShards));

  const std::string changesets_help =
      "Keep the changes of the last N commits of each database for xapian-replicate-server (sets "
      "XAPIAN_MAX_CHANGESETS; without them a replica gets a full copy on every update: docs/scale.md)";
  build_cmd->add_option("--changesets", build.changesets, changesets_help)->check(CLI::Range(1, 1000));

  ReshardCommandOptions reshard;
  auto* reshard_cmd = app.add_subcommand(
      "reshard", "Move an index to another number of shards (1: one database), built beside it and swapped in");
  reshard_cmd->add_option("--db", reshard.db, "Index folder")->required()->check(CLI::ExistingDirectory);
  reshard_cmd->add_option("--shards", reshard.shards, "Shards of the new layout (1 to " +
                                                          std::to_string(liaison::sharded::kMaxShards) + ")")
      ->required()
      ->check(CLI::Range(std::size_t{1}, liaison::sharded::kMaxShards));
  reshard_cmd->add_option("--changesets", reshard.changesets, changesets_help)->check(CLI::Range(1, 1000));

  ReplicaCommandOptions replica;
  auto* replica_cmd = app.add_subcommand(
      "replica", "Write the stub of a replica folder of a sharded index, whose databases xapian-replicate keeps");
  replica_cmd->add_option("--db", replica.db, "Replica folder (created if missing)")->required();
  replica_cmd->add_option("--shards", replica.shards, "Shards of the master's index (2 to " +
                                                          std::to_string(liaison::sharded::kMaxShards) + ")")
      ->required()
      ->check(CLI::Range(std::size_t{2}, liaison::sharded::kMaxShards));

  TagCommandOptions tag;
  auto* tag_cmd = app.add_subcommand("tag", "Tag passages with CBM areas and measures; JSON lines in and out");
  tag_cmd->add_option("--domain", tag.domain, "CBM domain folder (default: as for build)");
  tag_cmd->add_option("--corpus", tag.corpus, "Tag every passage of this corpus folder instead of stdin lines")
      ->check(CLI::ExistingDirectory);
  tag_cmd->add_flag("--features", tag.features,
                    "Also print what the rules weighed per passage of a document (anchoring, evidence per area)");

  PairsCommandOptions pairs;
  auto* pairs_cmd = app.add_subcommand(
      "pairs", "Propose documents that look like versions of one text (same date, numbers, names) for an editor to link");
  pairs_cmd->add_option("--corpus", pairs.corpus, "Corpus folder")->required()->check(CLI::ExistingDirectory);
  pairs_cmd->add_option("--domain", pairs.domain, "CBM domain folder whose gazetteer names are compared, or 'none' (default: as for build)");

  SearchCommandOptions search;
  auto* search_cmd = app.add_subcommand("search", "Search the index and print ranked hits");
  search_cmd->add_option("--db", search.db, "Index folder")->required();
  search_cmd->add_option("--limit", search.limit, "Number of hits")->check(CLI::Range(1, 100));
  search_cmd->add_option("--lang", search.languages, "Only passages in these languages");
  search_cmd->add_flag("--apart", search.apart, "Every version of a text (its translations) as a hit of its own");
  search_cmd->add_flag("--count-all", search.count_all,
                       "Count every match: an exact total, where past 1,000 matches it is an estimate");
  std::vector<std::string> words;
  search_cmd->add_option("query", words, "The query")->required();

  CLI11_PARSE(app, argc, argv);

  if (*analyze_cmd) return run_analyze(analyze, std::cin, std::cout);
  if (*build_cmd) {
    build.max_file_bytes = max_file_mb << 20;
    return run_build(build, std::cout);
  }
  if (*reshard_cmd) return run_reshard(reshard, std::cout);
  if (*replica_cmd) return run_replica(replica, std::cout);
  if (*tag_cmd) return run_tag(tag, std::cin, std::cout);
  if (*pairs_cmd) return run_pairs(pairs, std::cout);
  for (const auto& word : words) search.query += (search.query.empty() ? "" : " ") + word;
  return run_search(search, std::cout);
} catch (const liaison::Error& error) {
  std::cerr << "indexer: " << error.what() << '\n';
  return 2;
} catch (const std::exception& error) {
  std::cerr << "indexer: unexpected error: " << error.what() << '\n';
  return 2;
}

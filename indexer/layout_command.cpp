// indexer reshard and indexer replica: the layout of an index and of its replicas (docs/scale.md).
#include <cstdlib>
#include <ostream>
#include <string>

#include "core/index/sharded_index.h"
#include "core/index/writer.h"
#include "indexer/commands.h"

namespace liaison::cli {

void keep_changesets(std::size_t commits) {
  // Read by Xapian when a database is opened for writing, in this process and in the build's
  // child process (build_process.h), which inherits it.
  if (commits > 0) ::setenv("XAPIAN_MAX_CHANGESETS", std::to_string(commits).c_str(), 1);
}

int run_reshard(const ReshardCommandOptions& options, std::ostream& out) {
  keep_changesets(options.changesets);
  const BuildReport report = reshard_index(options.db, options.shards);
  const std::size_t shards = sharded::shard_count(options.db);
  out << "index: " << report.documents_total << " documents, " << report.passages_total << " passages in "
      << (shards == 0 ? std::string("one database") : std::to_string(shards) + " shards") << " (" << report.seconds
      << " s)\n";
  return 0;
}

int run_replica(const ReplicaCommandOptions& options, std::ostream& out) {
  sharded::write_replica_stub(options.db, options.shards);
  out << "replica stub written: " << (options.db / sharded::kStubFile).string() << "\n"
      << "keep each database current with xapian-replicate (HOST and PORT of the master's xapian-replicate-server):\n";
  const auto command = [&](const std::string& name) {
    out << "  xapian-replicate --host HOST --port PORT --master " << name << ' ' << (options.db / name).string() << '\n';
  };
  command(std::string(sharded::kCatalogFolder));
  for (std::size_t k = 0; k < options.shards; ++k) command(sharded::shard_folder(k));
  return 0;
}

}  // namespace liaison::cli

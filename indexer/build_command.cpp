#include <chrono>
#include <iostream>
#include <memory>
#include <unistd.h>

#include "core/analysis/analyzer.h"
#include "core/index/writer.h"
#include "core/tagging/cbm_tagger.h"
#include "core/tagging/domain_location.h"
#include "indexer/commands.h"

namespace liaison::cli {
namespace {

/// Progress on stderr: a rewritten line on a terminal, a line every few seconds otherwise.
class ProgressPrinter {
 public:
  explicit ProgressPrinter(bool enabled) : enabled_(enabled), interactive_(isatty(STDERR_FILENO) == 1) {}

  void operator()(std::size_t done, std::size_t total, const std::string& path) {
    if (!enabled_) return;
    const auto now = std::chrono::steady_clock::now();
    const bool last = done == total;
    if (!last && now - last_print_ < (interactive_ ? std::chrono::milliseconds(200) : std::chrono::seconds(5))) return;
    last_print_ = now;
    std::cerr << (interactive_ ? "\r\033[K" : "") << "indexing " << done << '/' << total << ' ' << path
              << (interactive_ && !last ? "" : "\n") << std::flush;
  }

 private:
  bool enabled_;
  bool interactive_;
  std::chrono::steady_clock::time_point last_print_{};
};

}  // namespace

int run_build(const BuildCommandOptions& options, std::ostream& out) {
  const Analyzer analyzer;
  ProgressPrinter progress(!options.quiet);
  BuildOptions build_options;
  std::unique_ptr<const CbmTagger> tagger;
  const DomainChoice domain = locate_domain({.requested = options.domain, .corpus = options.corpus, .beside_web = {}});
  if (domain.folder) {
    tagger = std::make_unique<const CbmTagger>(load_domain(*domain.folder), analyzer);
    build_options.tagger = tagger.get();
    out << "domain: " << domain.folder->string() << " (" << domain.how << "; " << describe(tagger->domain()) << ")\n";
  } else if (options.domain.empty()) {
    out << "domain: none found (none beside the corpus, no LIAISON_DOMAIN, none bundled with the program); "
           "only front-matter tags\n";
  } else {
    out << "domain: none (tagging off); only front-matter tags\n";
  }
  keep_changesets(options.changesets);
  build_options.load.max_file_bytes = options.max_file_bytes;
  build_options.threads = options.threads;
  build_options.shards = options.shards;
  build_options.follow_links = options.follow_links;
  build_options.on_progress = [&progress](std::size_t done, std::size_t total, const std::string& path) {
    progress(done, total, path);
  };
  const BuildReport report = build_index(options.corpus, options.db, analyzer, build_options);

  for (const auto& skipped : report.skipped) std::cerr << "skipped: " << skipped.reason << '\n';
  for (const auto& failure : report.failures) std::cerr << "failed: " << failure.reason << '\n';
  out << "added " << report.added << ", updated " << report.updated << ", removed " << report.removed
      << ", unchanged " << report.unchanged << ", failed " << report.failed << '\n'
      << "index: " << report.documents_total << " documents, " << report.passages_total << " passages ("
      << report.passages_written << " passages written) in " << report.seconds << " s\n";
  if (tagger) {
    out << "tagged " << report.tags.tagged << " of " << report.tags.passages << " passages read ("
        << report.tags.with_areas << " with areas, " << report.tags.with_measures << " with measures)\n";
  }
  return report.failed == 0 ? 0 : 1;
}

}  // namespace liaison::cli

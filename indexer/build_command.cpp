#include <chrono>
#include <iostream>
#include <unistd.h>

#include "core/analysis/analyzer.h"
#include "core/index/writer.h"
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
  build_options.load.max_file_bytes = options.max_file_bytes;
  build_options.on_progress = [&progress](std::size_t done, std::size_t total, const std::string& path) {
    progress(done, total, path);
  };
  const BuildReport report = build_index(options.corpus, options.db, analyzer, build_options);

  for (const auto& failure : report.failures) std::cerr << "failed: " << failure.reason << '\n';
  out << "added " << report.added << ", updated " << report.updated << ", removed " << report.removed
      << ", unchanged " << report.unchanged << ", failed " << report.failed << '\n'
      << "index: " << report.documents_total << " documents, " << report.passages_total << " passages ("
      << report.passages_written << " passages written) in " << report.seconds << " s\n";
  return report.failed == 0 ? 0 : 1;
}

}  // namespace liaison::cli

#pragma once
// Helpers for tests that drive the real indexer binary.
#include <filesystem>
#include <string>
#include <vector>

#include "tests/support/corpus_doc.h"
#include "tests/support/process.h"
#include "tests/support/temp_dir.h"

namespace liaison::testing {

inline std::string indexer_path() { return (binary_dir() / "bin" / "indexer").string(); }

inline ProcessResult indexer(std::vector<std::string> args, const std::string& input = {}) {
  args.insert(args.begin(), indexer_path());
  return run_process(args, input);
}

}  // namespace liaison::testing

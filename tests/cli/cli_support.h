#pragma once
// Helpers for tests that drive the real indexer binary.
#include <filesystem>
#include <string>
#include <vector>

#include "tests/support/process.h"
#include "tests/support/temp_dir.h"

namespace liaison::testing {

inline std::string indexer_path() { return (binary_dir() / "bin" / "indexer").string(); }

inline ProcessResult indexer(std::vector<std::string> args, const std::string& input = {}) {
  args.insert(args.begin(), indexer_path());
  return run_process(args, input);
}

/// A small valid corpus document in the front-matter format.
inline std::string corpus_file(const std::string& title, const std::string& lang, const std::string& body) {
  return "---\ntitle: " + title + "\ndate: 2022-04-01\nlang: " + lang +
         "\nsource: Test desk\nkind: article\norigin: written for this test\n---\n" + body + "\n";
}

}  // namespace liaison::testing

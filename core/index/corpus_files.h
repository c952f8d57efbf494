#pragma once
// Which files of a corpus folder are indexed, in a fixed order.
#include <filesystem>
#include <string>
#include <vector>

namespace liaison {

/// The loadable files (is_loadable: .md, .txt, .html, .htm, .pdf, .jsonl) under `corpus`,
/// recursively, as '/'-separated paths relative to it, sorted bytewise so that runs are
/// deterministic. Hidden files and folders (a name starting with '.') and README.md at the
/// corpus root are skipped. Throws ConfigError when `corpus` is not a folder (so that a
/// mistyped path never empties an index).
std::vector<std::string> list_corpus_files(const std::filesystem::path& corpus);

}  // namespace liaison

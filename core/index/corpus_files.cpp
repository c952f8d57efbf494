#include "core/index/corpus_files.h"

#include <algorithm>

#include "core/error.h"
#include "core/ingest/loader.h"

namespace liaison {
namespace {

namespace fs = std::filesystem;

bool is_hidden(const fs::path& path) {
  const std::string name = path.filename().string();
  return !name.empty() && name.front() == '.';
}

bool is_root_readme(const std::string& relative) {
  std::string lower = relative;
  for (char& c : lower)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return lower == "readme.md";
}

}  // namespace

std::vector<std::string> list_corpus_files(const fs::path& corpus) {
  std::error_code error;
  if (!fs::is_directory(corpus, error)) throw ConfigError("corpus folder not found: " + corpus.string());
  std::vector<std::string> files;
  fs::recursive_directory_iterator it(corpus, fs::directory_options::follow_directory_symlink, error);
  if (error) throw ConfigError("cannot read corpus folder " + corpus.string() + ": " + error.message());
  for (const fs::recursive_directory_iterator end; it != end; it.increment(error)) {
    if (error) throw ConfigError("cannot read corpus folder " + corpus.string() + ": " + error.message());
    if (is_hidden(it->path())) {
      it.disable_recursion_pending();
      continue;
    }
    if (!it->is_regular_file(error) || !is_loadable(it->path())) continue;
    std::string relative = corpus_relative_path(it->path(), corpus);
    if (!is_root_readme(relative)) files.push_back(std::move(relative));
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace liaison

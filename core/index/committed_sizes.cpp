#include "core/index/committed_sizes.h"

#include <unistd.h>

namespace liaison {
namespace {

namespace fs = std::filesystem;

bool is_table_file(const fs::path& path) { return path.extension() == ".glass"; }

}  // namespace

CommittedSizes::CommittedSizes(fs::path db) : db_(std::move(db)) { record(); }

void CommittedSizes::record() {
  sizes_.clear();
  std::error_code error;
  for (fs::directory_iterator it(db_, error), end; !error && it != end; it.increment(error)) {
    if (!is_table_file(it->path())) continue;
    std::error_code size_error;
    const std::uintmax_t size = it->file_size(size_error);
    if (!size_error) sizes_[it->path().filename().string()] = size;
  }
}

void CommittedSizes::give_back_uncommitted_space() const noexcept {
  try {
    std::error_code error;
    for (fs::directory_iterator it(db_, error), end; !error && it != end; it.increment(error)) {
      if (!is_table_file(it->path())) continue;
      const auto recorded = sizes_.find(it->path().filename().string());
      const std::uintmax_t size = recorded == sizes_.end() ? 0 : recorded->second;
      std::error_code size_error;
      if (it->file_size(size_error) <= size || size_error) continue;
      // A file that cannot be cut keeps its space; the index is whole either way.
      if (::truncate(it->path().c_str(), static_cast<off_t>(size)) != 0) continue;
    }
  } catch (...) {  // allocation failure while failing: the space stays taken, the index stays whole
  }
}

}  // namespace liaison

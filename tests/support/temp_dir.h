#pragma once
#include <filesystem>
#include <string>
#include <string_view>

namespace liaison::testing {

/// A fresh directory under the system temp dir, removed with everything in it on destruction.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  /// Writes `content` to `relative` (creating folders) and returns the full path.
  std::filesystem::path write(const std::string& relative, std::string_view content) const;

 private:
  std::filesystem::path path_;
};

/// The project's source folder (for corpus/ and tests/fixtures/).
inline std::filesystem::path source_dir() { return LIAISON_SOURCE_DIR; }
/// The build folder (binaries are in bin/).
inline std::filesystem::path binary_dir() { return LIAISON_BINARY_DIR; }

}  // namespace liaison::testing

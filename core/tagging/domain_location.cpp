#include "core/tagging/domain_location.h"

#include <cstdlib>
#include <system_error>

#include "core/error.h"

namespace liaison {
namespace {

namespace fs = std::filesystem;

constexpr const char* kNone = "none";

bool holds_domain(const fs::path& folder) {
  std::error_code error;
  return fs::is_regular_file(folder / "areas.json", error);
}

/// A folder the user named: it must be a domain, or the run stops with a clear error.
DomainChoice named(const std::string& value, const std::string& how) {
  if (value == kNone) return {.folder = std::nullopt, .how = kNone};
  if (!holds_domain(value)) {
    throw ConfigError(how + ": " + value + " is not a domain folder (no areas.json); use 'none' to tag nothing");
  }
  return {.folder = fs::path(value), .how = how};
}

/// "corpus/documents/" → "corpus/documents".
fs::path without_trailing_slash(const fs::path& folder) {
  fs::path absolute = fs::absolute(folder).lexically_normal();
  return absolute.has_filename() ? absolute : absolute.parent_path();
}

/// <prefix>/share/liaison/domain for <prefix>/bin/indexer: installed, and in the build tree
/// (the top CMakeLists.txt copies corpus/domain there).
std::optional<fs::path> bundled_domain() {
  const fs::path binary = executable_folder();
  if (binary.empty()) return std::nullopt;
  const fs::path bundled = binary.parent_path() / "share" / "liaison" / "domain";
  if (holds_domain(bundled)) return bundled;
  return std::nullopt;
}

}  // namespace

fs::path executable_folder() {
  std::error_code error;
  const fs::path binary = fs::read_symlink("/proc/self/exe", error);
  return error ? fs::path() : binary.parent_path();
}

DomainChoice locate_domain(const DomainQuery& query) {
  if (!query.requested.empty()) return named(query.requested, "given");
  if (const char* variable = std::getenv("LIAISON_DOMAIN"); variable != nullptr && *variable != '\0')
    return named(variable, "LIAISON_DOMAIN");
  if (!query.corpus.empty()) {
    if (const fs::path beside = without_trailing_slash(query.corpus).parent_path() / "domain"; holds_domain(beside))
      return {.folder = beside, .how = "beside the corpus"};
  }
  if (!query.beside_web.empty()) {
    const fs::path beside = without_trailing_slash(query.beside_web).parent_path() / "corpus" / "domain";
    if (holds_domain(beside)) return {.folder = beside, .how = "beside the web folder"};
  }
  if (std::optional<fs::path> bundled = bundled_domain()) return {.folder = *bundled, .how = "bundled with the program"};
  return {.folder = std::nullopt, .how = kNone};
}

}  // namespace liaison

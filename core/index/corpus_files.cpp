#include "core/index/corpus_files.h"

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <map>
#include <system_error>
#include <utility>

#include "core/error.h"
#include "core/ingest/loader.h"
#include "core/text/strings.h"

namespace liaison {
namespace {

namespace fs = std::filesystem;

std::string error_text(int error) { return std::generic_category().message(error); }

bool is_hidden(const std::string& name) { return !name.empty() && name.front() == '.'; }

bool is_root_readme(const std::string& relative) { return lower_ascii(relative) == "readme.md"; }

/// The names in `folder`, sorted (so that every run walks in the same order), without "." and
/// "..". Sets `error` (errno) and gives what was read when the folder cannot be listed in full.
std::vector<std::string> names_in(const fs::path& folder, int& error) {
  std::vector<std::string> names;
  error = 0;
  DIR* dir = ::opendir(folder.c_str());
  if (dir == nullptr) {
    error = errno;
    return names;
  }
  for (;;) {
    errno = 0;
    const dirent* entry = ::readdir(dir);
    if (entry == nullptr) {
      error = errno;
      break;
    }
    const std::string name = entry->d_name;
    if (name != "." && name != "..") names.push_back(name);
  }
  ::closedir(dir);
  std::sort(names.begin(), names.end());
  return names;
}

/// A file or folder, told apart from every other by its device and inode.
using FileKey = std::pair<dev_t, ino_t>;
FileKey key_of(const struct stat& info) { return {info.st_dev, info.st_ino}; }

/// `path` (canonical) is `root` (canonical) or inside it.
bool is_within(const fs::path& path, const fs::path& root) {
  const std::string p = path.native(), r = root.native();
  if (p.compare(0, r.size(), r) != 0) return false;
  return p.size() == r.size() || p[r.size()] == '/' || r == "/";
}

/// Lists the real folders first and then follows the links it met, so that a file reachable
/// by its own path is listed under that path, whatever links lead to it too.
class CorpusWalker {
 public:
  CorpusWalker(const fs::path& corpus, const CorpusListOptions& options) : options_(options) {
    std::error_code error;
    root_ = fs::canonical(corpus, error);
    struct stat info {};
    if (error || ::stat(corpus.c_str(), &info) != 0 || !S_ISDIR(info.st_mode))
      throw ConfigError("corpus folder not found: " + corpus.string());
    int list_error = 0;
    const std::vector<std::string> names = names_in(corpus, list_error);
    if (list_error != 0) throw ConfigError("cannot read corpus folder " + corpus.string() + ": " + error_text(list_error));
    seen_.emplace(key_of(info), "");
    add_entries(corpus, "", names);
  }

  CorpusListing run() && {
    for (std::size_t i = 0; i < links_.size(); ++i) follow(links_[i]);  // following may add links
    std::sort(listing_.files.begin(), listing_.files.end());
    return std::move(listing_);
  }

 private:
  struct Link {
    fs::path full;
    std::string relative;
  };

  /// Lists `folder` (corpus-relative `relative`, "" for the root, else ending with '/').
  void walk(const fs::path& folder, const std::string& relative) {
    int error = 0;
    const std::vector<std::string> names = names_in(folder, error);
    if (error != 0) listing_.unreadable.push_back({relative, "cannot list folder: " + error_text(error)});
    add_entries(folder, relative, names);
  }

  void add_entries(const fs::path& folder, const std::string& relative, const std::vector<std::string>& names) {
    for (const std::string& name : names) {
      if (is_hidden(name)) continue;
      const fs::path full = folder / name;
      const std::string path = relative + name;
      struct stat info {};
      if (::lstat(full.c_str(), &info) != 0) {
        if (errno != ENOENT) listing_.unreadable.push_back({path, "cannot look at it: " + error_text(errno)});
        continue;  // ENOENT: deleted since the folder was read, so gone
      }
      if (S_ISLNK(info.st_mode)) links_.push_back({full, path});
      else add(full, path, info);
    }
  }

  /// Adds a folder or file (not a link) at `path` whose (followed) status is `info`.
  void add(const fs::path& full, const std::string& path, const struct stat& info) {
    if (S_ISDIR(info.st_mode)) {
      const auto [seen, fresh] = seen_.emplace(key_of(info), path + "/");
      if (!fresh) {
        listing_.skipped.push_back({path + "/", "leads to " + shown(seen->second) + " again (a loop, or a second way in)"});
        return;
      }
      walk(full, path + "/");
    } else if (S_ISREG(info.st_mode) && is_loadable(path) && !is_root_readme(path)) {
      seen_.emplace(key_of(info), path);  // a hard link keeps its own path: only links are folded
      listing_.files.push_back(path);
    }
  }

  void follow(const Link& link) {
    struct stat info {};
    if (::stat(link.full.c_str(), &info) != 0) {
      if (errno == ELOOP) listing_.skipped.push_back({link.relative, "a link that leads in a circle"});
      else if (errno != ENOENT) listing_.unreadable.push_back({link.relative, "cannot follow the link: " + error_text(errno)});
      return;  // ENOENT: a dangling link leads to no file
    }
    const bool folder = S_ISDIR(info.st_mode);
    if (!folder && !(S_ISREG(info.st_mode) && is_loadable(link.relative))) return;
    std::error_code error;
    const fs::path target = fs::canonical(link.full, error);
    if (error) {
      listing_.unreadable.push_back({link.relative, "cannot follow the link: " + error.message()});
      return;
    }
    const std::string name = link.relative + (folder ? "/" : "");
    if (!options_.follow_links && !is_within(target, root_)) {
      listing_.skipped.push_back({name, "a link to " + target.string() +
                                            ", outside the corpus folder (--follow-links follows it)"});
      return;
    }
    if (const auto seen = seen_.find(key_of(info)); seen != seen_.end() && !folder) {
      listing_.skipped.push_back({name, "a link to " + seen->second + ", listed already"});
      return;
    }
    add(link.full, link.relative, info);
  }

  static std::string shown(const std::string& folder) { return folder.empty() ? "the corpus folder" : folder; }

  const CorpusListOptions& options_;
  fs::path root_;                          ///< the corpus folder, canonical
  std::map<FileKey, std::string> seen_;    ///< folders and files listed, with their corpus-relative path
  std::vector<Link> links_;                ///< links met, followed after the real folders
  CorpusListing listing_;
};

}  // namespace

bool CorpusListing::may_hold(const std::string& file) const {
  for (const Entry& entry : unreadable) {
    const bool folder = !entry.path.empty() && entry.path.back() == '/';
    if (folder ? file.compare(0, entry.path.size(), entry.path) == 0 : file == entry.path) return true;
  }
  return false;
}

CorpusListing list_corpus(const fs::path& corpus, const CorpusListOptions& options) {
  return CorpusWalker(corpus, options).run();
}

std::vector<std::string> list_corpus_files(const fs::path& corpus) { return list_corpus(corpus).files; }

}  // namespace liaison

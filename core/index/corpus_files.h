#pragma once
// Which files of a corpus folder are indexed, in a fixed order, and what could not be looked at.
#include <filesystem>
#include <string>
#include <vector>

namespace liaison {

struct CorpusListOptions {
  /// Follow symbolic links that lead out of the corpus folder (links inside it are always
  /// followed). Off by default: a link to /etc/passwd must not make it searchable.
  bool follow_links = false;
};

/// What list_corpus found.
struct CorpusListing {
  struct Entry {
    std::string path;    ///< corpus-relative, '/'-separated; a folder's ends with '/'
    std::string reason;  ///< why it is here ("Permission denied", "a link to /etc, outside …")
  };
  std::vector<std::string> files;  ///< loadable files, corpus-relative, sorted bytewise
  /// Folders (and entries) that could not be listed or looked at: whether the files they hold
  /// still exist is unknown, so their documents must be kept, and the run reported as failed.
  std::vector<Entry> unreadable;
  /// Links not followed: out of the corpus folder (without follow_links), to a folder or file
  /// listed already (a loop, or a second way to the same file), or in a circle.
  std::vector<Entry> skipped;

  /// True when `file` (corpus-relative) may exist in a part of the corpus that could not be
  /// listed: it must not be taken for deleted.
  bool may_hold(const std::string& file) const;
};

/// The loadable files (is_loadable: .md, .txt, .html, .htm, .pdf, .jsonl) under `corpus`,
/// recursively. Hidden files and folders (a name starting with '.') and README.md at the corpus
/// root are skipped. Each folder is listed once and each file given once, whatever links lead
/// to them (folders are told apart by device and inode, so link loops end): real paths win over
/// links. Throws ConfigError when `corpus` is not a folder or cannot be listed (so that a
/// mistyped path never empties an index); a subfolder that cannot be listed is in `unreadable`.
CorpusListing list_corpus(const std::filesystem::path& corpus, const CorpusListOptions& options = {});

/// list_corpus(corpus).files.
std::vector<std::string> list_corpus_files(const std::filesystem::path& corpus);

}  // namespace liaison

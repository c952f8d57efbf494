#pragma once
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include "core/ingest/document.h"

namespace liaison {

struct LoadOptions {
  std::uintmax_t max_file_bytes = 64ull << 20;  ///< larger files are refused without being read
};

/// True for the file types the loader reads (`.md`, `.txt`, in any letter case).
bool is_loadable(const std::filesystem::path& file);

/// Loads one corpus file: checks size, UTF-8 and binary content, parses front matter,
/// validates fields (date format, kind, lang), derives the id from the path when absent and
/// splits the body into passages with their languages.
/// Throws IngestError (path relative to `corpus_root`, line when known, reason) for a bad file.
/// Equivalent to parse_document(read_corpus_file(...), corpus_relative_path(...)).
Document load_document(const std::filesystem::path& file, const std::filesystem::path& corpus_root,
                       const LoadOptions& options = {});

/// `file` relative to `corpus_root`, '/'-separated ("en/brussels.md"); the file name alone when
/// `file` is not inside `corpus_root`.
std::string corpus_relative_path(const std::filesystem::path& file, const std::filesystem::path& corpus_root);

/// The bytes of `file`. Checks the size first and refuses (IngestError naming `relative_path`)
/// a file over `options.max_file_bytes` without reading it, or a file that cannot be read.
std::string read_corpus_file(const std::filesystem::path& file, const std::string& relative_path,
                             const LoadOptions& options = {});

/// Builds a Document from the bytes of a corpus file (the steps of load_document after reading).
/// `relative_path` names the file in errors and gives the derived id.
Document parse_document(std::string_view bytes, const std::string& relative_path);

}  // namespace liaison

#pragma once
#include <cstdint>
#include <filesystem>

#include "core/ingest/document.h"

namespace liaison {

struct LoadOptions {
  std::uintmax_t max_file_bytes = 64ull << 20;  ///< larger files are refused without being read
};

/// True for the file types the loader reads (`.md`, `.txt`).
bool is_loadable(const std::filesystem::path& file);

/// Loads one corpus file: checks size, UTF-8 and binary content, parses front matter,
/// validates fields (date format, kind, lang), derives the id from the path when absent and
/// splits the body into passages with their languages.
/// Throws IngestError (path relative to `corpus_root`, line when known, reason) for a bad file.
Document load_document(const std::filesystem::path& file, const std::filesystem::path& corpus_root,
                       const LoadOptions& options = {});

}  // namespace liaison

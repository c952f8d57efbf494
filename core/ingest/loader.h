#pragma once
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "core/ingest/document.h"

namespace liaison {

/// Files larger than this are refused unless the user raises it (`indexer build --max-file-mb`).
inline constexpr std::uintmax_t kDefaultMaxFileMb = 64;
/// Indexing a file takes up to about this many times its size in memory at its peak (a 60 MB
/// file: 463 MB, docs/reliability.md), so the limit on file size is the limit on memory.
inline constexpr std::uintmax_t kMemoryPerFileByte = 8;

struct LoadOptions {
  std::uintmax_t max_file_bytes = kDefaultMaxFileMb << 20;  ///< larger files are refused without being read
};

/// The file types the loader reads, by extension (any letter case).
enum class FileFormat {
  Markdown,  ///< .md: front matter and body
  Text,      ///< .txt: front matter and body, or a scraped page without front matter
  Html,      ///< .html, .htm
  Pdf,       ///< .pdf
  Jsonl,     ///< .jsonl: one document per line
};

/// The format of `file` by its extension; nullopt for files the loader does not read.
std::optional<FileFormat> file_format(const std::filesystem::path& file);

/// True for the file types the loader reads (`.md`, `.txt`, `.html`, `.htm`, `.pdf`, `.jsonl`,
/// in any letter case).
bool is_loadable(const std::filesystem::path& file);

/// What one corpus file gives. A one-document format gives one document or throws; a bulk
/// (.jsonl) file gives the documents of its good lines and one failure per bad line.
struct LoadedFile {
  std::vector<Document> documents;
  std::vector<IngestError> failures;  ///< skipped lines of a bulk file ("file:line: reason")
  std::vector<std::string> notes;     ///< repairs made while loading ("file:line: invalid UTF-8 replaced…")
};

/// Builds the documents of a corpus file from its bytes, by format (file_format of
/// `relative_path`). Throws IngestError for a file that gives nothing: unknown type, bad text,
/// bad front matter, corrupt or password-protected PDF, bulk file without any line. A bulk file
/// whose lines are all bad gives no document and one failure per line.
LoadedFile parse_file(std::string_view bytes, const std::string& relative_path);

/// read_corpus_file then parse_file.
LoadedFile load_file(const std::filesystem::path& file, const std::filesystem::path& corpus_root,
                     const LoadOptions& options = {});

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
/// `relative_path` names the file in errors and gives the derived id. A bulk file must hold
/// exactly one good line (else IngestError); use parse_file for files of many documents.
Document parse_document(std::string_view bytes, const std::string& relative_path);

}  // namespace liaison

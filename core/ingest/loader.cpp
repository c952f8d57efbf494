#include "core/ingest/loader.h"

#include <algorithm>
#include <fstream>
#include <system_error>

#include "core/error.h"
#include "core/ingest/body.h"
#include "core/ingest/fields.h"
#include "core/ingest/front_matter.h"
#include "core/ingest/passages.h"
#include "core/tagging/manual_tags.h"
#include "core/text/utf8.h"

namespace liaison {
namespace {

std::string lower_ascii(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

/// Refuses binary content and invalid UTF-8, naming the line of the first bad byte.
void check_text(std::string_view bytes, const std::string& path) {
  if (const auto nul = bytes.find('\0'); nul != std::string_view::npos)
    throw IngestError(path, line_of_offset(bytes, nul), "binary file (NUL byte at byte " + std::to_string(nul) + ")");
  if (const auto bad = find_invalid_utf8(bytes))
    throw IngestError(path, line_of_offset(bytes, *bad), "invalid UTF-8 at byte " + std::to_string(*bad));
}

/// Field value, or "" when absent; `line` receives the key's line (0 when absent).
std::string field(const FrontMatter& fm, const std::string& key, std::size_t* line = nullptr) {
  const auto it = fm.fields.find(key);
  if (line) *line = it == fm.fields.end() ? 0 : fm.lines.at(key);
  return it == fm.fields.end() ? std::string() : it->second;
}

void fill_validated_fields(Document& doc, const FrontMatter& fm, const std::string& path) {
  std::size_t line = 0;
  doc.date = field(fm, "date", &line);
  if (!doc.date.empty() && !is_valid_date(doc.date))
    throw IngestError(path, line, "bad date '" + doc.date + "' (want YYYY-MM-DD, YYYY-MM or YYYY, 1900-2100)");

  doc.kind = lower_ascii(field(fm, "kind", &line));
  const auto& kinds = document_kinds();
  if (!doc.kind.empty() && std::find(kinds.begin(), kinds.end(), doc.kind) == kinds.end())
    throw IngestError(path, line, "unknown kind '" + doc.kind + "' (want statement, report, agreement, article, transcript or other)");

  const std::string lang = field(fm, "lang", &line);
  if (!lang.empty()) {
    const auto language = parse_language(lang);
    if (!language) throw IngestError(path, line, "unknown lang '" + lang + "' (want en, hy, az or ru)");
    doc.declared_language = *language;
  }

  doc.id = field(fm, "id", &line);
  if (!doc.id.empty() && !is_valid_document_id(doc.id))
    throw IngestError(path, line, "bad id '" + doc.id + "' (want 1 to 128 characters from A-Z a-z 0-9 . _ -)");
}

void fill_document(Document& doc, const FrontMatter& fm, const std::string& path) {
  fill_validated_fields(doc, fm, path);
  if (doc.id.empty()) {
    doc.id = derive_document_id(path);
    if (!is_valid_document_id(doc.id))
      throw IngestError(path, 0, "cannot derive an id from the path '" + doc.id + "': set 'id:' in the front matter");
  }
  doc.title = field(fm, "title");
  doc.source = field(fm, "source");
  doc.url = field(fm, "url");
  doc.origin = field(fm, "origin");
  doc.manual_areas = split_list(field(fm, "areas"));
  doc.manual_measures = split_list(field(fm, "measures"));
}

}  // namespace

bool is_loadable(const std::filesystem::path& file) {
  const std::string extension = lower_ascii(file.extension().string());
  return extension == ".md" || extension == ".txt";
}

std::string corpus_relative_path(const std::filesystem::path& file, const std::filesystem::path& corpus_root) {
  const auto relative = file.lexically_normal().lexically_relative(corpus_root.lexically_normal());
  if (relative.empty() || *relative.begin() == "..") return file.filename().generic_string();
  return relative.generic_string();
}

std::string read_corpus_file(const std::filesystem::path& file, const std::string& relative_path,
                             const LoadOptions& options) {
  std::error_code error;
  const auto size = std::filesystem::file_size(file, error);
  if (error) throw IngestError(relative_path, 0, "cannot read file: " + error.message());
  if (size > options.max_file_bytes)
    throw IngestError(relative_path, 0, "file too large: " + std::to_string(size) + " bytes (limit " +
                                            std::to_string(options.max_file_bytes) + ")");
  std::ifstream in(file, std::ios::binary);
  std::string bytes(size, '\0');
  if (!in || !in.read(bytes.data(), static_cast<std::streamsize>(size)))
    throw IngestError(relative_path, 0, "cannot read file");
  return bytes;
}

Document parse_document(std::string_view bytes, const std::string& relative_path) {
  check_text(bytes, relative_path);
  const FrontMatter fm = parse_front_matter(bytes, relative_path);
  Document doc;
  doc.path = relative_path;
  fill_document(doc, fm, relative_path);

  std::string body = clean_body(fm.body);
  if (!fm.present) {
    TitledBody titled = split_title_line(body);
    body = std::move(titled.body);
    if (doc.title.empty()) doc.title = std::move(titled.title);
  } else if (doc.title.empty()) {
    doc.title = first_line_title(body);
  }
  if (!has_words(body)) throw IngestError(relative_path, 0, "empty document");
  doc.body = std::move(body);
  doc.passages = split_passages(doc.body, doc.declared_language);
  apply_manual_tags(doc);
  return doc;
}

Document load_document(const std::filesystem::path& file, const std::filesystem::path& corpus_root,
                       const LoadOptions& options) {
  const std::string relative = corpus_relative_path(file, corpus_root);
  return parse_document(read_corpus_file(file, relative, options), relative);
}

}  // namespace liaison

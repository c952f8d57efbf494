#include "core/ingest/document_builder.h"
#include "core/text/strings.h"

#include <algorithm>

#include "core/error.h"
#include "core/ingest/body.h"
#include "core/ingest/fields.h"
#include "core/ingest/passages.h"
#include "core/ingest/speakers.h"
#include "core/text/utf8.h"

namespace liaison {
namespace {

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

  const std::string id = field(fm, "id", &line);
  if (!id.empty() && !is_valid_document_id(id))
    throw IngestError(path, line, "bad id '" + id + "' (want 1 to 128 characters from A-Z a-z 0-9 . _ -)");
  if (!id.empty()) doc.id = id;
}

}  // namespace

Document document_for_path(const std::string& path) {
  Document doc;
  doc.path = path;
  doc.id = derive_document_id(path);
  return doc;
}

void fill_document_fields(Document& doc, const FrontMatter& fm, const std::string& path) {
  fill_validated_fields(doc, fm, path);
  if (!is_valid_document_id(doc.id))
    throw IngestError(path, 0, "cannot derive an id from the path '" + doc.id + "': set 'id:' in the front matter");
  doc.title = field(fm, "title");
  doc.source = field(fm, "source");
  doc.url = field(fm, "url");
  doc.origin = field(fm, "origin");
  doc.manual_areas = split_list(field(fm, "areas"));
  doc.manual_measures = split_list(field(fm, "measures"));
  doc.manual_speakers = split_list(field(fm, "speakers"));
  for (std::string& name : split_list(field(fm, "speaker"))) doc.manual_speakers.push_back(std::move(name));
  doc.version_set = field(fm, "translations");
  doc.translation_of = field(fm, "translation_of");
  // A version that names only its original joins the original's set, keyed by the original's id.
  if (doc.version_set.empty()) doc.version_set = doc.translation_of;
}

void check_text(std::string_view bytes, const std::string& path) {
  if (const auto nul = bytes.find('\0'); nul != std::string_view::npos)
    throw IngestError(path, line_of_offset(bytes, nul), "binary file (NUL byte at byte " + std::to_string(nul) + ")");
  if (const auto bad = find_invalid_utf8(bytes))
    throw IngestError(path, line_of_offset(bytes, *bad), "invalid UTF-8 at byte " + std::to_string(*bad));
}

void finish_document(Document& doc) {
  if (!is_valid_document_id(doc.id))
    throw IngestError(doc.path, doc.line, "cannot derive an id from the path '" + doc.id + "'");
  if (!has_words(doc.body)) throw IngestError(doc.path, doc.line, "empty document");
  if (doc.passages.empty()) doc.passages = split_passages(doc.body, doc.declared_language);
  mark_speakers(doc);
}

}  // namespace liaison

#include "core/ingest/jsonl_loader.h"

#include <map>

#include <nlohmann/json.hpp>

#include "core/ingest/body.h"
#include "core/ingest/document_builder.h"
#include "core/ingest/fields.h"
#include "core/text/utf8.h"

namespace liaison {
namespace {

using nlohmann::json;

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

constexpr std::string_view kFieldKeys[] = {"id", "title", "date", "lang", "source", "kind", "url", "origin"};
constexpr std::string_view kListKeys[] = {"areas", "measures"};

/// A list field as the front matter writes it: "a, b" from "a, b" or ["a", "b"].
std::string list_value(const json& value, const std::string& key, const std::string& path, std::size_t line) {
  if (value.is_string()) return value.get<std::string>();
  if (!value.is_array()) throw IngestError(path, line, "field '" + key + "' is neither a string nor an array of strings");
  std::string joined;
  for (const json& item : value) {
    if (!item.is_string()) throw IngestError(path, line, "field '" + key + "' has an item that is not a string");
    joined += (joined.empty() ? "" : ", ") + item.get<std::string>();
  }
  return joined;
}

/// The JSON object's fields as front matter, every field on `line`.
FrontMatter fields_of(const json& object, const std::string& path, std::size_t line) {
  FrontMatter fm;
  fm.present = true;
  auto add = [&](std::string_view key, std::string value) {
    fm.fields.emplace(std::string(key), std::move(value));
    fm.lines.emplace(std::string(key), line);
  };
  for (std::string_view key : kFieldKeys) {
    const auto it = object.find(std::string(key));
    if (it == object.end() || it->is_null()) continue;
    if (!it->is_string()) throw IngestError(path, line, "field '" + std::string(key) + "' is not a string");
    add(key, it->get<std::string>());
  }
  for (std::string_view key : kListKeys) {
    const auto it = object.find(std::string(key));
    if (it != object.end() && !it->is_null()) add(key, list_value(*it, std::string(key), path, line));
  }
  return fm;
}

json parse_line(std::string_view text, const std::string& path, std::size_t line) {
  if (const auto bad = find_invalid_utf8(text))
    throw IngestError(path, line, "invalid UTF-8 at byte " + std::to_string(*bad + 1) + " of the line");
  json object = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (object.is_discarded()) throw IngestError(path, line, "not valid JSON");
  if (!object.is_object()) throw IngestError(path, line, "not a JSON object");
  return object;
}

Document document_of_line(std::string_view text, const std::string& path, std::size_t line) {
  const json object = parse_line(text, path, line);
  const auto body = object.find("body");
  if (body == object.end() || !body->is_string()) throw IngestError(path, line, "no \"body\" string");
  Document doc = document_for_path(path);
  doc.id = derive_document_id(path) + "-" + std::to_string(line);
  doc.line = line;
  fill_document_fields(doc, fields_of(object, path, line), path);
  doc.body = clean_body(body->get<std::string>());
  if (doc.title.empty()) doc.title = first_line_title(doc.body);
  finish_document(doc);
  return doc;
}

}  // namespace

LoadedFile parse_jsonl_file(std::string_view bytes, const std::string& path) {
  if (bytes.starts_with(kUtf8Bom)) bytes.remove_prefix(kUtf8Bom.size());
  LoadedFile loaded;
  std::map<std::string, std::size_t> first_line_of_id;
  std::size_t line = 0, non_blank = 0;
  for (std::size_t pos = 0; pos < bytes.size();) {
    auto end = bytes.find('\n', pos);
    if (end == std::string_view::npos) end = bytes.size();
    std::string_view text = bytes.substr(pos, end - pos);
    pos = end + 1;
    ++line;
    if (text.ends_with('\r')) text.remove_suffix(1);
    if (text.find_first_not_of(" \t") == std::string_view::npos) continue;
    ++non_blank;
    try {
      Document doc = document_of_line(text, path, line);
      const auto [first, inserted] = first_line_of_id.emplace(doc.id, line);
      if (!inserted)
        throw IngestError(path, line, "duplicate id '" + doc.id + "' (first on line " + std::to_string(first->second) + ")");
      loaded.documents.push_back(std::move(doc));
    } catch (const IngestError& e) {
      loaded.failures.push_back(e);
    }
  }
  if (non_blank == 0) throw IngestError(path, 0, "empty bulk file (no JSON lines)");
  return loaded;
}

}  // namespace liaison

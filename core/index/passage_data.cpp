#include "core/index/passage_data.h"

#include <nlohmann/json.hpp>

#include "core/error.h"

namespace liaison {
namespace {

using nlohmann::json;

json tags_to_json(const std::vector<Tag>& tags) {
  json out = json::array();
  for (const Tag& tag : tags)
    out.push_back({{"id", tag.id}, {"score", tag.score}, {"manual", tag.manual}, {"evidence", tag.evidence}});
  return out;
}

std::vector<Tag> tags_from_json(const json& array) {
  std::vector<Tag> tags;
  for (const json& item : array) {
    tags.push_back(Tag{.id = item.at("id").get<std::string>(),
                       .score = item.value("score", 0.0),
                       .manual = item.value("manual", false),
                       .evidence = item.value("evidence", std::vector<std::string>{})});
  }
  return tags;
}

Language language_from_code(const std::string& code) { return parse_language(code).value_or(Language::Unknown); }

}  // namespace

std::string encode_passage_data(const Document& document, const Passage& passage) {
  const json data = {
      {"doc", document.id},
      {"n", passage.n},
      {"page", passage.page},
      {"text", passage.text},
      {"title", document.title},
      {"date", document.date},
      {"lang", std::string(to_code(passage.language))},
      {"kind", document.kind},
      {"source", document.source},
      {"url", document.url},
      {"origin", document.origin},
      {"path", document.path},
      {"doc_lang", std::string(to_code(document.declared_language))},
      {"areas", tags_to_json(passage.areas)},
      {"measures", tags_to_json(passage.measures)},
      {"doc_areas", tags_to_json(document.areas)},
      {"doc_measures", tags_to_json(document.measures)},
  };
  // Invalid UTF-8 cannot reach here (the loader refuses it); replace rather than throw anyway.
  return data.dump(-1, ' ', false, json::error_handler_t::replace);
}

PassageData decode_passage_data(std::string_view data) {
  try {
    const json j = json::parse(data);
    PassageData out;
    Document& doc = out.document;
    doc.id = j.at("doc").get<std::string>();
    doc.title = j.value("title", "");
    doc.date = j.value("date", "");
    doc.kind = j.value("kind", "");
    doc.source = j.value("source", "");
    doc.url = j.value("url", "");
    doc.origin = j.value("origin", "");
    doc.path = j.value("path", "");
    doc.declared_language = language_from_code(j.value("doc_lang", ""));
    doc.areas = tags_from_json(j.value("doc_areas", json::array()));
    doc.measures = tags_from_json(j.value("doc_measures", json::array()));
    Passage& passage = out.passage;
    passage.n = j.at("n").get<std::uint32_t>();
    passage.page = j.value("page", 0u);
    passage.text = j.value("text", "");
    passage.language = language_from_code(j.value("lang", ""));
    passage.areas = tags_from_json(j.value("areas", json::array()));
    passage.measures = tags_from_json(j.value("measures", json::array()));
    return out;
  } catch (const json::exception& e) {
    throw IndexError(std::string("bad passage data in the index: ") + e.what());
  }
}

}  // namespace liaison

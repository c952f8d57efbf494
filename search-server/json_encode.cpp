#include "core/text/anchor.h"
#include "search-server/json_encode.h"

#include <map>

#include "core/ingest/provenance.h"
#include "core/lang/language.h"

namespace liaison::http {
namespace {

/// The seven facets are always present, so that clients need not test for them.
constexpr const char* kFacetNames[] = {"lang", "area", "measure", "kind", "source", "year", "speaker"};

/// Tags as [{"id","score","manual"?,"evidence"?}] (areas, and measures as "measure_tags").
nlohmann::json area_tags(const std::vector<Tag>& tags) {
  nlohmann::json list = nlohmann::json::array();
  for (const auto& tag : tags) {
    nlohmann::json entry = {{"id", tag.id}, {"score", tag.score}};
    if (tag.manual) entry["manual"] = true;
    if (!tag.evidence.empty()) entry["evidence"] = tag.evidence;
    list.push_back(std::move(entry));
  }
  return list;
}

nlohmann::json tag_ids(const std::vector<Tag>& tags) {
  nlohmann::json ids = nlohmann::json::array();
  for (const auto& tag : tags) ids.push_back(tag.id);
  return ids;
}

nlohmann::json facets_json(const SearchResult& result) {
  nlohmann::json facets = nlohmann::json::object();
  for (const char* name : kFacetNames) facets[name] = nlohmann::json::object();
  for (const auto& [name, counts] : result.facets) {
    nlohmann::json values = nlohmann::json::object();
    for (const auto& [value, count] : counts) values[value] = count;
    facets[name] = std::move(values);
  }
  return facets;
}

/// The document's language: the declared one, else the one most of its passages are in.
std::string document_language(const Document& document) {
  if (document.declared_language != Language::Unknown) {
    return std::string(to_code(document.declared_language));
  }
  std::map<std::string, std::size_t> counts;
  for (const auto& passage : document.passages) {
    const auto code = to_code(passage.language);
    if (!code.empty()) ++counts[std::string(code)];
  }
  std::string best;
  std::size_t best_count = 0;
  for (const auto& [code, count] : counts) {
    if (count > best_count) best = code, best_count = count;
  }
  return best;
}

nlohmann::json speakers_json(const std::vector<Speaker>& speakers) {
  nlohmann::json list = nlohmann::json::array();
  for (const Speaker& speaker : speakers) list.push_back({{"id", speaker.id}, {"name", speaker.name}});
  return list;
}

nlohmann::json passage_json(const Passage& passage) {
  nlohmann::json entry = {{"n", passage.n},
                          {"anchor", passage_anchor(passage.text)},
                          {"text", passage.text},
                          {"lang", to_code(passage.language)},
                          {"areas", area_tags(passage.areas)},
                          {"measures", tag_ids(passage.measures)},
                          {"measure_tags", area_tags(passage.measures)}};
  if (passage.page != 0) entry["page"] = passage.page;
  entry["speakers"] = speakers_json(passage.speakers);
  return entry;
}

nlohmann::json versions_json(const std::vector<VersionLink>& versions) {
  nlohmann::json list = nlohmann::json::array();
  for (const VersionLink& version : versions) {
    list.push_back({{"id", version.id}, {"lang", version.lang}, {"title", version.title}, {"date", version.date},
                    {"translation_of", version.translation_of}, {"passages", version.passages}});
  }
  return list;
}

nlohmann::json expansions_json(const std::vector<QueryExpansion>& expansions) {
  nlohmann::json list = nlohmann::json::array();
  for (const auto& expansion : expansions) {
    nlohmann::json forms = nlohmann::json::object();
    for (const auto& [lang, words] : expansion.forms) forms[lang] = words;
    list.push_back({{"typed", expansion.typed}, {"entry", expansion.entry}, {"forms", std::move(forms)}});
  }
  return list;
}

nlohmann::json mention_json(const MeasureMention& mention) {
  nlohmann::json passages = nlohmann::json::array();
  for (const auto& passage : mention.passages) {
    nlohmann::json entry = {{"n", passage.n},
                            {"anchor", passage_anchor(passage.text)},
                            {"lang", passage.lang},
                            {"text", passage.text},
                            {"score", passage.score},
                            {"evidence", passage.evidence}};
    if (!passage.status.empty()) {
      entry["status"] = passage.status;
      entry["cue"] = passage.cue;
    }
    passages.push_back(std::move(entry));
  }
  return {{"id", mention.id},         {"title", mention.title},   {"date", mention.date},
          {"kind", mention.kind},     {"source", mention.source}, {"path", mention.path},
          {"manual", mention.manual}, {"score", mention.score},   {"passages", std::move(passages)}};
}

nlohmann::json year_statuses(const std::vector<YearStatus>& statuses) {
  nlohmann::json list = nlohmann::json::array();
  for (const YearStatus& s : statuses) {
    list.push_back({{"year", s.year}, {"status", s.status}, {"doc", s.doc}, {"title", s.title}, {"date", s.date},
                    {"n", s.n}, {"anchor", passage_anchor(s.text)}, {"lang", s.lang}, {"text", s.text}, {"cue", s.cue}});
  }
  return list;
}

nlohmann::json optional_mention(const std::optional<MeasureMention>& mention) {
  return mention ? mention_json(*mention) : nlohmann::json();
}

}  // namespace

nlohmann::json to_json(const MeasureTrack& track) {
  nlohmann::json mentions = nlohmann::json::array();
  for (const auto& mention : track.mentions) mentions.push_back(mention_json(mention));
  nlohmann::json antecedents = nlohmann::json::array();
  for (const auto& mention : track.antecedents) antecedents.push_back(mention_json(mention));
  return {{"measure", track.measure},
          {"proposed", track.proposed.empty() ? nlohmann::json() : nlohmann::json(track.proposed)},
          {"antecedents", std::move(antecedents)},
          {"documents", track.documents},
          {"passages", track.passages},
          {"first", optional_mention(track.first)},
          {"latest", optional_mention(track.latest)},
          {"statuses", year_statuses(track.statuses)},
          {"mentions", std::move(mentions)}};
}

nlohmann::json to_json(const Hit& hit) {
  nlohmann::json entry = {{"id", hit.id},         {"title", hit.title},
                          {"date", hit.date},     {"lang", hit.lang},
                          {"kind", hit.kind},     {"source", hit.source},
                          {"provenance", hit.provenance},
                          {"url", hit.url},       {"score", hit.score},
                          {"areas", area_tags(hit.areas)},
                          {"measures", tag_ids(hit.measures)},
                          {"measure_tags", area_tags(hit.measures)},
                          {"passage", hit.passage},
                          {"anchor", hit.anchor},
                          {"snippet", hit.snippet},
                          {"matched_languages", hit.matched_languages},
                          {"version_set", hit.version_set},
                          {"speakers", speakers_json(hit.speakers)}};
  nlohmann::json versions = nlohmann::json::array();
  for (const HitVersion& version : hit.versions) versions.push_back({{"id", version.id}, {"lang", version.lang}});
  entry["versions"] = std::move(versions);
  if (hit.page != 0) entry["page"] = hit.page;
  return entry;
}

nlohmann::json to_json(const SearchResult& result) {
  nlohmann::json hits = nlohmann::json::array();
  for (const auto& hit : result.hits) hits.push_back(to_json(hit));
  nlohmann::json out = {{"query", result.query},
                        {"total", result.total},
                        {"exact", result.exact},
                        {"page", result.page},
                        {"size", result.size},
                        {"took_ms", result.took_ms},
                        {"hits", std::move(hits)},
                        {"facets", facets_json(result)},
                        {"did_you_mean", result.did_you_mean ? nlohmann::json(*result.did_you_mean) : nlohmann::json()},
                        {"warnings", result.warnings},
                        {"expansions", expansions_json(result.expansions)},
                        {"grouped", result.grouped},
                        {"speaker_names", result.speaker_names}};
  if (result.sample < 1.0) out["sample"] = result.sample;  // the estimates' share of the index
  if (result.partial) {  // only then: a complete answer is as it always was
    out["partial"] = true;
    out["failed_shards"] = result.failed_shards;
  }
  return out;
}

nlohmann::json to_json(const WhoSaid& who) {
  nlohmann::json speakers = nlohmann::json::array();
  for (const SpeakerStatements& speaker : who.speakers) {
    nlohmann::json statements = nlohmann::json::array();
    for (const Statement& s : speaker.statements) {
      statements.push_back({{"id", s.id}, {"title", s.title}, {"date", s.date}, {"lang", s.lang}, {"kind", s.kind},
                            {"source", s.source}, {"provenance", s.provenance}, {"passage", s.passage},
                            {"snippet", s.snippet}});
    }
    speakers.push_back({{"id", speaker.id}, {"name", speaker.name}, {"statements", std::move(statements)}});
  }
  return {{"query", who.query}, {"passages", who.passages}, {"complete", who.complete}, {"speakers", std::move(speakers)}};
}

nlohmann::json to_json(const DocumentView& view) {
  const Document& document = view.document;
  nlohmann::json passages = nlohmann::json::array();
  std::map<std::string, bool> languages;
  for (const auto& passage : document.passages) {
    passages.push_back(passage_json(passage));
    const auto code = to_code(passage.language);
    if (!code.empty()) languages[std::string(code)] = true;
  }
  nlohmann::json language_list = nlohmann::json::array();
  for (const auto& [code, present] : languages) language_list.push_back(code);
  return {{"id", document.id},
          {"title", document.title},
          {"date", document.date},
          {"lang", document_language(document)},
          {"languages", std::move(language_list)},
          {"kind", document.kind},
          {"source", document.source},
          {"provenance", std::string(to_string(provenance_of(document)))},
          {"origin", document.origin},
          {"url", document.url},
          {"path", document.path},
          {"areas", area_tags(document.areas)},
          {"measures", tag_ids(document.measures)},
          {"measure_tags", area_tags(document.measures)},
          {"version_set", document.version_set},
          {"translation_of", document.translation_of},
          {"versions", versions_json(view.versions)},
          {"passages", std::move(passages)}};
}

nlohmann::json to_json(const IndexStats& stats) {
  nlohmann::json languages = nlohmann::json::object();
  for (const auto& [code, count] : stats.languages) languages[code] = count;
  return {{"documents", stats.documents},
          {"passages", stats.passages},
          {"languages", std::move(languages)},
          {"last_indexed", stats.last_indexed}};
}

nlohmann::json error_json(const std::string& message, const std::string& parameter) {
  nlohmann::json body = {{"error", message}};
  if (!parameter.empty()) body["parameter"] = parameter;
  return body;
}

std::string dump(const nlohmann::json& body) {
  const std::string text = body.dump(-1, ' ', /*ensure_ascii=*/false, nlohmann::json::error_handler_t::replace);
  // '<', '>' and '&' occur in JSON only inside strings, where \u escapes mean the same: escaping
  // them means no response body can ever be sniffed or pasted as HTML.
  std::string escaped;
  escaped.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '<': escaped += "\\u003c"; break;
      case '>': escaped += "\\u003e"; break;
      case '&': escaped += "\\u0026"; break;
      default: escaped += c;
    }
  }
  return escaped;
}

}  // namespace liaison::http

#include <cstdint>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/analysis/analyzer.h"
#include "core/error.h"
#include "core/index/corpus_files.h"
#include "core/ingest/loader.h"
#include "core/lang/detect.h"
#include "core/tagging/cbm_tagger.h"
#include "core/tagging/domain_location.h"
#include "indexer/commands.h"

namespace liaison::cli {
namespace {

nlohmann::json tags_json(const std::vector<Tag>& tags) {
  nlohmann::json out = nlohmann::json::array();
  for (const Tag& tag : tags) out.push_back({{"id", tag.id}, {"score", tag.score}, {"evidence", tag.evidence}});
  return out;
}

void print(std::ostream& out, const nlohmann::json& line) {
  out << line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

Language language_of(const std::string& declared_code, const std::string& text) {
  const auto declared = parse_language(declared_code);
  return declared ? *declared : detect_language(text);
}

nlohmann::json passage_json(const Passage& passage) {
  return {{"lang", to_code(passage.language)}, {"areas", tags_json(passage.areas)},
          {"measures", tags_json(passage.measures)}};
}

const char* anchoring_name(Anchoring how) {
  switch (how) {
    case Anchoring::Own: return "own";
    case Anchoring::Neighbour: return "neighbour";
    case Anchoring::Document: return "document";
    case Anchoring::None: break;
  }
  return "none";
}

nlohmann::json features_json(const PassageFeatures& features) {
  nlohmann::json areas = nlohmann::json::object();
  for (const auto& [area, e] : features.areas)
    areas[area] = {{"raw", e.raw}, {"weighed", e.weighed}, {"conflict_words", e.conflict_words},
                   {"wider_world", e.wider_world}, {"beside", e.beside}, {"document_share", e.document_share},
                   {"specific", e.specific}, {"items", e.items}};
  return {{"anchoring", anchoring_name(features.how)}, {"tokens", features.tokens},
          {"whole_document", features.whole_document}, {"areas", areas}};
}

/// Tags the document; with `features`, returns what the rules weighed for each passage.
std::vector<PassageFeatures> tag_with_features(const CbmTagger& tagger, Document& document, bool features) {
  std::vector<PassageFeatures> out;
  tagger.tag(document, features ? &out : nullptr);
  return out;
}

/// {"id", "title"?, "lang"?, "passages": [{"id"?, "text"}, …]}: one document whose passages are
/// tagged together, as indexing tags them (each takes context from its neighbours and the
/// document); one output line per passage, with the document's id and the passage's number.
void tag_document(const CbmTagger& tagger, const nlohmann::json& item, std::size_t number, bool features,
                  std::ostream& out) {
  const std::string where = "stdin:" + std::to_string(number);
  Document document;
  document.id = item.value("id", where);
  document.title = item.contains("title") && item["title"].is_string() ? item["title"].get<std::string>() : "";
  const std::string code = item.value("lang", "");
  document.declared_language = parse_language(code).value_or(Language::Unknown);
  std::vector<std::string> ids;
  for (const nlohmann::json& part : item["passages"]) {
    if (!part.is_object() || !part.contains("text") || !part["text"].is_string())
      throw ConfigError(where + ": every passage must be a JSON object with a string \"text\"");
    const auto n = static_cast<std::uint32_t>(document.passages.size() + 1);
    const std::string text = part["text"].get<std::string>();
    document.passages.push_back(Passage{.n = n, .text = text, .language = language_of(code, text), .page = 0,
                                        .areas = {}, .measures = {}});
    ids.push_back(part.value("id", document.id + "#" + std::to_string(n)));
  }
  const std::vector<PassageFeatures> weighed = tag_with_features(tagger, document, features);
  for (std::size_t i = 0; i < document.passages.size(); ++i) {
    nlohmann::json line = passage_json(document.passages[i]);
    if (i < weighed.size()) line["features"] = features_json(weighed[i]);
    line["id"] = ids[i];
    line["doc"] = document.id;
    line["n"] = document.passages[i].n;
    print(out, line);
  }
}

/// Per input line, {"id", "text", "lang"?}: the passage's tags, tagged alone; or a document
/// (tag_document).
void tag_lines(const CbmTagger& tagger, std::istream& in, bool features, std::ostream& out) {
  std::string line;
  for (std::size_t number = 1; std::getline(in, line); ++number) {
    if (line.empty()) continue;
    const nlohmann::json item = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (item.is_object() && item.contains("passages") && item["passages"].is_array()) {
      tag_document(tagger, item, number, features, out);
      continue;
    }
    if (item.is_discarded() || !item.is_object() || !item.contains("text") || !item["text"].is_string())
      throw ConfigError("stdin:" + std::to_string(number) +
                        ": expected a JSON object with a string \"text\" or an array \"passages\"");
    const std::string text = item["text"].get<std::string>();
    Passage passage{.n = 1, .text = text, .language = language_of(item.value("lang", ""), text), .page = 0,
                    .areas = {}, .measures = {}};
    tagger.tag_passage(passage);
    nlohmann::json result = passage_json(passage);
    result["id"] = item.value("id", std::to_string(number));
    print(out, result);
  }
}

/// Every passage of every document of a corpus folder, as indexing would tag it.
int tag_corpus(const CbmTagger& tagger, const std::filesystem::path& corpus, bool features, std::ostream& out) {
  int status = 0;
  for (const std::string& path : list_corpus_files(corpus)) {
    try {
      for (Document& document : load_file(corpus / path, corpus).documents) {
        const std::vector<PassageFeatures> weighed = tag_with_features(tagger, document, features);
        for (std::size_t i = 0; i < document.passages.size(); ++i) {
          const Passage& passage = document.passages[i];
          nlohmann::json line = passage_json(passage);
          if (i < weighed.size()) line["features"] = features_json(weighed[i]);
          line["doc"] = document.id;
          line["n"] = passage.n;
          print(out, line);
        }
      }
    } catch (const IngestError& error) {
      std::cerr << "failed: " << error.what() << '\n';
      status = 1;
    }
  }
  return status;
}

}  // namespace

int run_tag(const TagCommandOptions& options, std::istream& in, std::ostream& out) {
  const DomainChoice domain = locate_domain({.requested = options.domain, .corpus = options.corpus, .beside_web = {}});
  if (!domain.folder) throw ConfigError("tag: no domain to tag with (give --domain or LIAISON_DOMAIN)");
  const Analyzer analyzer;
  const CbmTagger tagger(load_domain(*domain.folder), analyzer);
  if (!options.corpus.empty()) return tag_corpus(tagger, options.corpus, options.features, out);
  tag_lines(tagger, in, options.features, out);
  return 0;
}

}  // namespace liaison::cli

#include <iostream>
#include <nlohmann/json.hpp>
#include <string>

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

/// {"id": …, "text": …, "lang": optional} per input line → the passage's tags.
void tag_lines(const CbmTagger& tagger, std::istream& in, std::ostream& out) {
  std::string line;
  for (std::size_t number = 1; std::getline(in, line); ++number) {
    if (line.empty()) continue;
    const nlohmann::json item = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (item.is_discarded() || !item.is_object() || !item.contains("text") || !item["text"].is_string())
      throw ConfigError("stdin:" + std::to_string(number) + ": expected a JSON object with a string \"text\"");
    Passage passage{.n = 1, .text = item["text"].get<std::string>(), .language = Language::Unknown,
                    .page = 0, .areas = {}, .measures = {}};
    const std::string code = item.value("lang", "");
    const auto declared = parse_language(code);
    passage.language = declared ? *declared : detect_language(passage.text);
    tagger.tag_passage(passage);
    print(out, {{"id", item.value("id", std::to_string(number))}, {"lang", to_code(passage.language)},
                {"areas", tags_json(passage.areas)}, {"measures", tags_json(passage.measures)}});
  }
}

/// Every passage of every document of a corpus folder, as indexing would tag it.
int tag_corpus(const CbmTagger& tagger, const std::filesystem::path& corpus, std::ostream& out) {
  int status = 0;
  for (const std::string& path : list_corpus_files(corpus)) {
    try {
      for (Document& document : load_file(corpus / path, corpus).documents) {
        tagger.tag(document);
        for (const Passage& passage : document.passages) {
          print(out, {{"doc", document.id}, {"n", passage.n}, {"lang", to_code(passage.language)},
                      {"areas", tags_json(passage.areas)}, {"measures", tags_json(passage.measures)}});
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
  if (!options.corpus.empty()) return tag_corpus(tagger, options.corpus, out);
  tag_lines(tagger, in, out);
  return 0;
}

}  // namespace liaison::cli

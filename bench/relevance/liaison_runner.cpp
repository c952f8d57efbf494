#include "bench/relevance/liaison_runner.h"

#include <algorithm>

#include "core/analysis/analyzer.h"
#include "core/error.h"
#include "core/index/writer.h"
#include "core/search/domain_lexicon.h"
#include "core/search/searcher.h"
#include "core/tagging/cbm_tagger.h"

namespace liaison::relevance {

LiaisonRunner::LiaisonRunner(const LiaisonRunnerOptions& options) : analyzer_(std::make_unique<Analyzer>()) {
  BuildOptions build;
  std::unique_ptr<const CbmTagger> tagger;
  if (!options.domain.empty()) {
    tagger = std::make_unique<const CbmTagger>(load_domain(options.domain), *analyzer_);
    build.tagger = tagger.get();
    lexicon_ = load_domain_lexicon(options.domain, *analyzer_);
  }
  const BuildReport report = build_index(options.corpus, options.db, *analyzer_, build);
  if (report.failed > 0) throw IndexError("The benchmark corpus has " + std::to_string(report.failed) + " bad files");
  db_ = options.db;
  group_versions_ = options.group_versions;
  set_ranking(options.ranking);
}

void LiaisonRunner::set_ranking(const query::QueryContext& ranking) {
  searcher_ = std::make_unique<Searcher>(db_, *analyzer_, SearcherOptions{.lexicon = lexicon_, .ranking = ranking});
}

LiaisonRunner::~LiaisonRunner() = default;

Ranking LiaisonRunner::rank(const std::string& query, std::size_t depth) {
  SearchRequest request;
  request.query = query;
  request.mode = SearchMode::Documents;
  request.size = static_cast<std::uint32_t>(std::min<std::size_t>(depth, 100));
  request.facets = false;
  request.group_versions = group_versions_;
  request.cross_language = searcher_->wants_cross_language(query);
  Ranking ranking;
  for (const Hit& hit : searcher_->search(request).hits) ranking.push_back(hit.id);
  return ranking;
}

std::string LiaisonRunner::text_of(const std::string& doc_id) {
  const auto known = texts_.find(doc_id);
  if (known != texts_.end()) return known->second;
  const std::optional<DocumentView> view = searcher_->get_document(doc_id);
  const std::string text = view && !view->document.version_set.empty() ? view->document.version_set : doc_id;
  texts_.emplace(doc_id, text);
  return text;
}

}  // namespace liaison::relevance

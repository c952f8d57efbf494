#pragma once
// Liaison as the relevance benchmark runs it: the corpus indexed as the indexer does (with the
// domain's tagger), then searched in documents mode as the server does.
#include <filesystem>
#include <map>
#include <memory>
#include <string>

#include "bench/relevance/metrics.h"
#include "core/query/builder.h"

namespace liaison {
class Analyzer;
class Searcher;
class DomainLexicon;
}  // namespace liaison

namespace liaison::relevance {

struct LiaisonRunnerOptions {
  std::filesystem::path corpus;  ///< corpus/documents
  std::filesystem::path domain;  ///< corpus/domain ("" for none: no tagger, no cross-language)
  std::filesystem::path db;      ///< where to build the index (created or updated)
  query::QueryContext ranking{};  ///< the weights searched with (defaults: the product's)
  bool group_versions = true;     ///< one hit per text, as the server does (SearchRequest::group_versions)
};

/// Builds the index once, then ranks queries.
class LiaisonRunner {
 public:
  explicit LiaisonRunner(const LiaisonRunnerOptions& options);
  ~LiaisonRunner();
  LiaisonRunner(const LiaisonRunner&) = delete;
  LiaisonRunner& operator=(const LiaisonRunner&) = delete;

  /// The first `depth` (≤ 100) documents for `query`. Cross-language expansion is on when the
  /// server's default turns it on (Searcher::wants_cross_language).
  Ranking rank(const std::string& query, std::size_t depth = 100);

  /// The text `doc_id` is a version of: its set of versions' key, else its own id.
  std::string text_of(const std::string& doc_id);

  /// Searches with other weights from now on (the index stays).
  void set_ranking(const query::QueryContext& ranking);

 private:
  std::unique_ptr<Analyzer> analyzer_;
  std::shared_ptr<const DomainLexicon> lexicon_;
  std::filesystem::path db_;
  std::unique_ptr<Searcher> searcher_;
  bool group_versions_ = true;
  std::map<std::string, std::string> texts_;  ///< text_of's answers so far
};

}  // namespace liaison::relevance

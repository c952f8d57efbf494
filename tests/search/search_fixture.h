#pragma once
// A real on-disk index built with build_index over a small corpus written by the test.
#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "core/analysis/analyzer.h"
#include "core/index/writer.h"
#include "core/search/domain_lexicon.h"
#include "core/search/searcher.h"
#include "core/tagging/tagger.h"
#include "tests/support/corpus_doc.h"
#include "tests/support/temp_dir.h"

namespace liaison::testing {

/// `values` sorted, to compare result sets regardless of rank.
inline std::vector<std::string> sorted(std::vector<std::string> values) {
  std::sort(values.begin(), values.end());
  return values;
}

/// How a SearchIndex is built and opened besides the defaults.
struct SearchIndexOptions {
  const Tagger* tagger = nullptr;                     ///< tags passages at index time
  std::shared_ptr<const DomainLexicon> lexicon = {};  ///< for cross-language search
};

/// Writes the corpus, indexes it and opens a Searcher on the index.
class SearchIndex {
 public:
  explicit SearchIndex(const std::vector<CorpusDoc>& docs, const SearchIndexOptions& options = {}) {
    for (const CorpusDoc& doc : docs) corpus_.write(doc.lang + "/" + doc.id + ".md", to_markdown(doc));
    BuildOptions build_options;
    build_options.tagger = options.tagger;
    const BuildReport report = build_index(corpus_.path(), db_path(), analyzer_, build_options);
    EXPECT_EQ(report.failed, 0u) << (report.failures.empty() ? "" : report.failures.front().reason);
    searcher_ = std::make_unique<Searcher>(db_path(), analyzer_, SearcherOptions{.lexicon = options.lexicon});
  }

  std::filesystem::path db_path() const { return db_.path() / "index"; }
  const Analyzer& analyzer() const { return analyzer_; }
  Searcher& searcher() { return *searcher_; }

  SearchResult search(SearchRequest request) { return searcher_->search(request); }
  SearchResult search(const std::string& query) {
    SearchRequest request;
    request.query = query;
    return searcher_->search(request);
  }

  /// Ids of the hits, in rank order.
  std::vector<std::string> ids(const SearchResult& result) const {
    std::vector<std::string> out;
    for (const Hit& hit : result.hits) out.push_back(hit.id);
    return out;
  }
  std::vector<std::string> ids(const std::string& query) { return ids(search(query)); }

 private:
  TempDir corpus_;
  TempDir db_;
  Analyzer analyzer_;
  std::unique_ptr<Searcher> searcher_;
};

}  // namespace liaison::testing

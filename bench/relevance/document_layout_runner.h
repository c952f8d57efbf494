#pragma once
// Liaison's queries on the document layout of bench_layout (issue #15: one Xapian document per
// document), for `bench_relevance --layout document`: the same analyzer, tagger, query builder,
// cross-language and typo lookups and second ranking phase as the product, without collapsing.
#include <memory>
#include <string>

#include <xapian.h>

#include "bench/relevance/liaison_runner.h"

namespace liaison {
class Analyzer;
class DomainLexicon;
}  // namespace liaison

namespace liaison::relevance {

class DocumentLayoutRunner {
 public:
  explicit DocumentLayoutRunner(const LiaisonRunnerOptions& options);
  ~DocumentLayoutRunner();
  Ranking rank(const std::string& query, std::size_t depth = 100);

 private:
  std::unique_ptr<Analyzer> analyzer_;
  std::shared_ptr<const DomainLexicon> lexicon_;
  std::unique_ptr<Xapian::Database> db_;
  query::QueryContext ranking_;
};

}  // namespace liaison::relevance

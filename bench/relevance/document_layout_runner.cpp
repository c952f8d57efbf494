#include "bench/relevance/document_layout_runner.h"

#include "bench/common/document_layout.h"
#include "core/analysis/analyzer.h"
#include "core/error.h"
#include "core/index/corpus_files.h"
#include "core/index/schema.h"
#include "core/ingest/loader.h"
#include "core/query/ast.h"
#include "core/query/parser.h"
#include "core/search/document_scope.h"
#include "core/search/domain_lexicon.h"
#include "core/search/rescore.h"
#include "core/search/typo_neighbours.h"
#include "core/tagging/cbm_tagger.h"

namespace liaison::relevance {

DocumentLayoutRunner::DocumentLayoutRunner(const LiaisonRunnerOptions& options)
    : analyzer_(std::make_unique<Analyzer>()), ranking_(options.ranking) {
  std::unique_ptr<const CbmTagger> tagger;
  if (!options.domain.empty()) {
    tagger = std::make_unique<const CbmTagger>(load_domain(options.domain), *analyzer_);
    lexicon_ = load_domain_lexicon(options.domain, *analyzer_);
  }
  {
    Xapian::WritableDatabase db(options.db.string(), Xapian::DB_CREATE_OR_OVERWRITE);
    for (const std::string& relative : list_corpus_files(options.corpus)) {
      LoadedFile file = load_file(options.corpus / relative, options.corpus);
      for (Document& doc : file.documents) {
        if (tagger) tagger->tag(doc);
        db.add_document(bench::make_layout_document(doc, *analyzer_));
      }
    }
    db.commit();
  }
  db_ = std::make_unique<Xapian::Database>(options.db.string());
}

DocumentLayoutRunner::~DocumentLayoutRunner() = default;

Ranking DocumentLayoutRunner::rank(const std::string& text, std::size_t depth) {
  const query::ParseResult parsed = query::parse(text);
  if (!parsed.root) return {};
  query::QueryContext context = ranking_;
  const search::IndexTypoNeighbours typos(*db_);
  const search::IndexDocumentScope documents(*db_);
  context.typos = &typos;
  context.documents = &documents;
  const std::string words = query::words_beside_filters(*parsed.root);
  if (lexicon_ && !words.empty() && lexicon_->is_entry(words)) context.cross_language = lexicon_.get();
  const query::BuiltQuery built = query::build_query(parsed.root.get(), *analyzer_, context);
  if (built.query.empty()) return {};
  Xapian::Enquire enquire(*db_);
  enquire.set_query(built.query);
  enquire.set_weighting_scheme(Xapian::BM25Weight());
  const Xapian::MSet mset = enquire.get_mset(0, static_cast<Xapian::doccount>(std::min<std::size_t>(depth, 100)));
  std::vector<search::RankedDocument> ranked = search::in_mset_order(mset);
  if (!built.proximity_bonus.empty()) search::add_bonus(*db_, built.proximity_bonus, mset, ranked);
  Ranking ranking;
  for (const search::RankedDocument& hit : ranked) ranking.push_back(mset[hit.rank].get_document().get_value(schema::DocId));
  return ranking;
}

}  // namespace liaison::relevance

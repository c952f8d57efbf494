#include <cstdio>
#include <iostream>
#include <memory>

#include "core/analysis/analyzer.h"
#include "core/error.h"
#include "core/index/corpus_files.h"
#include "core/ingest/loader.h"
#include "core/tagging/domain_location.h"
#include "core/tagging/phrase_matcher.h"
#include "core/tagging/version_pairs.h"
#include "indexer/commands.h"

namespace liaison::cli {
namespace {

std::string two_places(double value) {
  char text[16];
  std::snprintf(text, sizeof text, "%.2f", value);
  return text;
}

}  // namespace

int run_pairs(const PairsCommandOptions& options, std::ostream& out) {
  int status = 0;
  std::vector<Document> documents;
  for (const std::string& path : list_corpus_files(options.corpus)) {
    try {
      for (Document& document : load_file(options.corpus / path, options.corpus).documents) documents.push_back(std::move(document));
    } catch (const IngestError& error) {
      std::cerr << "failed: " << error.what() << '\n';
      status = 1;
    }
  }
  const Analyzer analyzer;
  const DomainChoice choice = locate_domain({.requested = options.domain, .corpus = options.corpus, .beside_web = {}});
  std::unique_ptr<const Domain> domain;
  std::unique_ptr<const PhraseMatcher> names;
  if (choice.folder) {
    domain = std::make_unique<const Domain>(load_domain(*choice.folder));
    names = std::make_unique<const PhraseMatcher>(
        *domain, analyzer, PhraseMatcher::Options{.concepts = false, .measures = false, .names = true, .surnames = true});
  }
  const std::vector<PairProposal> proposals = propose_version_pairs(documents, names.get(), analyzer);
  for (const PairProposal& pair : proposals) {
    out << "proposed: " << pair.first << " (" << pair.first_lang << ") = " << pair.second << " (" << pair.second_lang
        << "): likeness " << two_places(pair.likeness) << ", numbers " << two_places(pair.numbers) << ", names "
        << two_places(pair.names) << (pair.same_url ? ", same url" : "") << '\n';
  }
  out << proposals.size() << " proposed pairs among " << documents.size()
      << " documents; nothing was linked: to confirm a pair, give both files the same 'translations:' key\n";
  return status;
}

}  // namespace liaison::cli

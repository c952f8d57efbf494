#pragma once
// The CBM tagger: thesaurus concepts and measure aliases found in a passage (through the same
// analysis as search, so inflected forms count) decide its areas and measures.
#include <cstddef>
#include <string>

#include "core/tagging/domain.h"
#include "core/tagging/phrase_matcher.h"
#include "core/tagging/tagger.h"

namespace liaison {

class Analyzer;

/// The rules' knobs. The defaults were set on the train split of tests/data/labels.tsv.
struct CbmTaggerOptions {
  /// Evidence an area needs on one passage: a concept of one area counts 1, of two areas 0.5
  /// each; a measure alias counts measure_area_weight for the measure's area.
  double min_area_evidence = 1.0;
  /// An area whose evidence is below this share of the passage's strongest area is dropped.
  double relative_area_evidence = 0.3;
  std::size_t max_areas_per_passage = 3;
  /// What a reference to a measure adds to the evidence for the measure's area.
  double measure_area_weight = 1.5;
  /// Each further phrase token of a matched multi-word term adds this share of its weight.
  double multiword_bonus = 0.25;
  std::size_t max_evidence = 8;  ///< evidence strings kept per tag
};

/// Tags passages with CBM areas and measures from a Domain:
/// - areas: the concepts (thesaurus terms) and measure aliases found in the passage, weighted
///   by how specific they are (a concept of one area counts more than one of three; a phrase of
///   several words more than one word; a repeated concept less than a new one); areas with
///   enough evidence are kept, at most max_areas_per_passage, strongest first;
/// - measures: a measure is referenced by a multi-word alias, or by a one-word alias that is no
///   thesaurus term (a distinctive name such as an acronym);
/// - the document: the union of its passages' tags; a tag's score is 1 − Π(1 − passage score).
/// Every tag's evidence lists what triggered it: "demining (разминирования)" for a concept,
/// the phrase as written ("Совместной группы мониторинга") for a measure.
/// Immutable after construction; tag() is safe from several threads.
class CbmTagger final : public Tagger {
 public:
  /// `analyzer` must outlive the tagger (the same Analyzer the index is built with).
  CbmTagger(Domain domain, const Analyzer& analyzer, const CbmTaggerOptions& options = {});
  CbmTagger(const CbmTagger&) = delete;
  CbmTagger& operator=(const CbmTagger&) = delete;

  void tag(Document& document) const override;

  /// "cbm-<rules version>-<domain files' hash>-<options hash>".
  std::string fingerprint() const override;

  /// Sets one passage's areas and measures (tag() does this for every passage).
  void tag_passage(Passage& passage) const;

  const Domain& domain() const { return domain_; }

 private:
  Domain domain_;  // declared before matcher_, which refers to it
  const Analyzer& analyzer_;
  CbmTaggerOptions options_;
  PhraseMatcher matcher_;
};

}  // namespace liaison

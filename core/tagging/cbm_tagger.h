#pragma once
// The CBM tagger: thesaurus concepts and measure aliases found in a passage (through the same
// analysis as search, so inflected forms count) decide its areas and measures.
#include <cstddef>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/tagging/area_features.h"
#include "core/tagging/document_context.h"
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
  /// A passage's area scores 1 − e^(−evidence/area_score_scale). 1.2 fits the share of area tags
  /// the UN dev labels confirm at each evidence (maximum likelihood; 2, the scale before, said
  /// 0.39 where the labels confirm 0.54): a score reads as the chance that the tag is right on
  /// real speeches — 0.57 at the floor (one concept), 0.71 at 1.5, 0.81 at 2, 0.92 at 3.
  double area_score_scale = 1.2;
  /// An area whose evidence is below this share of the passage's strongest area is dropped.
  double relative_area_evidence = 0.4;
  /// A passage longer than this many tokens (a speech's paragraph) passes from one topic to the
  /// next: an area there is dropped only below long_relative_area_evidence of the strongest.
  /// Chosen on UN dev and bundled train (alone: macro-F1 0.621 → 0.670 and 0.843 → 0.848).
  std::size_t long_passage_tokens = 60;
  double long_relative_area_evidence = 0.25;
  /// Whether an area named by a full-weight concept of the conflict's own vocabulary (a concept
  /// with anchors_side: refugees, war crimes, blockade) is kept however strong another area is
  /// (alone: UN dev macro-F1 0.621 → 0.646, bundled train 0.843 → 0.856).
  bool conflict_words_keep_area = true;
  std::size_t max_areas_per_passage = 3;
  /// Whether a concept that shares a phrase with a measure's aliases references the measure.
  bool concepts_reference_measures = true;
  /// What a reference to a measure adds to the evidence for the measure's area.
  double measure_area_weight = 1.5;
  /// The share of measure_area_weight a broad alias (measures.json broad_aliases) gives its
  /// measure's area: below 1/measure_area_weight, it tags the area only beside another word of it.
  double broad_alias_share = 0.5;
  /// Each further phrase token of a matched multi-word term adds this share of its weight.
  double multiword_bonus = 0.25;
  std::size_t max_evidence = 8;  ///< evidence strings kept per tag
  /// Gazetteer persons, organisations and events (leaders, the EU, the Brussels meeting) are
  /// actors and occasions of diplomacy: each adds this much evidence for `names_area`.
  double name_weight = 0.5;
  std::string names_area = "diplomacy";
  /// A measure alias of at least this many content words also references the measure when
  /// its words all occur in one sentence, in any order, within a few words of each other
  /// ("support programmes that help civil-society groups"); 0: never.
  std::size_t loose_alias_words = 3;
  /// What such a loose match weighs, as a share of the alias written as listed.
  double loose_weight = 0.5;
  /// A document lists an area when the sum of its passages' scores for it is at least this
  /// share of the strongest area's (its passages keep all of theirs). Chosen on the train split:
  /// a document's areas against those on a quarter (a third) of its labelled passages, F1 0.871
  /// (0.864) at a third; the union of the passages' areas, 0.727 (0.591).
  double document_area_weight = 1.0 / 3.0;
  /// A document is about the conflict as a whole when its title is anchored, or when no more
  /// than this many passages in a row lack an anchor (document_context.h). The bundled
  /// statements never leave the subject for longer; a UN speech does, for its other subjects.
  std::size_t whole_document_max_gap = 3;
  /// What the words of a passage anchored only by its context (a neighbour, the document)
  /// weigh: one concept alone (evidence 1) is not enough there, two are (1.2). Names of the
  /// wider world (the UN, the EU: gazetteer anchor false) count nothing there: in a UN speech
  /// they are its occasion, not its subject (UN dev macro-F1 0.800 → 0.804, train 0.886 → 0.884).
  /// Words of the conflict itself (concepts that anchor beside one side: blockade, refugees,
  /// ceasefire) count in full there: beside a passage on the conflict they continue it (fresh
  /// UN split 0.867 → 0.872, bundled train 0.887 → 0.892, UN dev unchanged).
  double context_weight = 0.6;
  /// Such a passage's area also gains this share of the area's evidence in its anchored
  /// neighbours (a word of the subject they speak of continues it), and document_support times
  /// the area's share of the evidence in the document's anchored passages (what the document
  /// is about where it names the conflict). Chosen on UN dev (each speech tagged as one
  /// document) and bundled train: macro-F1 0.800 and 0.886; without either, 0.799 and 0.861.
  double neighbour_support = 0.1;
  double document_support = 0.2;
  /// Where the word that gives an ambiguous concept its sense must be, in a document that is not
  /// about the conflict as a whole (a speech that also speaks of its own schools and elections):
  /// within this many sentences of the mention, in its passage; kWholeContext: anywhere in the
  /// passage, its neighbours or the title, as in a document about the conflict as a whole.
  /// On UN dev (labels read in context) and bundled train, one sentence either side for both:
  /// macro-F1 0.752 → 0.858 and 0.884 → 0.884 (education P 0.333 → 1.000, public-space P 0.806
  /// → 0.860); the same sentence only: 0.855; two either side: 0.855.
  static constexpr std::size_t kWholeContext = static_cast<std::size_t>(-1);
  /// For `needs` ("human rights" beside harm of the conflict).
  std::size_t needs_sentences = 1;
  /// For `needs_conflict` (schooling beside a word of the conflict).
  std::size_t conflict_sentences = 1;
};

/// Tags passages with CBM areas and measures from a Domain:
/// - areas: the concepts (thesaurus terms) and measure aliases found in the passage, weighted
///   by how specific they are (a concept of one area counts more than one of three; a phrase of
///   several words more than one word; a repeated concept less than a new one); areas with
///   enough evidence are kept, at most max_areas_per_passage, strongest first;
/// - context: when the thesaurus declares words of the conflict's context, a passage is tagged
///   only when anchored in it — a name or concept of the conflict (Karabakh, line of contact),
///   both sides named (Armenia/Armenians and Azerbaijan), or one side with a word of the
///   conflict (occupation, ceasefire). In a document, a passage may take its anchor from its
///   context (document_context.h): from the document when it is about the conflict as a whole
///   (its title anchored, or no long run of passages without an anchor), else from an anchored
///   neighbour inside it. Such a passage's words weigh context_weight, raised by what its
///   anchored neighbours say of the same area (neighbour_support); it references a measure only
///   when the document anchors it.
///   Passages anchored by the region's trade routes alone (of_conflict false) are tagged but do
///   not make a document about the conflict as a whole; an anchor concept with `needs` anchors
///   only with what it needs near it ("Armenian genocide" beside its recognition); a passage
///   that names a place of another conflict (gazetteer elsewhere: Syria) gets nothing unless a
///   name or concept of this conflict or both sides anchor it.
///   A concept with `needs` counts only beside one of the ids it needs ("environment" beside
///   border villages) — in the passage, its neighbours or the document's title when the
///   document is about the conflict as a whole, else within needs_sentences sentences of it —
///   and one phrase counts once per area;
/// - measures: a measure is referenced by any of its aliases, and by the terms of a concept
///   that shares a phrase with its aliases (the concept speaks of the measure's subject, in all
///   its synonyms and languages: "пленные" for B04 through the concept of captives); a broad
///   alias or a concept alone is not enough: it needs a second, different cue of the measure;
/// - scores: a passage's area scores 1 − e^(−evidence/1.2), calibrated on real speeches (0.57
///   for one concept of one area, 0.81 for two, 0.92 for three: about the share of such tags
///   that are right), a measure 1 − e^(−evidence) (0.63 for one alias);
/// - the document: the areas it is mainly about (document_tags.h main_areas: ranked by the sum
///   of their passages' scores, those of at least a third of the strongest's, scored by their
///   share), and the union of its passages' measures (score 1 − Π(1 − passage score)).
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
  /// The same, and when `features` is given, what the rules weighed for each passage before
  /// deciding (one entry per passage, in order).
  void tag(Document& document, std::vector<PassageFeatures>* features) const;

  /// "cbm-<rules version>-<domain files' hash>-<options hash>".
  std::string fingerprint() const override;

  /// Sets one passage's areas and measures (tag() does this for every passage).
  void tag_passage(Passage& passage) const;

  const Domain& domain() const { return domain_; }

 private:
  /// What one passage says for one tag.
  struct Tally {
    double evidence = 0.0;
    std::vector<std::string> items;  ///< evidence strings, first seen first, no repeats
    /// A measure: referenced by one of its (not broad) aliases. An area: named by a full word
    /// of the conflict's vocabulary, which keeps it beside a stronger area.
    bool specific = false;
    /// An area: the part of `evidence` given by names of the wider world (gazetteer anchor
    /// false: the UN, the EU), which a passage anchored only by its context does not count.
    double wider_world = 0.0;
    /// An area: the part of `evidence` given by words of the conflict itself (concepts that
    /// anchor beside one side: blockade, refugees, ceasefire), which a passage anchored by its
    /// context counts in full.
    double conflict_words = 0.0;
    std::set<std::string> sources;   ///< a measure: the distinct phrases and concepts citing it
    void add_item(std::string item, std::size_t limit);
  };
  struct Mention;
  struct PassageEvidence;

  /// What the passage mentions, before any of it is weighed.
  PassageEvidence collect(const Passage& passage) const;
  /// What the document's title mentions (nothing when it has none).
  PassageEvidence collect_title(const Document& document) const;
  void note_presence(const EntryRef& ref, std::uint32_t sentence, PassageEvidence& evidence) const;
  /// Whether a concept's `needs` are met for its mention in `sentence` (needs_sentences).
  bool needs_met(const std::vector<std::string>& needs, std::uint32_t sentence, const PassageEvidence& evidence) const;
  /// Whether a word of the conflict is near enough for schooling in `sentence` (conflict_sentences).
  bool conflict_near(std::uint32_t sentence, const PassageEvidence& evidence) const;
  void add_evidence(const EntryRef& ref, const Mention& mention, PassageEvidence& evidence) const;
  /// What a measure's alias found as `written` counts as among the measure's cues: the concept
  /// among `entries` that shares only broad aliases with the measure (its phrases are one cue
  /// together), else the phrase.
  std::string measure_cue(const std::vector<EntryRef>& entries, std::uint32_t measure, const std::string& written) const;
  /// Whether one of `entries` (what one phrase stands for) is a concept of `area`.
  bool names_concept_of(const std::vector<EntryRef>& entries, const std::string& area) const;
  /// Weighs what the passage mentions, in its context: the evidence per area and measure.
  void weigh(PassageEvidence& evidence) const;
  /// For each passage anchored by its context only (`how`), its areas' evidence weighed in that
  /// context (context_weight, neighbour_support, document_support). `for_features`: every
  /// passage's, with the evidence strings (indexing leaves the others empty).
  std::vector<std::map<std::string, AreaEvidence>> in_context(const std::vector<PassageEvidence>& evidence,
                                                              const std::vector<Anchoring>& how, bool for_features) const;
  /// Sets the passage's areas and measures from its weighed evidence: none when nothing
  /// anchors it; no measure when only a neighbour does.
  void decide(PassageEvidence& evidence, Anchoring how, Passage& passage) const;
  /// The areas with enough evidence, strongest first, at most max_areas_per_passage; `tokens`
  /// is the passage's length.
  std::vector<Tag> select_areas(std::map<std::string, Tally>& areas, std::size_t tokens) const;

  Domain domain_;  // declared before matcher_, which refers to it
  const Analyzer& analyzer_;
  CbmTaggerOptions options_;
  PhraseMatcher matcher_;  ///< thesaurus terms and measure aliases
  PhraseMatcher names_;    ///< gazetteer names, apart so that they hide no term inside them
  /// Per concept: the measures one of whose aliases is also one of its terms. A concept that
  /// shares a phrase with a measure speaks of the measure's subject: its other terms and
  /// translations reference the measure too ("пленные" and "captives" for B04).
  std::vector<std::vector<std::uint32_t>> concept_measures_;
  /// Per concept: those of its measures that share a specific (not broad) alias with it. The
  /// phrases of a concept linked by a broad alias only are one cue of the measure together.
  std::vector<std::set<std::uint32_t>> concept_measures_specific_;
  /// Whether a passage must be anchored in the conflict to be tagged: when the thesaurus
  /// declares words of the conflict's context (anchor, party, anchors_side). A domain that
  /// declares none (an older one, a test's) tags every passage on its words alone.
  bool needs_anchor_ = false;
};

}  // namespace liaison

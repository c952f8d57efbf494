#include "core/tagging/cbm_tagger.h"
#include "core/tagging/speakers.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <sstream>

#include "core/analysis/analyzer.h"
#include "core/tagging/document_context.h"
#include "core/tagging/document_tags.h"

namespace liaison {
namespace {

/// Bumped whenever the rules below change what they tag, so that indexes are tagged again.
/// 5: English forms and thesaurus weights (issue 16); 6: speakers resolved through the gazetteer;
/// 7: second topics of long passages, conflict words keep their area, exact forms, broad aliases at half weight;
/// 8: schooling in the conflict's sense (needs_conflict), area scores calibrated on real speeches, a broad
/// alias that is also a concept's term is one cue of its measure and counts once for its area;
/// 9: a passage anchored by its context (a neighbour, the document) weighs its words less and gains what its
/// anchored neighbours and the document say of the same area; a document is on topic as a whole by its runs
/// of unanchored passages, not by a third of them anchored; a capitalised word also has its common stem;
/// 10: in a document not about the conflict as a whole, an ambiguous concept takes its sense from the sentences
/// near it only;
/// 11: a concept with `anchor` and `needs` anchors a passage only with what it needs near it; the phrases of
/// a concept that shares only a broad alias with a measure are one cue of it, not one each; trade routes are
/// no words of the conflict for a country's own economy (thesaurus of_conflict false), and passages they anchor
/// do not make a document about the conflict as a whole;
/// 12: a passage that names a place of another conflict (gazetteer elsewhere) gets nothing unless a name or
/// concept of this conflict or both sides anchor it;
/// 13: in a passage anchored by its context only, words of the conflict itself (anchors_side) count in full;
/// 14: no rule changed: the round 9 domain (reciprocity and natural resources at half weight, youth
/// organisations and textbooks in the conflict's sense, victims' lists apart from schooling, the economic
/// gains of peace) changes outputs.
constexpr const char* kRulesVersion = "14";

/// The text a match covers, as the author wrote it.
std::string surface(const std::string& text, const std::vector<Token>& tokens, const PhraseMatch& match) {
  const std::size_t begin = tokens[match.first].byte_begin;
  return text.substr(begin, tokens[match.last].byte_end - begin);
}

PhraseMatcher::Options term_phrases(const CbmTaggerOptions& options) {
  return PhraseMatcher::Options{.concepts = true,
                                .measures = true,
                                .names = false,
                                .surnames = false,
                                .english_word_forms = true,
                                .loose_min_words = options.loose_alias_words,
                                .common_stems_of_capitals = true};
}

PhraseMatcher::Options name_phrases() {
  return PhraseMatcher::Options{.concepts = false, .measures = false, .names = true, .surnames = true};
}

}  // namespace

CbmTagger::CbmTagger(Domain domain, const Analyzer& analyzer, const CbmTaggerOptions& options)
    : domain_(std::move(domain)), analyzer_(analyzer), options_(options),
      matcher_(domain_, analyzer, term_phrases(options)), names_(domain_, analyzer, name_phrases()),
      concept_measures_(domain_.concepts.size()), concept_measures_specific_(domain_.concepts.size()),
      needs_anchor_(std::any_of(domain_.concepts.begin(), domain_.concepts.end(), [](const ConceptEntry& entry) {
        return entry.anchor || entry.anchors_side || !entry.party.empty();
      })) {
  if (!options_.concepts_reference_measures) return;
  for (std::size_t c = 0; c < domain_.concepts.size(); ++c) {
    for (const auto& [language, terms] : domain_.concepts[c].terms) {
      for (const std::string& term : terms) {
        const std::vector<EntryRef>* entries = matcher_.find_exact(analyzer.analyze(term, language));
        if (!entries) continue;
        for (const EntryRef& ref : *entries) {
          std::vector<std::uint32_t>& linked = concept_measures_[c];
          if (ref.kind != EntryKind::Measure) continue;
          if (std::find(linked.begin(), linked.end(), ref.index) == linked.end()) linked.push_back(ref.index);
          if (!ref.broad) concept_measures_specific_[c].insert(ref.index);
        }
      }
    }
  }
}

std::string CbmTagger::fingerprint() const {
  std::ostringstream out;
  out << "cbm-" << kRulesVersion << '-' << domain_.fingerprint << '-' << options_.min_area_evidence << ','
      << options_.relative_area_evidence << ',' << options_.max_areas_per_passage << ','
      << options_.measure_area_weight << ',' << options_.multiword_bonus << ',' << options_.max_evidence << ','
      << options_.name_weight << ',' << options_.names_area << ',' << options_.concepts_reference_measures << ','
      << options_.loose_alias_words << ',' << options_.loose_weight << ',' << options_.document_area_weight << ','
      << options_.long_passage_tokens << ',' << options_.long_relative_area_evidence << ','
      << options_.conflict_words_keep_area << ',' << options_.broad_alias_share << ',' << options_.area_score_scale << ','
      << options_.whole_document_max_gap << ',' << options_.context_weight << ',' << options_.neighbour_support << ','
      << options_.document_support << ',' << options_.needs_sentences << ',' << options_.conflict_sentences;
  return out.str();
}

void CbmTagger::Tally::add_item(std::string item, std::size_t limit) {
  if (items.size() < limit && std::find(items.begin(), items.end(), item) == items.end()) items.push_back(std::move(item));
}

/// One matched phrase: the entries it stands for, as written.
struct CbmTagger::Mention {
  const std::vector<EntryRef>* entries = nullptr;
  std::string written;
  double weight = 1.0;  ///< below 1 for a loose match of a long alias
  std::uint32_t sentence = 0;  ///< the sentence of the passage it is in
};

/// What one passage mentions, then the evidence it gives per area and per measure.
struct CbmTagger::PassageEvidence {
  std::vector<Mention> mentions;  ///< in the order of the text
  std::set<std::string> present;  ///< ids of the concepts and names the passage mentions
  /// Per id present, the sentences that mention it; and the sentences with a word of the conflict.
  std::map<std::string, std::set<std::uint32_t>> present_at;
  std::set<std::uint32_t> conflict_sentences;
  /// The ids its surroundings mention (the neighbouring passages, the document's title): a
  /// concept's `needs` may be met there ("women" in a document about border villages).
  std::set<std::string> context;
  std::set<std::string> parties;  ///< the sides of the conflict it names
  /// Whether it names something of the conflict or the region (an anchor concept or name),
  /// or both sides.
  bool anchored = false;
  bool side_cue = false;  ///< it has a word that anchors beside one side (anchors_side)
  /// The same, leaving out the region's trade routes (a country's pipelines and ports): whether
  /// it speaks of the conflict itself, which is what makes a document about it as a whole.
  bool conflict_anchored = false;
  bool conflict_side_cue = false;
  bool elsewhere = false;  ///< it names a place of another conflict (gazetteer elsewhere)
  /// Anchored by a name or concept of the conflict or by both sides, not only by one side with
  /// a word of the conflict ("Armenians" and "atrocities" are also said of Syria's Armenians).
  bool anchored_by_conflict_itself = false;

  /// Whether it speaks of another conflict: it names one of its places, and only its context or
  /// one side with a word that other wars share anchors it.
  bool about_elsewhere() const { return elsewhere && !anchored_by_conflict_itself; }
  /// Anchor concepts with `needs` it mentions, by the sentence of the mention: they anchor only
  /// in their sense ("Armenian genocide" beside its recognition, not as a date in history).
  std::vector<std::pair<const ConceptEntry*, std::uint32_t>> pending_anchors;
  /// It has a word of the conflict (a concept with anchor, anchors_side or of_conflict, a place
  /// or event of the region, a measure's alias); context_conflict_word: its neighbours or the
  /// title have one.
  bool conflict_word = false;
  bool context_conflict_word = false;
  /// Whether the sense of an ambiguous concept may be read from the passage's neighbours and
  /// the title (a document about the conflict as a whole), or only from the sentences near it.
  bool sense_from_context = true;
  std::size_t tokens = 0;  ///< its length, in tokens

  std::map<std::string, Tally> areas, measures;
  std::map<std::pair<EntryKind, std::uint32_t>, int> seen;  ///< repeats weigh less: 1, 1/2, 1/3 …
  /// The areas the current match has given evidence to: a phrase listed in two concepts of
  /// one area ("education" in education and teachers) counts once for it.
  std::set<std::string> credited;

  /// `route`: its anchor or side cue is one of the region's trade routes (of_conflict false).
  void note(const std::string& id, bool anchor, const std::string& party, bool anchors_side, bool of_conflict,
            bool route, std::uint32_t sentence) {
    present.insert(id);
    present_at[id].insert(sentence);
    if (of_conflict) conflict_sentences.insert(sentence);
    conflict_word = conflict_word || of_conflict;
    if (!party.empty()) parties.insert(party);
    side_cue = side_cue || anchors_side;
    conflict_side_cue = conflict_side_cue || (anchors_side && !route);
    anchored = anchored || (anchor && party.empty()) || parties.size() >= 2 || (side_cue && !parties.empty());
    anchored_by_conflict_itself = anchored_by_conflict_itself || (anchor && party.empty()) || parties.size() >= 2;
    conflict_anchored = conflict_anchored || (anchor && !route && party.empty()) || parties.size() >= 2 ||
                        (conflict_side_cue && !parties.empty());
  }

  bool mentions_any(const std::vector<std::string>& ids) const {
    return std::any_of(ids.begin(), ids.end(), [this](const std::string& id) { return present.count(id) || context.count(id); });
  }

  /// Whether a sentence at most `window` sentences from `sentence` is in `at`.
  static bool near(const std::set<std::uint32_t>& at, std::uint32_t sentence, std::size_t window) {
    const auto found = at.lower_bound(sentence > window ? static_cast<std::uint32_t>(sentence - window) : 0);
    return found != at.end() && *found <= sentence + window;
  }

  bool mentions_any_near(const std::vector<std::string>& ids, std::uint32_t sentence, std::size_t window) const {
    return std::any_of(ids.begin(), ids.end(), [&](const std::string& id) {
      const auto found = present_at.find(id);
      return found != present_at.end() && near(found->second, sentence, window);
    });
  }

  double repeat_factor(const EntryRef& ref) { return 1.0 / ++seen[{ref.kind, ref.index}]; }
};

void CbmTagger::tag(Document& document) const { tag(document, nullptr); }

void CbmTagger::tag(Document& document, std::vector<PassageFeatures>* features) const {
  std::vector<PassageEvidence> evidence;
  for (const Passage& passage : document.passages) evidence.push_back(collect(passage));
  const PassageEvidence title = collect_title(document);
  std::vector<bool> own(evidence.size()), of_conflict(evidence.size());
  for (std::size_t i = 0; i < evidence.size(); ++i) {
    own[i] = evidence[i].anchored || !needs_anchor_;
    of_conflict[i] = evidence[i].conflict_anchored || !needs_anchor_;
  }
  std::vector<Anchoring> how = anchoring(own, of_conflict, title.anchored, options_.whole_document_max_gap);
  // Syria or Iraq named where only the context, or one side with a word of any war, ties the
  // passage to the conflict: the passage is about them.
  for (std::size_t i = 0; i < how.size(); ++i)
    if (evidence[i].about_elsewhere()) how[i] = Anchoring::None;
  const bool whole = on_topic_as_whole(of_conflict, title.anchored, options_.whole_document_max_gap);
  // The neighbours and the title are the context a concept's `needs` may meet.
  const auto conflict_at = [&evidence](std::size_t i) { return i < evidence.size() && evidence[i].conflict_word; };
  for (std::size_t i = 0; i < evidence.size(); ++i) {
    evidence[i].sense_from_context = whole || !needs_anchor_;
    evidence[i].context = title.present;
    evidence[i].context_conflict_word = title.conflict_word || (i > 0 && conflict_at(i - 1)) || conflict_at(i + 1);
    if (i > 0) evidence[i].context.insert(evidence[i - 1].present.begin(), evidence[i - 1].present.end());
    if (i + 1 < evidence.size()) evidence[i].context.insert(evidence[i + 1].present.begin(), evidence[i + 1].present.end());
  }
  // A passage nothing anchors gets no area: it is weighed only when its words are asked for as
  // features (indexing skips the work).
  for (std::size_t i = 0; i < evidence.size(); ++i) {
    if (features || how[i] != Anchoring::None) weigh(evidence[i]);
  }
  const std::vector<std::map<std::string, AreaEvidence>> weighed = in_context(evidence, how, features != nullptr);
  if (features) features->clear();
  std::vector<const std::vector<Tag>*> areas, measures;
  for (std::size_t i = 0; i < document.passages.size(); ++i) {
    for (const auto& [area, value] : weighed[i]) evidence[i].areas[area].evidence = value.weighed;
    if (features)
      features->push_back(PassageFeatures{.how = how[i], .tokens = evidence[i].tokens, .whole_document = whole,
                                          .areas = weighed[i]});
    decide(evidence[i], how[i], document.passages[i]);
    areas.push_back(&document.passages[i].areas);
    measures.push_back(&document.passages[i].measures);
  }
  document.areas = main_areas(areas, options_.max_evidence, options_.document_area_weight);
  document.measures = union_of_tags(measures, options_.max_evidence);
  SpeakerResolver(names_, analyzer_).resolve_document(document);
}

std::vector<std::map<std::string, AreaEvidence>> CbmTagger::in_context(const std::vector<PassageEvidence>& evidence,
                                                                       const std::vector<Anchoring>& how,
                                                                       bool for_features) const {
  // What the document says of each area where it names the conflict: the share of the area in
  // the evidence of its anchored passages.
  std::map<std::string, double> share;
  double total = 0.0;
  for (std::size_t i = 0; i < evidence.size(); ++i) {
    if (how[i] != Anchoring::Own) continue;
    for (const auto& [area, tally] : evidence[i].areas) {
      share[area] += tally.evidence;
      total += tally.evidence;
    }
  }
  for (auto& [area, value] : share) value = total > 0.0 ? value / total : 0.0;
  std::vector<std::map<std::string, AreaEvidence>> out(evidence.size());
  for (std::size_t i = 0; i < evidence.size(); ++i) {
    const bool in_its_context = how[i] == Anchoring::Neighbour || how[i] == Anchoring::Document;
    if (!in_its_context && !for_features) continue;  // indexing: its evidence stands as it is
    for (const auto& [area, tally] : evidence[i].areas) {
      AreaEvidence& weighed = out[i][area];
      for (const std::size_t j : {i - 1, i + 1}) {  // i - 1 wraps to a huge index when i is 0
        if (j >= evidence.size() || how[j] != Anchoring::Own) continue;
        const auto found = evidence[j].areas.find(area);
        if (found != evidence[j].areas.end()) weighed.beside += found->second.evidence;
      }
      const auto document = share.find(area);
      weighed.document_share = document == share.end() ? 0.0 : document->second;
      weighed.raw = weighed.weighed = tally.evidence;
      weighed.conflict_words = tally.conflict_words;
      weighed.wider_world = tally.wider_world;
      weighed.specific = tally.specific;
      if (for_features) weighed.items = tally.items;
      if (!in_its_context) continue;
      // The UN or the EU named where the conflict is not is the speech's occasion, not its subject.
      weighed.weighed = options_.context_weight * (tally.evidence - tally.wider_world - tally.conflict_words) +
                        tally.conflict_words + options_.neighbour_support * weighed.beside +
                        options_.document_support * weighed.document_share;
    }
  }
  return out;
}

void CbmTagger::tag_passage(Passage& passage) const {
  PassageEvidence evidence = collect(passage);
  const Anchoring how =
      (evidence.anchored || !needs_anchor_) && !evidence.about_elsewhere() ? Anchoring::Own : Anchoring::None;
  if (how == Anchoring::Own) weigh(evidence);
  decide(evidence, how, passage);
}

CbmTagger::PassageEvidence CbmTagger::collect_title(const Document& document) const {
  if (document.title.empty() || document.passages.empty()) return {};
  const Language language =
      document.declared_language != Language::Unknown ? document.declared_language : document.passages.front().language;
  return collect(Passage{.n = 0, .text = document.title, .language = language, .page = 0, .areas = {}, .measures = {}});
}

CbmTagger::PassageEvidence CbmTagger::collect(const Passage& passage) const {
  const std::vector<Token> tokens = analyzer_.analyze(passage.text, passage.language);
  std::vector<PhraseMatch> matches, names;
  const std::vector<PhraseMatcher::TokenKeys> keys = matcher_.keys_of(tokens);
  matcher_.find_all(tokens, keys, matches);
  names_.find_all(tokens, names);
  matcher_.find_loose(passage.text, tokens, keys, matches, names);
  matches.insert(matches.end(), names.begin(), names.end());

  const std::vector<std::uint32_t> sentence = sentence_numbers(passage.text, tokens);
  PassageEvidence evidence;
  evidence.tokens = tokens.size();
  for (const PhraseMatch& match : matches) {
    for (const EntryRef& ref : *match.entries) note_presence(ref, sentence[match.first], evidence);
    evidence.mentions.push_back({match.entries, surface(passage.text, tokens, match),
                                 match.loose ? options_.loose_weight : 1.0, sentence[match.first]});
  }
  for (const auto& [entry, at] : evidence.pending_anchors) {
    if (!evidence.mentions_any_near(entry->needs, at, options_.needs_sentences)) continue;
    evidence.anchored = true;
    evidence.anchored_by_conflict_itself = true;
    if (!entry->of_conflict) continue;
    evidence.conflict_anchored = true;
    evidence.conflict_word = true;
    evidence.conflict_sentences.insert(at);
  }
  return evidence;
}

void CbmTagger::note_presence(const EntryRef& ref, std::uint32_t sentence, PassageEvidence& evidence) const {
  if (ref.kind == EntryKind::Concept) {
    const ConceptEntry& entry = domain_.concepts[ref.index];
    // An anchor that needs a sense anchors once its need is seen near it (collect()).
    const bool anchor_now = entry.anchor && entry.needs.empty();
    if (entry.anchor && !anchor_now) evidence.pending_anchors.emplace_back(&entry, sentence);
    evidence.note(entry.id, anchor_now, entry.party, entry.anchors_side, entry.of_conflict && (anchor_now || !entry.anchor),
                  (entry.anchor || entry.anchors_side) && !entry.of_conflict, sentence);
  } else if (ref.kind == EntryKind::Name) {
    const NameEntry& entry = domain_.names[ref.index];
    const bool of_conflict = entry.anchor && entry.party.empty() && (entry.type == "place" || entry.type == "event");
    evidence.elsewhere = evidence.elsewhere || entry.elsewhere;
    evidence.note(entry.id, entry.anchor, entry.party, false, of_conflict, false, sentence);
  } else if (ref.kind == EntryKind::Measure && !ref.broad) {
    evidence.conflict_word = true;  // a measure of the peace process, named
    evidence.conflict_sentences.insert(sentence);
  }
}

void CbmTagger::weigh(PassageEvidence& evidence) const {
  for (const Mention& mention : evidence.mentions) {
    evidence.credited.clear();
    for (const EntryRef& ref : *mention.entries) add_evidence(ref, mention, evidence);
  }
}

void CbmTagger::decide(PassageEvidence& evidence, Anchoring how, Passage& passage) const {
  passage.areas.clear();
  passage.measures.clear();
  if (how == Anchoring::None) return;  // a global or domestic topic: no CBM area
  passage.areas = select_areas(evidence.areas, evidence.tokens);
  // A measure is named where it is meant: a passage that only continues its neighbour's subject
  // in a document about other things too (a speech) references none.
  if (how == Anchoring::Neighbour) return;
  for (auto& [id, tally] : evidence.measures) {
    if (!tally.specific && tally.sources.size() < 2) continue;  // a broad phrase alone
    passage.measures.push_back(Tag{.id = id, .score = rounded_score(1.0 - std::exp(-tally.evidence)), .manual = false,
                                   .evidence = std::move(tally.items)});
  }
  sort_tags(passage.measures);
}

bool CbmTagger::needs_met(const std::vector<std::string>& needs, std::uint32_t sentence,
                          const PassageEvidence& evidence) const {
  if (evidence.sense_from_context || options_.needs_sentences == CbmTaggerOptions::kWholeContext)
    return evidence.mentions_any(needs);
  return evidence.mentions_any_near(needs, sentence, options_.needs_sentences);
}

bool CbmTagger::conflict_near(std::uint32_t sentence, const PassageEvidence& evidence) const {
  if (evidence.sense_from_context || options_.conflict_sentences == CbmTaggerOptions::kWholeContext)
    return evidence.conflict_word || evidence.context_conflict_word;
  return PassageEvidence::near(evidence.conflict_sentences, sentence, options_.conflict_sentences);
}

std::string CbmTagger::measure_cue(const std::vector<EntryRef>& entries, std::uint32_t measure,
                                   const std::string& written) const {
  for (const EntryRef& ref : entries) {
    if (ref.kind != EntryKind::Concept) continue;
    const std::vector<std::uint32_t>& linked = concept_measures_[ref.index];
    if (std::find(linked.begin(), linked.end(), measure) != linked.end() && !concept_measures_specific_[ref.index].count(measure))
      return domain_.concepts[ref.index].id;
  }
  return written;
}

bool CbmTagger::names_concept_of(const std::vector<EntryRef>& entries, const std::string& area) const {
  return std::any_of(entries.begin(), entries.end(), [this, &area](const EntryRef& ref) {
    if (ref.kind != EntryKind::Concept) return false;
    const std::vector<std::string>& areas = domain_.concepts[ref.index].areas;
    return std::find(areas.begin(), areas.end(), area) != areas.end();
  });
}

void CbmTagger::add_evidence(const EntryRef& ref, const Mention& mention,
                             PassageEvidence& evidence) const {
  const std::string& written = mention.written;
  const double repeat = evidence.repeat_factor(ref) * mention.weight;
  const auto add = [this, &written](Tally& tally, double weight, const std::string& label) {
    tally.evidence += weight;
    tally.add_item(label.empty() ? written : label + " (" + written + ")", options_.max_evidence);
  };
  switch (ref.kind) {
    case EntryKind::Concept: {
      const ConceptEntry& entry = domain_.concepts[ref.index];
      if (!entry.needs.empty() && !needs_met(entry.needs, mention.sentence, evidence)) break;
      if (entry.needs_conflict && !conflict_near(mention.sentence, evidence)) break;
      const double length = 1.0 + options_.multiword_bonus * (std::max<std::uint32_t>(ref.phrase_tokens, 1) - 1);
      const double share =
          entry.weight * length * repeat / static_cast<double>(std::max<std::size_t>(entry.areas.size(), 1));
      for (const std::string& area : entry.areas) {
        if (evidence.credited.insert(area).second) {
          add(evidence.areas[area], share, entry.id);
          if (entry.anchors_side && entry.of_conflict) evidence.areas[area].conflict_words += share;
          // A full word of the conflict's own vocabulary (refugees, war crimes) is a topic of its own.
          if (options_.conflict_words_keep_area && entry.anchors_side && share >= 1.0)
            evidence.areas[area].specific = true;
        }
      }
      for (const std::uint32_t m : concept_measures_[ref.index]) {
        Tally& tally = evidence.measures[domain_.measures[m].id];
        // Synonyms of a specific alias are cues each; the phrases of a concept that shares only a
        // broad alias ("peacekeepers", "peacekeeping") are one cue together.
        tally.sources.insert(concept_measures_specific_[ref.index].count(m) ? written : entry.id);
        add(tally, repeat, "");
      }
      break;
    }
    case EntryKind::Name: {
      const NameEntry& entry = domain_.names[ref.index];
      // A place signals an area only when the gazetteer says which (Karabakh: the conflict).
      const std::string& area = !entry.area.empty() || entry.type == "place" ? entry.area : options_.names_area;
      if (!area.empty() && options_.name_weight > 0.0) {
        Tally& tally = evidence.areas[area];
        add(tally, options_.name_weight * repeat, entry.id);
        if (!entry.anchor) tally.wider_world += options_.name_weight * repeat;
      }
      break;
    }
    case EntryKind::Measure: {
      const MeasureEntry& entry = domain_.measures[ref.index];
      Tally& tally = evidence.measures[entry.id];
      tally.specific = tally.specific || !ref.broad;
      tally.sources.insert(measure_cue(*mention.entries, ref.index, written));
      add(tally, repeat, "");
      // A broad alias ("assistance", "peacekeeping centre") is a measure's subject only beside a
      // second cue; alone it weighs for the area as a word of many senses does, and not again
      // when the phrase is a term of the area's concepts ("cultural heritage").
      if (ref.broad && names_concept_of(*mention.entries, entry.area)) break;
      add(evidence.areas[entry.area], options_.measure_area_weight * (ref.broad ? options_.broad_alias_share : 1.0) * repeat,
          entry.id);
      break;
    }
  }
}

std::vector<Tag> CbmTagger::select_areas(std::map<std::string, Tally>& areas, std::size_t tokens) const {
  const double relative =
      tokens > options_.long_passage_tokens ? options_.long_relative_area_evidence : options_.relative_area_evidence;
  double strongest = 0.0;
  for (const auto& [id, tally] : areas) strongest = std::max(strongest, tally.evidence);
  std::vector<Tag> tags;
  for (auto& [id, tally] : areas) {
    if (tally.evidence < options_.min_area_evidence || (tally.evidence < relative * strongest && !tally.specific))
      continue;
    const double score = 1.0 - std::exp(-tally.evidence / options_.area_score_scale);
    tags.push_back(Tag{.id = id, .score = rounded_score(score), .manual = false, .evidence = std::move(tally.items)});
  }
  sort_tags(tags);
  if (tags.size() > options_.max_areas_per_passage) tags.resize(options_.max_areas_per_passage);
  return tags;
}

}  // namespace liaison

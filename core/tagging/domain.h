#pragma once
// The CBM domain data (corpus/domain/*.json, format in corpus/README.md and the domain notes):
// areas, measures, the multilingual thesaurus of concepts and the gazetteer of names.
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "core/lang/language.h"

namespace liaison {

/// Phrases per language, as a document would write them (dictionary form).
using PhrasesByLanguage = std::map<Language, std::vector<std::string>>;

/// One of the five CBM areas (areas.json).
struct AreaEntry {
  std::string id;                          ///< "diplomacy"
  std::string color;                       ///< "#0072B2", "" when absent
  std::map<Language, std::string> names;   ///< display name per language
};

/// A confidence-building measure (measures.json).
struct MeasureEntry {
  std::string id;      ///< "M03", "B05"
  std::string area;    ///< one of the area ids
  std::string origin;  ///< "liaison-group-2022", "brussels-2021-12-14"
  std::map<Language, std::string> names;  ///< short name per language
  PhrasesByLanguage aliases;              ///< phrases a document writes to reference it
  /// Phrases that reference it only beside a second cue of it ("Russian peacekeepers" for M02
  /// needs, say, "peacekeeping mission"): alone they speak of something wider.
  PhrasesByLanguage broad_aliases;
};

/// A thesaurus concept (thesaurus.json): terms in the four languages that signal some areas.
struct ConceptEntry {
  std::string id;                  ///< "demining"
  std::vector<std::string> areas;  ///< area ids it signals; none only for an anchor
  PhrasesByLanguage terms;
  /// Its terms place a passage in the conflict's context ("line of contact", "Minsk Group").
  bool anchor = false;
  /// The side of the conflict its terms name ("armenia" for "Armenians"), "" for none: a side
  /// anchors a passage only together with the other side (see NameEntry::party).
  std::string party;
  /// Its terms anchor a passage that also names one side ("occupation" beside "Azerbaijan"):
  /// words of the conflict that speeches also use of other wars.
  bool anchors_side = false;
  /// Concept or gazetteer ids of which one must be near for its terms to count (an ambiguous
  /// word counts only in its sense: "environment" beside border villages); empty: it counts
  /// alone. Near: the passage, its neighbours or the title in a document about the conflict as a
  /// whole, else a sentence or two of the passage (CbmTaggerOptions::needs_sentences).
  std::vector<std::string> needs;
  /// Whether its terms count only beside a word of the conflict (a concept with anchor,
  /// anchors_side or of_conflict, a place or event of the region, a measure's alias) near them,
  /// as for `needs` (CbmTaggerOptions::conflict_sentences): a word of schooling or of a
  /// country's own economy is the peace process's there (schools in the conflict zone, hatred
  /// taught to the young, investment in the liberated territories), elsewhere a country's own
  /// education or economic policy.
  bool needs_conflict = false;
  /// Whether its terms are words of the conflict for needs_conflict: by default those of a
  /// concept with anchor or anchors_side, and also words that anchor nothing (border villages,
  /// landmines, hatred between the peoples, destroyed heritage). False for the region's trade
  /// routes (pipelines, ports, corridors): they anchor a passage beside one side, but a
  /// country's investment, trade or energy beside its own pipelines is its economy, not the
  /// peace process's.
  bool of_conflict = false;
  /// What one of its terms weighs, in (0, 1]: below 1 for a word of many senses ("energy",
  /// "business", "infrastructure"), which then tags a passage only beside more of its area.
  double weight = 1.0;
  /// Whether its one-word English terms match only as listed, not in their other inflections:
  /// "hostages" and "prisoners" name captives, the singular is mostly an idiom ("held hostage",
  /// "taken prisoner" in a count of losses).
  bool exact_forms = false;
};

/// A gazetteer entry (gazetteer.json): a place, person, organisation or event.
struct NameEntry {
  std::string id;    ///< "karabakh"
  std::string type;  ///< place, person, organisation, event
  PhrasesByLanguage names;
  /// A mention places a passage in the conflict's context; false for names of the wider
  /// world (the UN, France, Moscow), which speeches name on every topic.
  bool anchor = true;
  /// The side of the conflict it names ("armenia" for Armenia and Yerevan), "" for none. A
  /// speech names its own country on every topic, so one side alone anchors nothing; two
  /// sides named in one passage do.
  std::string party;
  /// The area a mention of a person, organisation or event signals; "" for the tagger's
  /// default (diplomacy: leaders and mediators). A mine-action agency signals public-space.
  std::string area;
  /// A place of another conflict (Syria, Iraq, Darfur; anchor false): a passage that names it
  /// speaks of that conflict, not of this one, and gets no area, unless a name or concept of
  /// this conflict or both sides anchor it (not its context alone, nor one side beside a word
  /// that other wars share: Syria's Armenians and the atrocities there).
  bool elsewhere = false;
};

/// A word that search carries across languages but the tagger does not read (search_words.json):
/// "border", "peace", "treaty" are too common to signal an area, yet a query of one of them in
/// a language the index barely holds should still reach its translations.
struct SearchWordEntry {
  std::string id;  ///< "border"
  PhrasesByLanguage words;
};

/// The whole domain, validated: ids unique, every area reference known, every phrase non-empty.
struct Domain {
  std::vector<AreaEntry> areas;
  std::vector<MeasureEntry> measures;
  std::vector<ConceptEntry> concepts;
  std::vector<NameEntry> names;
  /// Search only: never tagged, and not part of `fingerprint` (changing them re-tags nothing).
  std::vector<SearchWordEntry> search_words;
  /// Files that were absent (only measures.json, thesaurus.json and gazetteer.json may be).
  std::vector<std::string> missing_files;
  /// Hash of the bytes of the files read (hex): changes whenever any of them does.
  std::string fingerprint;
};

/// The JSON texts of the domain files; an empty text stands for an absent file.
struct DomainTexts {
  std::string areas{};      ///< areas.json: required
  std::string measures{};   ///< measures.json
  std::string thesaurus{};  ///< thesaurus.json
  std::string gazetteer{};  ///< gazetteer.json
  std::string search_words{};  ///< search_words.json (optional; absent: none)
  /// Prefix of the file names in error messages ("corpus/domain/"), "" for the bare names.
  std::string location{};
};

/// Parses and validates the domain. Throws ConfigError naming the file, the entry (position
/// and id) and what is wrong: "measures.json: entry 3 (M03): unknown area 'diplomcy'".
Domain parse_domain(const DomainTexts& texts);

/// Reads areas.json, measures.json, thesaurus.json, gazetteer.json and search_words.json from
/// `dir` and parses
/// them with parse_domain. Throws ConfigError when `dir` or its areas.json cannot be read.
Domain load_domain(const std::filesystem::path& dir);

/// Counts for people: "5 areas, 35 measures, 210 concepts, 95 names".
std::string describe(const Domain& domain);

}  // namespace liaison

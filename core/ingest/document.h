#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/lang/language.h"

namespace liaison {

/// A CBM tag on a passage or document: an area or measure id with a score and its evidence.
struct Tag {
  std::string id;                      ///< area id ("diplomacy") or measure id ("M03")
  double score = 0.0;                  ///< strength; manual tags score 1
  bool manual = false;                 ///< set by hand in front matter: wins over the tagger
  std::vector<std::string> evidence;   ///< the concepts or phrases that triggered it
};

/// Who speaks in a passage: a turn's label ("MODERATOR"), a reported speaker, the issuer of a
/// statement, or a front-matter `speaker:`. Resolved through the gazetteer when the domain is
/// loaded (core/tagging/speakers.h): then `id` is the entry's id and `names` its spellings.
struct Speaker {
  std::string id;                  ///< gazetteer id ("nikol-pashinyan"), else the label lower-cased
  std::string name;                ///< as shown: the gazetteer name in the passage's language, else the label
  std::vector<std::string> names{};  ///< every spelling that finds it (speaker:), the name first
  friend bool operator==(const Speaker&, const Speaker&) = default;
};

/// A unit of retrieval: a paragraph, or a sentence-bounded piece of a long paragraph.
struct Passage {
  std::uint32_t n = 0;        ///< 1-based position in the document (the citation's paragraph number)
  std::string text;           ///< as written (whitespace inside a paragraph collapsed to one space)
  Language language = Language::Unknown;
  std::uint32_t page = 0;     ///< page number for paged sources (PDF); 0 when not paged
  std::vector<Tag> areas;
  std::vector<Tag> measures;
  std::vector<Speaker> speakers{};  ///< who speaks in it (core/ingest/speakers.h), none when unknown
};

/// A document as loaded from the corpus, before indexing.
struct Document {
  std::string id;        ///< front matter `id`, else derived from the path (see corpus/README.md)
  std::string path;      ///< path relative to the corpus root, '/'-separated
  std::size_t line = 0;  ///< 1-based line in a bulk (.jsonl) file; 0 for a one-document file
  std::string title;
  std::string date;      ///< YYYY-MM-DD, YYYY-MM or YYYY; "" when unknown
  std::string source;    ///< who issued it
  std::string kind;      ///< statement, report, agreement, article, transcript, other
  std::string url;
  std::string origin;
  Language declared_language = Language::Unknown;  ///< front matter `lang`, if any
  std::vector<std::string> manual_areas;           ///< front matter `areas:` (comma-separated)
  std::vector<std::string> manual_measures;        ///< front matter `measures:`
  std::vector<std::string> manual_speakers{};      ///< front matter `speaker:`/`speakers:`: wins over the text
  /// The key of the set of versions (translations) of one text this document belongs to:
  /// front matter `translations:`, the same in every version's file; "" when it has none.
  std::string version_set{};
  std::string translation_of{};  ///< front matter `translation_of:`: the id of the version it was translated from
  std::string body;
  std::vector<Passage> passages;
  std::vector<Tag> areas;      ///< document level: the areas it is mainly about, or the manual ones (the writer's)
  std::vector<Tag> measures;
};

/// The kinds a document may declare.
inline const std::vector<std::string>& document_kinds() {
  static const std::vector<std::string> kinds = {"statement", "report",     "agreement",
                                                 "article",   "transcript", "other"};
  return kinds;
}

}  // namespace liaison

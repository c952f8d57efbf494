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

/// A unit of retrieval: a paragraph, or a sentence-bounded piece of a long paragraph.
struct Passage {
  std::uint32_t n = 0;        ///< 1-based position in the document (the citation's paragraph number)
  std::string text;           ///< as written (whitespace inside a paragraph collapsed to one space)
  Language language = Language::Unknown;
  std::uint32_t page = 0;     ///< page number for paged sources (PDF); 0 when not paged
  std::vector<Tag> areas;
  std::vector<Tag> measures;
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

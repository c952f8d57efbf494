#pragma once
// The terms and values both index layouts write (schema.h): one place for how a word, a title,
// a filter, a tag or a speaker becomes a term, shared by the passage layout
// (passage_document.h) and the document layout (document_document.h).
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "core/analysis/token.h"
#include "core/ingest/document.h"

namespace liaison::index_terms {

/// Adds `prefix`+`value` as a boolean (wdf 0) term when it is non-empty and not too long.
void add_boolean(Xapian::Document& xdoc, std::string_view prefix, std::string_view value);

/// Body words: the exact term and its fold (when it differs) at `base` + the word's position + 1
/// (Xapian positions start at 1), the stem with wdf only, and the name keys of the words written
/// like names (wdf only, so that BM25 weighs them). Returns the last position written (`base`
/// when none).
Xapian::termpos add_body_terms(Xapian::Document& xdoc, const std::vector<Token>& tokens, Xapian::termpos base = 0);

/// Title words: "S"+term and, when it differs, "S"+fold with positions; "ZS"+stem with wdf only.
void add_title_terms(Xapian::Document& xdoc, const std::vector<Token>& tokens);

void add_tag_terms(Xapian::Document& xdoc, std::string_view prefix, const std::vector<Tag>& tags);

/// The terms of a passage's speakers, for speaker: (every spelling and each word of it, as
/// written and folded) and the who-said-what view (XW). Nothing when there are none.
void add_speaker_terms(Xapian::Document& xdoc, const std::vector<Speaker>& speakers);

/// The XP terms of one speaker: its id, and every spelling of its name and each word of it, as
/// written and folded.
std::vector<std::string> speaker_terms(const Speaker& speaker);

/// Whether `passage` has the passage-level filter term `term` (L<code>, XP<key>, XW) that the
/// index posts once for the whole document: for the checks of the passages of a match.
/// Other terms are the document's, and true.
bool passage_has_term(const Passage& passage, std::string_view term);

/// The measures a document references: its own tags (the tagger's union, or the front matter's,
/// which replace them) and every passage's, so that a front-matter list never hides what the
/// text says from the measure filter, facet and tracker. Sorted, no repeats.
std::vector<std::string> referenced_measures(const Document& doc);

/// The language a document is written in: the declared one, else that of most of its passages.
std::string document_language(const Document& doc);

/// The document's bucket term value and its version set key (the document's id when it has none).
std::string version_set_key(const Document& doc);

/// The FacetKey value (schema.h): doc id, `languages` ('\n'-separated passage languages),
/// kind, source, year, the document's area ids and `measure_ids`, its version set key, its
/// language and `speakers` (encode_speakers, core/index/links.h): all a match spy reads, in the
/// one value it reads per match.
std::string facet_key(const Document& doc, std::string_view languages, const std::vector<std::string>& measure_ids,
                      std::string_view speakers);

/// The fields of a FacetKey value (views into it), in its order.
struct FacetKeyFields {
  std::string_view id, languages, kind, source, year, areas, measures, version_set, doc_lang, speakers;
};
FacetKeyFields parse_facet_key(std::string_view key);

std::string join_lines(const std::vector<std::string>& items);

}  // namespace liaison::index_terms

#pragma once
// One document of a test corpus, named field by field:
//   corpus.write("en/a.md", to_markdown({.title = "Demining", .body = "Demining began."}));
#include <string>

namespace liaison::testing {

/// A corpus file in the front-matter format (corpus/README.md): the fields a test names, the
/// defaults below for the rest; empty fields are left out of the front matter (no id: the
/// indexer derives it from the path). Designated initialisers follow this order: id, title,
/// lang, date, kind, source, areas, measures, url, origin, translation_of, body.
struct CorpusDoc {
  std::string id = "";
  std::string title = "";
  std::string lang = "en";
  std::string date = "2022-04-01";
  std::string kind = "statement";
  std::string source = "Liaison Group";
  std::string areas = "";     ///< comma-separated area ids (manual tags)
  std::string measures = "";  ///< comma-separated measure ids (manual tags)
  std::string url = "";
  std::string origin = "";
  std::string translation_of = "";  ///< the id of the document this one translates
  std::string body = "";
};

/// The text of `doc` as a Markdown corpus file: front matter, a blank line, the body.
std::string to_markdown(const CorpusDoc& doc);

}  // namespace liaison::testing

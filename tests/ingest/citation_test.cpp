#include "core/ingest/citation.h"
#include "core/ingest/provenance.h"

#include <gtest/gtest.h>

namespace liaison {
namespace {

Document brussels() {
  Document doc;
  doc.id = "en-brussels-2021";
  doc.title = "Leaders meet in Brussels";
  doc.source = "European Council";
  doc.date = "2021-12-14";
  doc.url = "https://example.org/brussels";
  doc.declared_language = Language::English;
  return doc;
}

Passage passage(std::uint32_t n, std::uint32_t page = 0, Language language = Language::English) {
  Passage p;
  p.n = n;
  p.page = page;
  p.language = language;
  return p;
}

TEST(Citation, PlainTextNamesSourceTitleDatePageParagraphAndUrl) {
  struct Case {
    std::string behaviour;
    Document doc;
    Passage passage;
    std::string expected;
  };
  Document no_source = brussels();
  no_source.source.clear();
  no_source.url.clear();
  no_source.date = "2021-12";
  Document undated = brussels();
  undated.date.clear();
  const Case cases[] = {
      {"web page", brussels(), passage(3),
       "European Council, \"Leaders meet in Brussels\", 14 December 2021, para. 3. https://example.org/brussels"},
      {"PDF page", brussels(), passage(12, 4),
       "European Council, \"Leaders meet in Brussels\", 14 December 2021, p. 4, para. 12. https://example.org/brussels"},
      {"no source, no url, month only", no_source, passage(1),
       "\"Leaders meet in Brussels\", December 2021, para. 1. Liaison document en-brussels-2021"},
      {"undated", undated, passage(2), "European Council, \"Leaders meet in Brussels\", n.d., para. 2. https://example.org/brussels"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.behaviour);
    EXPECT_EQ(cite(c.doc, c.passage, CitationStyle::PlainText), c.expected);
  }
}

TEST(Citation, BibTeXEntryHasFieldsAndEscapesLatex) {
  EXPECT_EQ(cite(brussels(), passage(12, 4), CitationStyle::BibTeX),
            "@misc{en-brussels-2021-12,\n"
            "  author = {{European Council}},\n"
            "  title = {{Leaders meet in Brussels}},\n"
            "  date = {2021-12-14},\n"
            "  year = {2021},\n"
            "  month = dec,\n"
            "  url = {https://example.org/brussels},\n"
            "  note = {page 4, paragraph 12; Liaison document en-brussels-2021},\n"
            "  langid = {english},\n"
            "}\n");
  Document doc = brussels();
  doc.title = "50% & more: C# {notes} ~ 100$";
  doc.source.clear();
  doc.date.clear();
  doc.url.clear();
  const std::string entry = cite(doc, passage(1, 0, Language::Armenian), CitationStyle::BibTeX);
  EXPECT_NE(entry.find("title = {{50\\% \\& more: C\\# \\{notes\\} \\textasciitilde{} 100\\$}},"), std::string::npos) << entry;
  EXPECT_EQ(entry.find("author"), std::string::npos);
  EXPECT_EQ(entry.find("year"), std::string::npos);
  EXPECT_NE(entry.find("langid = {armenian}"), std::string::npos);
}

TEST(Citation, BibTeXCarriesUrlAndTheDateOfTheCitation) {
  const CitationAccess access{.date = "2026-03-05", .permalink = "http://liaison.test/?doc=en-brussels-2021#p3"};
  const std::string with_url = cite(brussels(), passage(3), CitationStyle::BibTeX, access);
  EXPECT_NE(with_url.find("  url = {https://example.org/brussels},\n  urldate = {2026-03-05},\n"), std::string::npos)
      << with_url;
  Document no_url = brussels();
  no_url.url.clear();
  const std::string permalink = cite(no_url, passage(3), CitationStyle::BibTeX, access);
  EXPECT_NE(permalink.find("  url = {http://liaison.test/?doc=en-brussels-2021\\#p3},\n  urldate = {2026-03-05},\n"),
            std::string::npos)
      << permalink;
  const std::string whole = cite(brussels(), passage(0), CitationStyle::BibTeX, access);
  EXPECT_EQ(whole.rfind("@misc{en-brussels-2021,\n", 0), 0u) << whole;
  EXPECT_NE(whole.find("note = {Liaison document en-brussels-2021}"), std::string::npos) << whole;
  EXPECT_EQ(cite(no_url, passage(3), CitationStyle::BibTeX).find("url"), std::string::npos);
}

TEST(Citation, CitesInEveryLanguage) {
  struct Case {
    std::string title, source;
    Language language;
    std::string langid;
  };
  const Case cases[] = {
      {"Встреча в Брюсселе", "Европейский совет", Language::Russian, "russian"},
      {"Հանդիպում Բրյուսելում", "Եվրոպական խորհուրդ", Language::Armenian, "armenian"},
      {"Brüsseldə görüş", "Avropa Şurası", Language::Azerbaijani, "azerbaijani"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.langid);
    Document doc = brussels();
    doc.title = c.title;
    doc.source = c.source;
    EXPECT_EQ(cite(doc, passage(2, 0, c.language), CitationStyle::PlainText),
              c.source + ", \"" + c.title + "\", 14 December 2021, para. 2. https://example.org/brussels");
    EXPECT_NE(cite(doc, passage(2, 0, c.language), CitationStyle::BibTeX).find("langid = {" + c.langid + "}"), std::string::npos);
  }
}

}  // namespace
}  // namespace liaison

namespace liaison {
namespace {

Document editorial(const std::string& source) {
  Document doc = brussels();
  doc.source = source;
  doc.origin = "written for this corpus from public facts";
  return doc;
}

TEST(Provenance, FollowsTheOrigin) {
  struct Case {
    std::string origin;
    Provenance expected;
  };
  const Case cases[] = {
      {"written for this corpus from public facts", Provenance::Editorial},
      {"Written by the Liaison editors", Provenance::Editorial},
      {"official English translation of the Russian text", Provenance::Translation},
      {"scraped from the European Council's site", Provenance::Original},
      {"", Provenance::Original},
  };
  for (const Case& c : cases) {
    Document doc = brussels();
    doc.origin = c.origin;
    EXPECT_EQ(provenance_of(doc), c.expected) << c.origin;
  }
  EXPECT_EQ(to_string(Provenance::Editorial), "editorial");
}

// Issue 18: an institution is never the author of a text the corpus editors wrote.
TEST(Citation, AnEditorialTextIsCitedAsTheEditorsNeverAsTheInstitution) {
  const Document summary = editorial("Liaison editors (summary of the statement of European Council President Charles Michel)");
  EXPECT_EQ(cite(summary, passage(2), CitationStyle::PlainText),
            "Liaison editors, summary of the statement of European Council President Charles Michel, "
            "\"Leaders meet in Brussels\", 14 December 2021, para. 2. https://example.org/brussels");
  const std::string bibtex = cite(summary, passage(2), CitationStyle::BibTeX);
  EXPECT_NE(bibtex.find("  author = {{Liaison editors}},\n"), std::string::npos) << bibtex;
  EXPECT_NE(bibtex.find("note = {summary of the statement of European Council President Charles Michel; paragraph 2;"),
            std::string::npos)
      << bibtex;
  // A source that forgot to say so still does not become the author.
  const Document mislabelled = editorial("European Council");
  EXPECT_EQ(cite(mislabelled, passage(1), CitationStyle::PlainText),
            "Liaison editors, written from European Council, \"Leaders meet in Brussels\", 14 December 2021, para. 1. "
            "https://example.org/brussels");
}

}  // namespace
}  // namespace liaison

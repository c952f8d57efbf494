#include "core/ingest/citation.h"

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

#include "core/search/snippets.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "core/analysis/analyzer.h"
#include "core/query/query_term.h"

namespace liaison::search {
namespace {

std::vector<query::QueryTerm> words_of(const Analyzer& analyzer, const std::vector<std::string>& typed) {
  std::vector<query::QueryTerm> out;
  for (const std::string& word : typed) {
    std::vector<query::QueryTerm> terms = query::analyze_query_word(analyzer, word);
    out.insert(out.end(), terms.begin(), terms.end());
  }
  return out;
}

TEST(Snippet, MarksInflectedFormsThatShareTheQueryWordsStem) {
  const Analyzer analyzer;
  struct Case {
    std::string text;
    Language language;
    std::string query;
    std::string expected;
  };
  const std::vector<Case> cases = {
      {"Two treaties were signed.", Language::English, "treaty", "Two <mark>treaties</mark> were signed."},
      {"Countries agreed.", Language::English, "country", "<mark>Countries</mark> agreed."},
      {"Условия договора обсуждались.", Language::Russian, "договор", "Условия <mark>договора</mark> обсуждались."},
      {"Müqavilələrin mətni hazırdır.", Language::Azerbaijani, "müqavilə", "<mark>Müqavilələrin</mark> mətni hazırdır."},
      {"Խաղաղության պայմանագիրը", Language::Armenian, "խաղաղություն", "<mark>Խաղաղության</mark> պայմանագիրը"},
      // Same first letters, another stem: not marked.
      {"The treasury paid.", Language::English, "treaty", "The treasury paid."},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    EXPECT_EQ(make_snippet(analyzer, c.text, c.language, words_of(analyzer, {c.query})), c.expected);
  }
}

TEST(SnippetText, UndoesTheEscapingAndShowsMatchesWithTheMarksAsked) {
  const Analyzer analyzer;
  const std::string text = "Rail & road \"links\" <b>to</b> Naxçıvan's border";
  const std::string snippet = make_snippet(analyzer, text, Language::English, words_of(analyzer, {"rail", "border"}));
  EXPECT_EQ(snippet_text(snippet), text);
  EXPECT_EQ(snippet_text(snippet, {.open = "[", .close = "]"}), "[Rail] & road \"links\" <b>to</b> Naxçıvan's [border]");
  EXPECT_EQ(snippet_text("&#x27;&amp;lt;"), "'&lt;");  // decoded once, left to right
}

TEST(EscapeHtml, EscapesTheFiveSpecialCharacters) {
  EXPECT_EQ(escape_html("<a href=\"x\">'&'</a>"), "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  EXPECT_EQ(escape_html("Qarabağ"), "Qarabağ");
}

TEST(Snippet, MarksMatchesInAllFourLanguagesAroundTheAuthorsBytes) {
  const Analyzer analyzer;
  struct Case {
    std::string text;
    Language language;
    std::vector<std::string> query;
    std::string expected;
  };
  const std::vector<Case> cases = {
      {"Peace talks in Brussels.", Language::English, {"talk"}, "Peace <mark>talks</mark> in Brussels."},
      {"QARABAĞ bölgəsi", Language::Azerbaijani, {"qarabag"}, "<mark>QARABAĞ</mark> bölgəsi"},
      {"Он прочитал отчёт.", Language::Russian, {"отчет"}, "Он прочитал <mark>отчёт</mark>."},
      {"Հանդիպումը Երևանում էր։", Language::Armenian, {"Երեւանում"}, "Հանդիպումը <mark>Երևանում</mark> էր։"},
      {"Հանդիպումը Երևանում էր։", Language::Armenian, {"ԵՐԵՎԱՆՈՒՄ"}, "Հանդիպումը <mark>Երևանում</mark> էր։"},
      {"ՀԱՆԴԻՊՈՒՄԸ ԵՐԵՎԱՆՈՒՄ", Language::Armenian, {"Երևանում"}, "ՀԱՆԴԻՊՈՒՄԸ <mark>ԵՐԵՎԱՆՈՒՄ</mark>"},
      {"Demining & <mine> clearance", Language::English, {"mine"}, "Demining &amp; &lt;<mark>mine</mark>&gt; clearance"},
      {"Confidence-building measures", Language::English, {"confidence-building"},
       "<mark>Confidence</mark>-<mark>building</mark> measures"},
      {"No match here", Language::English, {"absent"}, "No match here"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    EXPECT_EQ(make_snippet(analyzer, c.text, c.language, words_of(analyzer, c.query)), c.expected);
  }
}

TEST(Snippet, MarksPrefixMatches) {
  const Analyzer analyzer;
  std::vector<query::QueryTerm> words = words_of(analyzer, {"demin"});
  words[0].prefix = true;
  EXPECT_EQ(make_snippet(analyzer, "Demining and deminers.", Language::English, words),
            "<mark>Demining</mark> and <mark>deminers</mark>.");
}

TEST(Snippet, CutsALongTextToAWindowAroundTheBestCluster) {
  const Analyzer analyzer;
  std::string text;
  for (int i = 0; i < 100; ++i) text += "filler" + std::to_string(i) + " ";
  text += "ceasefire";
  for (int i = 100; i < 120; ++i) text += " filler" + std::to_string(i) + " demining";
  for (int i = 120; i < 200; ++i) text += " filler" + std::to_string(i);
  const std::string snippet =
      make_snippet(analyzer, text, Language::English, words_of(analyzer, {"ceasefire", "demining"}),
                   SnippetOptions{.window_words = 10});
  EXPECT_TRUE(snippet.starts_with("…")) << snippet;
  EXPECT_TRUE(snippet.ends_with("…")) << snippet;
  EXPECT_NE(snippet.find("<mark>ceasefire</mark>"), std::string::npos) << snippet;
  EXPECT_NE(snippet.find("<mark>demining</mark>"), std::string::npos) << snippet;
}

TEST(Snippet, WithoutMatchesShowsTheStart) {
  const Analyzer analyzer;
  std::string text;
  for (int i = 0; i < 100; ++i) text += "word" + std::to_string(i) + " ";
  const std::string snippet = make_snippet(analyzer, text, Language::English, {}, SnippetOptions{.window_words = 5});
  EXPECT_EQ(snippet, "word0 word1 word2 word3 word4…");
}

}  // namespace
}  // namespace liaison::search

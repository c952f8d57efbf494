#include "core/ingest/html_loader.h"

#include <gtest/gtest.h>

#include "core/error.h"
#include "core/ingest/html_extract.h"
#include "core/ingest/loader.h"
#include "tests/support/temp_dir.h"

namespace liaison {
namespace {

// A page with the furniture of real sites around a short article.
const std::string kPage = R"(<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Brussels meeting | Peace Desk</title>
  <meta property="og:title" content="Leaders meet in Brussels">
  <meta property="og:site_name" content="Peace Desk">
  <meta property="og:type" content="article">
  <meta property="article:published_time" content="2021-12-15T09:30:00+01:00">
  <link rel="canonical" href="https://example.org/brussels">
  <style>p { color: red; }</style>
  <script>var tracking = "script words";</script>
</head>
<body>
  <header><nav><ul><li><a href="/">Home</a></li><li><a href="/about">About us</a></li></ul></nav></header>
  <div id="cookie-banner"><p>We use cookies to improve your experience.</p><button>Accept</button></div>
  <main>
    <article>
      <header><h1>Leaders meet in Brussels</h1><p>Published: <time datetime="2021-12-15">15 Dec</time></p></header>
      <p>The leaders of Armenia and Azerbaijan met in Brussels
         on the eve of the <b>Eastern Partnership</b> summit.</p>
      <h2>Agreed steps</h2>
      <ul><li>Restoration of rail links</li><li>Demining</li></ul>
      <p>First line<br>second line<br><br>A new paragraph after two breaks.</p>
      <div class="share-buttons"><a href="https://facebook.com/x">Facebook</a> <a>Twitter</a></div>
      <ul><li>Facebook</li><li>Twitter</li><li>YouTube</li></ul>
      <p><a href="/more">Read more</a></p>
      <noscript>Enable JavaScript please.</noscript>
      <form><input name="q"><label>Search words</label></form>
    </article>
    <aside><p>Related: other stories</p></aside>
  </main>
  <div role="contentinfo">Site map</div>
  <footer><p>&copy; 2021 Peace Desk. Contact us.</p></footer>
</body>
</html>)";

std::string all_text(const Document& doc) {
  std::string text;
  for (const Passage& p : doc.passages) text += p.text + "\n";
  return text;
}

TEST(HtmlLoader, KeepsArticleBlocksAndDropsPageFurniture) {
  std::vector<std::string> notes;
  const Document doc = parse_html_document(kPage, "en/brussels.html", notes);
  EXPECT_TRUE(notes.empty());
  std::vector<std::string> passages;
  for (const Passage& p : doc.passages) passages.push_back(p.text);
  const std::vector<std::string> expected = {
      "The leaders of Armenia and Azerbaijan met in Brussels on the eve of the Eastern Partnership summit.",
      "Agreed steps", "Restoration of rail links", "Demining", "First line second line",
      "A new paragraph after two breaks."};
  EXPECT_EQ(passages, expected);
  const std::string text = all_text(doc);
  for (const char* dropped : {"Home", "cookies", "Accept", "script words", "color", "Facebook", "Twitter", "Read more",
                              "JavaScript", "Search words", "Related", "Site map", "Contact us"}) {
    EXPECT_EQ(text.find(dropped), std::string::npos) << dropped;
  }
}

TEST(HtmlLoader, ReadsTitleDateLanguageSourceAndUrl) {
  std::vector<std::string> notes;
  const Document doc = parse_html_document(kPage, "en/brussels.html", notes);
  EXPECT_EQ(doc.id, "en-brussels");
  EXPECT_EQ(doc.title, "Leaders meet in Brussels");
  EXPECT_EQ(doc.date, "2021-12-15");
  EXPECT_EQ(doc.declared_language, Language::English);
  EXPECT_EQ(doc.source, "Peace Desk");
  EXPECT_EQ(doc.url, "https://example.org/brussels");
  EXPECT_EQ(doc.kind, "article");
}

TEST(HtmlLoader, FallsBackToH1ThenTitleAndToTimeThenDateLines) {
  struct Case {
    std::string html, title, date;
  };
  const Case cases[] = {
      {"<html><head><title>Page title</title></head><body><h1>Heading one</h1><p><time datetime=\"2022-04-01\">April</time></p>"
       "<p>Text.</p></body></html>",
       "Heading one", "2022-04-01"},
      {"<html><head><title>Page title</title></head><body><p>Updated: Aug 9, 2022</p><p>Text.</p></body></html>", "Page title",
       "2022-08-09"},
      {"<p>Only a paragraph, no title at all.</p>", "Only a paragraph, no title at all.", ""},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.html);
    std::vector<std::string> notes;
    const Document doc = parse_html_document(c.html, "p.html", notes);
    EXPECT_EQ(doc.title, c.title);
    EXPECT_EQ(doc.date, c.date);
    EXPECT_EQ(all_text(doc).find("Updated"), std::string::npos);
  }
}

TEST(HtmlLoader, ReadsPagesInEveryLanguage) {
  struct Case {
    std::string lang, heading, text;
    Language language;
  };
  const Case cases[] = {
      {"ru", "Встреча в Брюсселе", "Лидеры договорились о разминировании.", Language::Russian},
      {"hy-AM", "Հանդիպում Բրյուսելում", "Ղեկավարները պայմանավորվեցին ականազերծման մասին։", Language::Armenian},
      {"az", "Brüsseldə görüş", "Liderlər minatəmizləmə barədə razılaşdılar.", Language::Azerbaijani},
      {"en", "Meeting in Brussels", "The leaders agreed on demining.", Language::English},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.lang);
    const std::string html = "<html lang=\"" + c.lang + "\"><body><nav>Menu</nav><h1>" + c.heading + "</h1><p>" + c.text +
                             "</p><ul class=\"social\"><li>Facebook</li></ul></body></html>";
    std::vector<std::string> notes;
    const Document doc = parse_html_document(html, "p.html", notes);
    EXPECT_EQ(doc.title, c.heading);
    EXPECT_EQ(doc.declared_language, c.language);
    ASSERT_EQ(doc.passages.size(), 1u);
    EXPECT_EQ(doc.passages[0].text, c.text);
    EXPECT_EQ(doc.passages[0].language, c.language);
  }
}

TEST(HtmlLoader, RepairsInvalidUtf8WithANoteAndConvertsADeclaredCharset) {
  std::vector<std::string> notes;
  const Document repaired = parse_html_document("<p>Demining \xff\xfe began.</p>\n<p>Second.</p>", "bad.html", notes);
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_NE(notes[0].find("bad.html:1: invalid UTF-8 replaced by U+FFFD"), std::string::npos) << notes[0];
  EXPECT_EQ(repaired.passages.at(0).text, "Demining \xEF\xBF\xBD\xEF\xBF\xBD began.") << "one U+FFFD per bad byte";

  notes.clear();
  // "Мир" in windows-1251, declared by the page.
  const Document converted = parse_html_document(
      "<html><head><meta charset=\"windows-1251\"></head><body><p>\xCC\xE8\xF0 \xE8 \xF1\xEE\xE3\xEB\xE0\xF1\xE8\xE5.</p></body></html>",
      "ru.html", notes);
  EXPECT_TRUE(notes.empty());
  EXPECT_EQ(converted.passages.at(0).text, "Мир и согласие.");
}

TEST(HtmlLoader, RecoversFromBrokenMarkupAndRefusesAPageWithoutText) {
  std::vector<std::string> notes;
  const Document doc = parse_html_document("<p>Unclosed <b>bold <p>Next <div>block", "broken.html", notes);
  EXPECT_GE(doc.passages.size(), 2u);
  EXPECT_EQ(doc.passages.at(0).text, "Unclosed bold");
  EXPECT_THROW(parse_html_document("<html><nav>Home</nav><script>x()</script></html>", "empty.html", notes), IngestError);
}

/// A page whose text sits inside `depth` nested <div> elements.
std::string nested_page(int depth) {
  std::string html = "<html><body>";
  for (int i = 0; i < depth; ++i) html += "<div>";
  html += "Demining of border areas began.";
  for (int i = 0; i < depth; ++i) html += "</div>";
  return html + "</body></html>";
}

TEST(HtmlLoader, SaysWhyAPageNestedTooDeepCannotBeRead) {
  std::vector<std::string> notes;
  EXPECT_EQ(parse_html_document(nested_page(200), "deep.html", notes).passages.at(0).text,
            "Demining of border areas began.");
  try {
    parse_html_document(nested_page(256), "deeper.html", notes);
    ADD_FAILURE() << "a page nested 256 levels deep was read";
  } catch (const IngestError& error) {
    EXPECT_EQ(std::string(error.what()),
              "deeper.html: elements nested more than 256 levels deep (libxml2's limit): the page cannot be read");
  }
}

TEST(HtmlLoader, LoadsThroughTheLoaderByExtension) {
  testing::TempDir dir;
  dir.write("en/Page.HTM", kPage);
  const Document doc = load_document(dir.path() / "en/Page.HTM", dir.path());
  EXPECT_EQ(doc.id, "en-page");
  EXPECT_EQ(doc.title, "Leaders meet in Brussels");
}

}  // namespace
}  // namespace liaison

#pragma once
// Plain text scraped from a web page (a .txt file without front matter): page furniture out,
// title and date found in the text.
#include <string>
#include <string_view>
#include <vector>

namespace liaison {

/// What is left of a scraped page, and what was taken out of it.
struct ScrapedPage {
  std::string title;                 ///< "" when no line looks like a title
  std::string date;                  ///< YYYY-MM-DD or YYYY-MM; "" when none was found
  std::string body;                  ///< paragraphs separated by blank lines
  std::vector<std::string> dropped;  ///< every line removed as furniture, masthead, title or date, in order
};

/// Paragraphs (runs of non-blank lines) searched for the title and the date line.
inline constexpr std::size_t kScrapedHeadParagraphs = 10;

/// Cleans scraped page text (line ends as clean_body does):
/// 1. drops furniture lines (is_boilerplate_line) and strips leading bullet glyphs;
/// 2. the title is the first paragraph among the first kScrapedHeadParagraphs that is a single
///    heading-like line: at most 25 words and 200 characters, with a letter, not ending with
///    '.', ',', ';' or ':', and not a date line. Short unpunctuated paragraphs above it are the
///    site's masthead ("Building Connections for Development in / Azerbaijan and the South
///    Caucasus") and are dropped with it;
/// 3. the date comes from a date line (parse_date_line) among the first kScrapedHeadParagraphs
///    paragraphs; a "Published" line wins over an "Updated" one; every such line is removed.
/// Without a heading-like line, nothing is taken as masthead and the title stays "".
ScrapedPage clean_scraped_text(std::string_view text);

}  // namespace liaison

#pragma once
// HTML page → text blocks and metadata, with libxml2's HTML parser (no regular expressions).
#include <string>
#include <string_view>
#include <vector>

namespace liaison {

/// What an HTML page says about itself and the text blocks it shows, before clean-up.
struct HtmlContent {
  std::string og_title;      ///< <meta property="og:title">
  std::string title_element; ///< <title>
  std::string first_h1;      ///< text of the first kept <h1>
  std::string meta_date;     ///< article:published_time, datePublished, date, dc.date (raw)
  std::string time_date;     ///< datetime= of the first kept <time> (raw)
  std::string time_text;     ///< the text of that <time> element
  std::string lang;          ///< <html lang> / xml:lang, or Content-Language (raw, "hy-AM")
  std::string site_name;     ///< og:site_name
  std::string url;           ///< <link rel="canonical"> or og:url
  std::string og_type;       ///< og:type
  /// The text of every kept block element (p, h1–h6, li, td, blockquote, div…), whitespace
  /// collapsed; a <br> is a line break inside its block, and two in a row end a paragraph.
  std::vector<std::string> blocks;
  /// Why the parser gave up before the end of the page ("" when it read it all); the other
  /// fields are then empty.
  std::string stopped;
};

/// Parses `html` as UTF-8 (its own charset declaration is ignored: the caller converts first)
/// and keeps the text of the page's content. Dropped with all they contain: <head> (read only
/// for metadata), script, style, noscript, template, nav, form, aside, iframe, svg, button,
/// select, menu, dialog; <header> and <footer> outside <article>/<main>; elements with the
/// `hidden` attribute, aria-hidden="true" or role navigation/banner/contentinfo/complementary/
/// search/dialog; elements whose id or class mentions cookie, consent, banner, gdpr, social,
/// share or breadcrumb. Never throws on malformed markup (libxml2 recovers); a page libxml2
/// cannot read to the end (nested too deep) says so in `stopped`.
HtmlContent extract_html(std::string_view html);

}  // namespace liaison

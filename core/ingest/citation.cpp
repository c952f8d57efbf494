#include "core/ingest/citation.h"

#include <array>
#include <charconv>

#include "core/ingest/provenance.h"
#include "core/lang/profile.h"

namespace liaison {
namespace {

constexpr std::array<std::string_view, 12> kMonths = {"January", "February", "March",     "April",   "May",      "June",
                                                      "July",    "August",   "September", "October", "November", "December"};
constexpr std::array<std::string_view, 12> kBibMonths = {"jan", "feb", "mar", "apr", "may", "jun",
                                                         "jul", "aug", "sep", "oct", "nov", "dec"};

int number(std::string_view digits) {
  int value = 0;
  std::from_chars(digits.data(), digits.data() + digits.size(), value);
  return value;
}

/// Month 1–12 of a YYYY-MM[-DD] date; 0 when it has none.
int month_of(const std::string& date) { return date.size() >= 7 ? number(std::string_view(date).substr(5, 2)) : 0; }

/// "2021-12-14" → "14 December 2021", "2021-12" → "December 2021", "2021" → "2021", "" → "n.d.".
std::string date_in_words(const std::string& date) {
  if (date.size() < 4) return "n.d.";
  const int month = month_of(date);
  if (month < 1 || month > 12) return date.substr(0, 4);
  std::string words = std::string(kMonths[static_cast<std::size_t>(month - 1)]) + " " + date.substr(0, 4);
  if (date.size() >= 10) words = std::to_string(number(std::string_view(date).substr(8, 2))) + " " + words;
  return words;
}

std::string location(const Passage& passage) {
  std::string where = passage.page > 0 ? "p. " + std::to_string(passage.page) + ", " : "";
  return where + "para. " + std::to_string(passage.n);
}

std::string plain_text(const Document& document, const Passage& passage) {
  const Authorship authorship = authorship_of(document);
  std::string out;
  if (!authorship.author.empty()) out += authorship.author + ", ";
  if (!authorship.description.empty()) out += authorship.description + ", ";
  out += "\"" + document.title + "\", " + date_in_words(document.date) + ", " + location(passage) + ". ";
  out += document.url.empty() ? "Liaison document " + document.id : document.url;
  return out;
}

/// `text` with the characters LaTeX treats specially escaped.
std::string latex_escape(const std::string& text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '\\': out += "\\textbackslash{}"; break;
      case '~': out += "\\textasciitilde{}"; break;
      case '^': out += "\\textasciicircum{}"; break;
      case '{': case '}': case '%': case '&': case '$': case '#': case '_':
        out += '\\';
        out += c;
        break;
      default: out += c;
    }
  }
  return out;
}

/// "{value}", or "" for an empty value (built by appending: GCC 12 at -O2 misreads
/// `"{" + std::string(...)` as an overflow).
std::string braced(std::string_view value) {
  if (value.empty()) return {};
  std::string out;
  out.reserve(value.size() + 2);
  out += '{';
  out += value;
  out += '}';
  return out;
}

std::string bibtex(const Document& document, const Passage& passage, const CitationAccess& access) {
  const std::string key = passage.n > 0 ? document.id + "-" + std::to_string(passage.n) : document.id;
  std::string out = "@misc{" + key + ",\n";
  auto field = [&out](std::string_view name, const std::string& value) {
    if (!value.empty()) out += "  " + std::string(name) + " = " + value + ",\n";
  };
  const Authorship authorship = authorship_of(document);
  field("author", braced(braced(latex_escape(authorship.author))));
  field("title", braced(braced(latex_escape(document.title))));
  field("date", braced(document.date));
  field("year", document.date.size() >= 4 ? braced(std::string_view(document.date).substr(0, 4)) : "");
  const int month = month_of(document.date);
  field("month", month >= 1 && month <= 12 ? std::string(kBibMonths[static_cast<std::size_t>(month - 1)]) : "");
  const std::string& url = document.url.empty() ? access.permalink : document.url;
  field("url", braced(latex_escape(url)));
  field("urldate", url.empty() ? "" : braced(access.date));
  std::string where = passage.page > 0 ? "page " + std::to_string(passage.page) + ", " : "";
  if (passage.n > 0) where += "paragraph " + std::to_string(passage.n) + "; ";
  const std::string what = authorship.description.empty() ? "" : latex_escape(authorship.description) + "; ";
  field("note", "{" + what + where + "Liaison document " + latex_escape(document.id) + "}");
  const Language language = passage.language != Language::Unknown ? passage.language : document.declared_language;
  field("langid", braced(profile_of(language).langid));
  out += "}\n";
  return out;
}

}  // namespace

std::string cite(const Document& document, const Passage& passage, CitationStyle style,
                 const CitationAccess& access) {
  return style == CitationStyle::BibTeX ? bibtex(document, passage, access) : plain_text(document, passage);
}

}  // namespace liaison

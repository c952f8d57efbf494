#include "search-server/reference_export.h"

#include <optional>

#include "core/ingest/citation.h"
#include "core/ingest/provenance.h"
#include "core/lang/language.h"
#include "core/lang/profile.h"
#include "search-server/cite_handlers.h"

namespace liaison::http {
namespace {

std::string_view ris_type(const std::string& kind) {
  if (kind == "statement") return "PRESS";
  if (kind == "report") return "RPRT";
  if (kind == "agreement") return "LEGAL";
  if (kind == "article") return "NEWS";
  return "GEN";
}

/// The English name of a language code ("hy" → "Armenian"), from its profile; "" if unknown.
std::string_view language_name(const std::string& code) {
  const std::optional<Language> language = parse_language(code);
  return language ? profile_of(*language).english_name : std::string_view();
}

/// A RIS value on one line: CR, LF and other control bytes become spaces.
std::string one_line(const std::string& value) {
  std::string out = value;
  for (char& c : out) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = ' ';
  }
  return out;
}

/// "2021-12-14" → "2021/12/14/", "2021-12" → "2021/12//", "2021" → "2021///".
std::string ris_date(const std::string& date) {
  std::string out = date.substr(0, 4) + "/";
  out += (date.size() >= 7 ? date.substr(5, 2) : "") + "/";
  out += (date.size() >= 10 ? date.substr(8, 2) : "") + "/";
  return out;
}

Passage citable_passage(const Hit& hit) {
  Passage passage;
  passage.n = hit.passage;
  passage.page = hit.page;
  passage.language = parse_language(hit.lang).value_or(Language::Unknown);
  return passage;
}

std::string ris_record(const Hit& hit, const ReferenceAccess& access) {
  std::string out;
  auto line = [&out](std::string_view tag, const std::string& value) {
    if (!value.empty()) out += std::string(tag) + "  - " + one_line(value) + "\r\n";
  };
  line("TY", std::string(ris_type(hit.kind)));
  line("TI", hit.title);
  const Authorship authorship = authorship_of(citable_document(hit));
  line("AU", authorship.author);
  if (hit.date.size() >= 4) {
    line("PY", hit.date.substr(0, 4));
    line("DA", ris_date(hit.date));
  }
  line("UR", hit.url.empty() ? hit_permalink(hit, access.origin) : hit.url);
  line("Y2", access.date);
  line("LA", std::string(language_name(hit.lang)));
  std::string note = authorship.description.empty() ? "" : authorship.description + "; ";
  if (hit.page > 0) note += "page " + std::to_string(hit.page) + ", ";
  if (hit.passage > 0) note += "paragraph " + std::to_string(hit.passage) + "; ";
  line("N1", note + "Liaison document " + hit.id);
  out += "ER  - \r\n";
  return out;
}

}  // namespace

Document citable_document(const Hit& hit) {
  Document document;
  document.id = hit.id;
  document.title = hit.title;
  document.date = hit.date;
  document.source = hit.source;
  document.kind = hit.kind;
  document.url = hit.url;
  document.path = hit.path;
  document.declared_language = parse_language(hit.lang).value_or(Language::Unknown);
  if (hit.provenance == to_string(Provenance::Editorial)) document.origin = "written for this corpus";
  if (hit.provenance == to_string(Provenance::Translation)) document.origin = "translation";
  return document;
}

std::string hit_permalink(const Hit& hit, const std::string& origin) {
  const std::string link = passage_permalink(hit.id, hit.anchor);
  if (hit.passage > 0) return origin + link;
  return origin + link.substr(0, link.rfind('#'));
}

std::string to_bibtex(const SearchResult& result, const ReferenceAccess& access) {
  std::string out;
  for (const Hit& hit : result.hits) {
    const CitationAccess cited{.date = access.date, .permalink = hit_permalink(hit, access.origin)};
    out += (out.empty() ? "" : "\n") + cite(citable_document(hit), citable_passage(hit), CitationStyle::BibTeX, cited);
  }
  return out;
}

std::string to_ris(const SearchResult& result, const ReferenceAccess& access) {
  std::string out;
  for (const Hit& hit : result.hits) out += (out.empty() ? "" : "\r\n") + ris_record(hit, access);
  return out;
}

}  // namespace liaison::http

#include "core/text/strings.h"

#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace liaison {
namespace {

bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }

}  // namespace

std::string_view trim(std::string_view text) {
  while (!text.empty() && is_ascii_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_ascii_space(text.back())) text.remove_suffix(1);
  return text;
}

std::string lower_ascii(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = lower_ascii(c);
  return out;
}

std::string lower(std::string_view utf8, std::string_view icu_locale) {
  const icu::Locale locale = icu_locale.empty() ? icu::Locale::getRoot() : icu::Locale(std::string(icu_locale).c_str());
  std::string out;
  icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())))
      .toLower(locale)
      .toUTF8String(out);
  return out;
}

void append_markup_escaped(std::string& out, std::string_view text, Markup markup) {
  const bool xml = markup == Markup::Xml;
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += xml ? "&apos;" : "&#39;"; break;
      default:
        if (!xml || static_cast<unsigned char>(c) >= 0x20 || c == '\t' || c == '\n' || c == '\r') out += c;
    }
  }
}

std::string xml_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  append_markup_escaped(out, text, Markup::Xml);
  return out;
}

}  // namespace liaison

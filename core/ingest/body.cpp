#include "core/ingest/body.h"
#include "core/text/strings.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace liaison {
namespace {

/// True for a Markdown ATX heading line, with `text` set to its words ("### Title ##" → "Title").
bool heading_text(std::string_view line, std::string_view& text) {
  std::size_t indent = 0;
  while (indent < line.size() && indent < 3 && line[indent] == ' ') ++indent;
  std::size_t hashes = 0;
  while (indent + hashes < line.size() && line[indent + hashes] == '#') ++hashes;
  if (hashes == 0 || hashes > 6) return false;
  const std::string_view rest = line.substr(indent + hashes);
  if (!rest.empty() && rest.front() != ' ' && rest.front() != '\t') return false;
  std::string_view inner = trim(rest);
  while (!inner.empty() && inner.back() == '#') inner.remove_suffix(1);  // closing "##"
  text = trim(inner);
  return true;
}

/// Index of the next line break after `pos` (or the size), and the start of the following line.
std::size_t line_end(std::string_view text, std::size_t pos) {
  const auto end = text.find('\n', pos);
  return end == std::string_view::npos ? text.size() : end;
}

/// `text` cut to at most `max_chars` code points, at the last space if it lies in the second half.
std::string shorten(std::string_view text, std::size_t max_chars) {
  std::size_t byte = 0, chars = 0, last_space = 0;
  while (byte < text.size() && chars < max_chars) {
    if (text[byte] == ' ') last_space = byte;
    UChar32 c;
    U8_NEXT(text.data(), byte, text.size(), c);
    ++chars;
  }
  if (byte >= text.size()) return std::string(text);
  if (last_space > byte / 2) byte = last_space;
  return std::string(trim(text.substr(0, byte)));
}

}  // namespace

std::string clean_body(std::string_view body) {
  std::string out;
  out.reserve(body.size());
  std::size_t pos = 0;
  while (pos < body.size()) {
    const std::size_t end = line_end(body, pos);
    std::string_view line = body.substr(pos, end - pos);
    pos = end + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);  // CRLF
    // A lone '\r' inside a line also ends a line (old Mac files).
    for (auto cr = line.find('\r'); cr != std::string_view::npos; cr = line.find('\r')) {
      out.append(line.substr(0, cr));
      out += '\n';
      line.remove_prefix(cr + 1);
    }
    if (std::string_view heading; heading_text(line, heading)) {
      out += "\n";
      out.append(heading);
      out += "\n\n";
    } else {
      out.append(line);
      out += '\n';
    }
  }
  return out;
}

std::string first_line_title(std::string_view text) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t end = line_end(text, pos);
    const std::string_view line = trim(text.substr(pos, end - pos));
    if (!line.empty()) return shorten(line, kMaxDerivedTitleChars);
    pos = end + 1;
  }
  return {};
}

TitledBody split_title_line(std::string_view text) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t end = line_end(text, pos);
    const std::string_view line = trim(text.substr(pos, end - pos));
    if (!line.empty()) {
      const std::string title = shorten(line, kMaxDerivedTitleChars);
      if (title.size() < line.size()) return {title, std::string(text)};
      return {title, std::string(text.substr(std::min(end + 1, text.size())))};
    }
    pos = end + 1;
  }
  return {};
}

bool has_words(std::string_view text) {
  std::size_t byte = 0;
  while (byte < text.size()) {
    UChar32 c;
    U8_NEXT(text.data(), byte, text.size(), c);
    if (c >= 0 && u_isalnum(c)) return true;
  }
  return false;
}

}  // namespace liaison

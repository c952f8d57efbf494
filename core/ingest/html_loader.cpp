#include "core/ingest/html_loader.h"
#include "core/text/strings.h"

#include <libxml/encoding.h>

#include "core/error.h"
#include "core/ingest/body.h"
#include "core/ingest/boilerplate.h"
#include "core/ingest/dates.h"
#include "core/ingest/document_builder.h"
#include "core/ingest/html_extract.h"
#include "core/ingest/scraped_text.h"
#include "core/text/utf8.h"

namespace liaison {
namespace {

constexpr std::size_t kCharsetSearchBytes = 4096;

/// The charset a page declares near its start ("windows-1251"), lower case; "" when none.
std::string declared_charset(std::string_view bytes) {
  const std::string head = lower_ascii(bytes.substr(0, kCharsetSearchBytes));
  const auto at = head.find("charset=");
  if (at == std::string::npos) return {};
  std::size_t pos = at + 8;
  while (pos < head.size() && (head[pos] == '"' || head[pos] == '\'' || head[pos] == ' ')) ++pos;
  std::string name;
  for (; pos < head.size(); ++pos) {
    const char c = head[pos];
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_')) break;
    name += c;
  }
  return name;
}

/// `bytes` as UTF-8: as they are, converted from the declared charset, or repaired.
std::string to_utf8(std::string_view bytes, const std::string& path, std::vector<std::string>& notes) {
  const auto bad = find_invalid_utf8(bytes);
  if (!bad) return std::string(bytes);
  const std::string charset = declared_charset(bytes);
  if (!charset.empty() && charset != "utf-8" && charset != "utf8") {
    xmlCharEncodingHandlerPtr handler = xmlFindCharEncodingHandler(charset.c_str());
    if (handler != nullptr) {
      xmlBufferPtr in = xmlBufferCreateStatic(const_cast<char*>(bytes.data()), bytes.size());
      xmlBufferPtr out = xmlBufferCreate();
      const int written = xmlCharEncInFunc(handler, out, in);
      std::string converted = written >= 0 ? std::string(reinterpret_cast<const char*>(xmlBufferContent(out)),
                                                         static_cast<std::size_t>(xmlBufferLength(out)))
                                           : std::string();
      xmlBufferFree(out);
      xmlBufferFree(in);
      xmlCharEncCloseFunc(handler);
      if (written >= 0 && !find_invalid_utf8(converted)) return converted;
    }
  }
  notes.push_back(path + ":" + std::to_string(line_of_offset(bytes, *bad)) +
                  ": invalid UTF-8 replaced by U+FFFD (first bad byte at " + std::to_string(*bad) + ")");
  return repair_utf8(bytes);
}

std::string first_two_letters(const std::string& lang) { return lang.substr(0, lang.find_first_of("-_")); }

/// Drops furniture lines inside each block, and blocks left empty.
std::vector<std::string> clean_blocks(const std::vector<std::string>& blocks) {
  std::vector<std::string> kept;
  for (const std::string& block : blocks) {
    std::string text;
    std::size_t pos = 0;
    while (pos <= block.size()) {
      auto end = block.find('\n', pos);
      if (end == std::string::npos) end = block.size();
      const std::string_view line = std::string_view(block).substr(pos, end - pos);
      if (!is_boilerplate_line(line)) text += (text.empty() ? "" : "\n") + std::string(strip_bullet(line));
      pos = end + 1;
    }
    if (!text.empty()) kept.push_back(std::move(text));
  }
  return kept;
}

/// `block` with the text of the page's <time> element replaced by its machine-readable date, so
/// that "Published: <time datetime="2022-08-09">Aug 9</time>" reads as a date line.
std::string with_time_date(const std::string& block, const HtmlContent& page) {
  const auto iso = iso_date_prefix(page.time_date);
  const auto at = page.time_text.empty() ? std::string::npos : block.find(page.time_text);
  if (!iso || at == std::string::npos) return block;
  return block.substr(0, at) + *iso + block.substr(at + page.time_text.size());
}

/// Removes date lines among the first blocks; returns the best date found ("" for none).
std::string take_date_lines(std::vector<std::string>& blocks, const HtmlContent& page) {
  std::string date;
  DateRole role = DateRole::Unlabelled;
  const std::size_t head = std::min(blocks.size(), kScrapedHeadParagraphs);
  std::size_t removed = 0;
  for (std::size_t i = 0; i + removed < head && i < blocks.size();) {
    const auto line = parse_date_line(with_time_date(blocks[i], page));
    if (!line) {
      ++i;
      continue;
    }
    if (date.empty() || (line->role == DateRole::Published && role != DateRole::Published)) {
      date = line->date;
      role = line->role;
    }
    blocks.erase(blocks.begin() + static_cast<std::ptrdiff_t>(i));
    ++removed;
  }
  return date;
}

std::string join_blocks(const std::vector<std::string>& blocks) {
  std::string body;
  for (const std::string& block : blocks) body += (body.empty() ? "" : "\n\n") + block;
  return body;
}

void fill_metadata(Document& doc, const HtmlContent& page) {
  doc.title = !page.og_title.empty() ? page.og_title : !page.first_h1.empty() ? page.first_h1 : page.title_element;
  doc.declared_language = parse_language(first_two_letters(page.lang)).value_or(Language::Unknown);
  doc.source = page.site_name;
  doc.url = page.url;
  if (page.og_type == "article") doc.kind = "article";
  if (auto date = iso_date_prefix(page.meta_date)) doc.date = *date;
  else if (auto time = iso_date_prefix(page.time_date)) doc.date = *time;
}

}  // namespace

Document parse_html_document(std::string_view bytes, const std::string& path, std::vector<std::string>& notes) {
  const HtmlContent page = extract_html(to_utf8(bytes, path, notes));
  if (!page.stopped.empty()) throw IngestError(path, 0, page.stopped);
  Document doc = document_for_path(path);
  fill_metadata(doc, page);
  std::vector<std::string> blocks = clean_blocks(page.blocks);
  const std::string text_date = take_date_lines(blocks, page);
  if (doc.date.empty()) doc.date = text_date;
  if (!blocks.empty() && !doc.title.empty() && blocks.front() == doc.title) blocks.erase(blocks.begin());
  if (doc.title.empty() && !blocks.empty()) doc.title = first_line_title(blocks.front());
  doc.body = join_blocks(blocks);
  finish_document(doc);
  return doc;
}

}  // namespace liaison

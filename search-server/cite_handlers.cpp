#include "search-server/cite_handlers.h"

#include <algorithm>
#include <charconv>

#include "core/index/index_state.h"
#include "core/ingest/citation.h"
#include "core/ingest/fields.h"
#include "core/text/anchor.h"
#include "search-server/json_encode.h"

namespace liaison::http {
namespace {

constexpr std::string_view kPassagesSegment = "/passages/";
constexpr std::string_view kCiteSegment = "/cite";

Reply error_reply(int status, const std::string& message, const std::string& parameter = "") {
  return {.status = status, .body = error_json(message, parameter)};
}

/// Splits "<id>/passages/<n>/cite" at its last "/passages/" ; a slash in the id makes it malformed.
bool split_tail(const std::string& tail, std::string& id, std::string& number) {
  if (tail.size() < kCiteSegment.size() || !tail.ends_with(kCiteSegment)) return false;
  const std::string head = tail.substr(0, tail.size() - kCiteSegment.size());
  const auto at = head.rfind(kPassagesSegment);
  if (at == std::string::npos) return false;
  id = head.substr(0, at);
  number = head.substr(at + kPassagesSegment.size());
  return true;
}

bool is_passage_anchor(const std::string& text) {
  return text.size() == 9 && text[0] == 't' &&
         std::all_of(text.begin() + 1, text.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

bool parse_passage_number(const std::string& text, std::uint32_t& n) {
  if (text.empty() || text.size() > 9) return false;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), n);
  return error == std::errc() && end == text.data() + text.size() && n > 0;
}

}  // namespace

std::string percent_encode(const std::string& text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    const bool unreserved = (byte >= 'A' && byte <= 'Z') || (byte >= 'a' && byte <= 'z') ||
                            (byte >= '0' && byte <= '9') || c == '-' || c == '_' || c == '.' || c == '~';
    if (unreserved) {
      out += c;
    } else {
      out += '%';
      out += kHex[byte >> 4];
      out += kHex[byte & 0x0F];
    }
  }
  return out;
}

std::string passage_permalink(const std::string& id, const std::string& anchor) {
  return "/?doc=" + percent_encode(id) + "#" + anchor;
}

Reply get_passage_citation(const ApiContext& context, const std::string& path_tail) {
  std::string id, number;
  if (!split_tail(path_tail, id, number)) return error_reply(404, "no such path");
  if (!is_valid_document_id(id)) {
    return error_reply(400, "malformed document id", "id");
  }
  // A passage is named by its number or by its stable anchor (t and eight hex digits).
  std::uint32_t n = 0;
  const bool by_anchor = is_passage_anchor(number);
  if (!by_anchor && !parse_passage_number(number, n)) {
    return error_reply(400, "the passage must be a number (1 or more) or an anchor (t1a2b3c4d)", "n");
  }
  const std::optional<DocumentView> view = context.searcher()->get_document(id);
  if (!view) return error_reply(404, "no document with id '" + id + "'");
  const auto& passages = view->document.passages;
  const auto passage = std::find_if(passages.begin(), passages.end(), [&](const Passage& p) {
    return by_anchor ? passage_anchor(p.text) == number : p.n == n;
  });
  if (passage == passages.end()) return error_reply(404, "document '" + id + "' has no passage " + number);
  const std::string permalink = passage_permalink(id, passage_anchor(passage->text));
  return {.status = 200,
          .body = {{"id", id},
                   {"n", passage->n},
                   {"anchor", passage_anchor(passage->text)},
                   {"text", cite(view->document, *passage, CitationStyle::PlainText)},
                   {"bibtex", cite(view->document, *passage, CitationStyle::BibTeX,
                                   {.date = utc_now_iso8601().substr(0, 10), .permalink = permalink})},
                   {"permalink", permalink}}};
}

}  // namespace liaison::http

#include "core/ingest/html_extract.h"
#include "core/text/strings.h"

#include <array>
#include <memory>

#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>

namespace liaison {
namespace {

constexpr auto kDroppedElements = std::to_array<std::string_view>({
    "head", "script", "style", "noscript", "template", "nav", "form", "aside", "iframe", "svg",
    "button", "select", "textarea", "menu", "dialog", "canvas", "object", "embed", "video", "audio",
});

constexpr auto kBlockElements = std::to_array<std::string_view>({
    "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
    "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th", "caption", "figure",
    "figcaption", "address", "hr", "header", "footer", "details", "summary", "center", "body",
});

constexpr auto kDroppedRoles = std::to_array<std::string_view>({
    "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog",
});

/// Words in an id or class that mark page furniture (matched anywhere, case-insensitively).
constexpr auto kFurnitureMarks = std::to_array<std::string_view>({
    "cookie", "consent", "banner", "gdpr", "social", "share", "sharing", "breadcrumb",
});

template <std::size_t N>
bool is_one_of(std::string_view s, const std::array<std::string_view, N>& list) {
  for (std::string_view item : list)
    if (s == item) return true;
  return false;
}

std::string_view name_of(const xmlNode* node) { return reinterpret_cast<const char*>(node->name); }

/// The value of attribute `name` of `node` ("" when absent).
std::string attribute(const xmlNode* node, const char* name) {
  xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  if (value == nullptr) return {};
  std::string out(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return out;
}

bool has_attribute(const xmlNode* node, const char* name) {
  return xmlHasProp(node, reinterpret_cast<const xmlChar*>(name)) != nullptr;
}

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

/// All text under `node`, whitespace collapsed and trimmed.
std::string text_content(const xmlNode* node) {
  xmlChar* content = xmlNodeGetContent(node);
  if (content == nullptr) return {};
  std::string out;
  for (const char* p = reinterpret_cast<const char*>(content); *p; ++p) {
    if (!is_blank(*p)) out += *p;
    else if (!out.empty() && out.back() != ' ') out += ' ';
  }
  xmlFree(content);
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

bool mentions_furniture(const std::string& id_or_class) {
  const std::string lowered = lower_ascii(id_or_class);
  for (std::string_view mark : kFurnitureMarks)
    if (lowered.find(mark) != std::string::npos) return true;
  return false;
}

/// Collects metadata from <head> and the text blocks of the body.
class Extractor {
 public:
  explicit Extractor(HtmlContent& out) : out_(out) {}

  void visit(const xmlNode* node, bool in_article) {
    for (const xmlNode* child = node; child != nullptr; child = child->next) {
      if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) append_text(child);
      else if (child->type == XML_ELEMENT_NODE) visit_element(child, in_article);
    }
  }

  void finish() { flush(); }

 private:
  void visit_element(const xmlNode* node, bool in_article) {
    const std::string_view name = name_of(node);
    if (name == "html") read_language(node);
    if (name == "head") read_head(node->children);
    if (is_dropped(node, name, in_article)) return;
    if (name == "br") {
      current_ += '\n';
      return;
    }
    if (name == "time" && out_.time_date.empty()) {
      out_.time_date = attribute(node, "datetime");
      out_.time_text = text_content(node);
    }
    const bool block = is_one_of(name, kBlockElements);
    if (block) flush();
    visit(node->children, in_article || name == "article" || name == "main");
    if (block) flush();
    if (name == "h1" && out_.first_h1.empty()) out_.first_h1 = text_content(node);
  }

  bool is_dropped(const xmlNode* node, std::string_view name, bool in_article) const {
    if (is_one_of(name, kDroppedElements)) return true;
    if ((name == "header" || name == "footer") && !in_article) return true;
    if (has_attribute(node, "hidden") || lower_ascii(attribute(node, "aria-hidden")) == "true") return true;
    if (is_one_of(std::string_view(lower_ascii(attribute(node, "role"))), kDroppedRoles)) return true;
    return mentions_furniture(attribute(node, "id")) || mentions_furniture(attribute(node, "class"));
  }

  void read_language(const xmlNode* node) {
    std::string lang = attribute(node, "lang");
    if (lang.empty()) lang = attribute(node, "xml:lang");
    if (!lang.empty()) out_.lang = lang;
  }

  void read_head(const xmlNode* node) {
    for (; node != nullptr; node = node->next) {
      if (node->type != XML_ELEMENT_NODE) continue;
      const std::string_view name = name_of(node);
      if (name == "title" && out_.title_element.empty()) out_.title_element = text_content(node);
      else if (name == "meta") read_meta(node);
      else if (name == "link" && lower_ascii(attribute(node, "rel")) == "canonical") out_.url = attribute(node, "href");
      read_head(node->children);  // metadata wrapped in <noscript> or misplaced elements
    }
  }

  void read_meta(const xmlNode* node) {
    std::string key = lower_ascii(attribute(node, "property"));
    if (key.empty()) key = lower_ascii(attribute(node, "name"));
    if (key.empty()) key = lower_ascii(attribute(node, "itemprop"));
    const std::string content = attribute(node, "content");
    if (key == "og:title" && out_.og_title.empty()) out_.og_title = content;
    else if (key == "og:site_name") out_.site_name = content;
    else if (key == "og:type") out_.og_type = lower_ascii(content);
    else if (key == "og:url" && out_.url.empty()) out_.url = content;
    else if ((key == "article:published_time" || key == "datepublished" || key == "date" || key == "dc.date" ||
              key == "dcterms.date") && out_.meta_date.empty())
      out_.meta_date = content;
    if (lower_ascii(attribute(node, "http-equiv")) == "content-language" && out_.lang.empty()) out_.lang = content;
  }

  void append_text(const xmlNode* node) {
    for (const char* p = reinterpret_cast<const char*>(node->content); p && *p; ++p) {
      if (!is_blank(*p)) current_ += *p;
      else if (!current_.empty() && current_.back() != ' ' && current_.back() != '\n') current_ += ' ';
    }
  }

  void flush() {
    std::string block;
    for (char c : current_) {  // trim each line; keep the line breaks of <br>
      if (c == ' ' && (block.empty() || block.back() == '\n')) continue;
      if (c == '\n')
        while (!block.empty() && block.back() == ' ') block.pop_back();
      block += c;
    }
    while (!block.empty() && (block.back() == ' ' || block.back() == '\n')) block.pop_back();
    while (!block.empty() && block.front() == '\n') block.erase(0, 1);
    if (!block.empty()) out_.blocks.push_back(std::move(block));
    current_.clear();
  }

  HtmlContent& out_;
  std::string current_;
};

struct DocFree {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};

struct ContextFree {
  void operator()(htmlParserCtxt* context) const { htmlFreeParserCtxt(context); }
};

}  // namespace

HtmlContent extract_html(std::string_view html) {
  HtmlContent out;
  constexpr int kOptions = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                           HTML_PARSE_IGNORE_ENC | HTML_PARSE_NODEFDTD;
  const std::unique_ptr<htmlParserCtxt, ContextFree> context(htmlNewParserCtxt());
  if (!context) return out;
  std::unique_ptr<xmlDoc, DocFree> doc(
      htmlCtxtReadMemory(context.get(), html.data(), static_cast<int>(html.size()), nullptr, "UTF-8", kOptions));
  // Recovery mends bad markup; a halt (elements nested deeper than xmlParserMaxDepth) drops the
  // rest of the page, so the page must not pass for one without text.
  if (context->instate == XML_PARSER_EOF && context->disableSAX != 0) {
    out.stopped = "elements nested more than " + std::to_string(xmlParserMaxDepth) +
                  " levels deep (libxml2's limit): the page cannot be read";
    return out;
  }
  if (!doc) return out;
  Extractor extractor(out);
  extractor.visit(xmlDocGetRootElement(doc.get()), false);
  extractor.finish();
  return out;
}

}  // namespace liaison

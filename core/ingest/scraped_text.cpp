#include "core/ingest/scraped_text.h"
#include "core/text/strings.h"

#include "core/ingest/body.h"
#include "core/ingest/boilerplate.h"
#include "core/ingest/dates.h"
#include "core/ingest/sentences.h"

namespace liaison {
namespace {

constexpr std::size_t kMaxTitleWords = 25;

using Paragraph = std::vector<std::string>;  ///< its lines, trimmed

/// The paragraphs of `text` after dropping furniture lines (recorded in `dropped`).
std::vector<Paragraph> kept_paragraphs(std::string_view text, std::vector<std::string>& dropped) {
  std::vector<Paragraph> paragraphs(1);
  std::size_t pos = 0;
  while (pos < text.size()) {
    auto end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = trim(text.substr(pos, end - pos));
    pos = end + 1;
    if (line.empty()) {
      if (!paragraphs.back().empty()) paragraphs.emplace_back();
    } else if (is_boilerplate_line(line)) {
      dropped.emplace_back(line);  // a dropped line does not split its paragraph
    } else {
      paragraphs.back().emplace_back(strip_bullet(line));
    }
  }
  if (paragraphs.back().empty()) paragraphs.pop_back();
  return paragraphs;
}

bool ends_like_sentence(std::string_view line) {
  return line.ends_with('.') || line.ends_with(',') || line.ends_with(';') || line.ends_with(':') ||
         line.ends_with("\xD6\x89");  // Armenian full stop
}

bool is_heading_line(std::string_view line) {
  return line.size() <= kMaxDerivedTitleChars && count_words(line) <= kMaxTitleWords && has_words(line) &&
         !ends_like_sentence(line) && !parse_date_line(line);
}

bool is_title(const Paragraph& p) { return p.size() == 1 && is_heading_line(p.front()); }

/// A masthead paragraph: every line short and unpunctuated (a slogan, a site name).
bool is_masthead(const Paragraph& p) {
  for (const std::string& line : p)
    if (count_words(line) > kMaxTitleWords || ends_like_sentence(line)) return false;
  return true;
}

void drop_paragraph(const Paragraph& p, std::vector<std::string>& dropped) {
  dropped.insert(dropped.end(), p.begin(), p.end());
}

/// Takes the title (and the masthead above it) out of `paragraphs`.
void take_title(std::vector<Paragraph>& paragraphs, ScrapedPage& page) {
  const std::size_t head = std::min(paragraphs.size(), kScrapedHeadParagraphs);
  for (std::size_t i = 0; i < head; ++i) {
    if (!is_title(paragraphs[i])) continue;
    for (std::size_t j = 0; j < i; ++j)
      if (!is_masthead(paragraphs[j])) return;  // real text above: not a title after all
    for (std::size_t j = 0; j <= i; ++j) drop_paragraph(paragraphs[j], page.dropped);
    page.title = paragraphs[i].front();
    paragraphs.erase(paragraphs.begin(), paragraphs.begin() + static_cast<std::ptrdiff_t>(i + 1));
    return;
  }
}

/// Takes the date lines out of the first paragraphs; a publication date wins over an update.
void take_date(std::vector<Paragraph>& paragraphs, ScrapedPage& page) {
  const std::size_t head = std::min(paragraphs.size(), kScrapedHeadParagraphs);
  DateRole best_role = DateRole::Unlabelled;
  for (std::size_t i = 0; i < head; ++i) {
    Paragraph& p = paragraphs[i];
    for (auto line = p.begin(); line != p.end();) {
      const auto date = parse_date_line(*line);
      if (!date) {
        ++line;
        continue;
      }
      const bool better = page.date.empty() || (date->role == DateRole::Published && best_role != DateRole::Published);
      if (better) {
        page.date = date->date;
        best_role = date->role;
      }
      page.dropped.push_back(*line);
      line = p.erase(line);
    }
  }
  std::erase_if(paragraphs, [](const Paragraph& p) { return p.empty(); });
}

std::string join(const std::vector<Paragraph>& paragraphs) {
  std::string body;
  for (const Paragraph& p : paragraphs) {
    if (!body.empty()) body += "\n\n";
    for (std::size_t i = 0; i < p.size(); ++i) body += (i ? "\n" : "") + p[i];
  }
  return body;
}

}  // namespace

ScrapedPage clean_scraped_text(std::string_view text) {
  ScrapedPage page;
  std::vector<Paragraph> paragraphs = kept_paragraphs(clean_body(text), page.dropped);
  take_date(paragraphs, page);  // first, so that a date above the title is not taken for masthead
  take_title(paragraphs, page);
  page.body = join(paragraphs);
  return page;
}

}  // namespace liaison

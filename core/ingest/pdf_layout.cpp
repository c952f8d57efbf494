#include "core/ingest/pdf_layout.h"
#include "core/text/strings.h"

#include <algorithm>
#include <cmath>
#include <map>

#include <unicode/uchar.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace liaison {
namespace {

constexpr std::size_t kRunningCandidates = 2;   ///< lines looked at, at the top and at the bottom
constexpr double kParagraphGap = 0.8;           ///< in line heights
constexpr double kHeightChange = 0.2;           ///< relative change of text height that ends a paragraph
constexpr std::string_view kSoftHyphen = "\xC2\xAD";
constexpr std::string_view kUnicodeHyphen = "\xE2\x80\x90";

UChar32 first_char(std::string_view s) {
  if (s.empty()) return -1;
  std::size_t i = 0;
  UChar32 c;
  U8_NEXT(s.data(), i, s.size(), c);
  return c;
}

UChar32 last_char(std::string_view s) {
  if (s.empty()) return -1;
  std::size_t start = s.size() - 1;
  while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
  return first_char(s.substr(start));
}

bool is_letter(UChar32 c) { return c >= 0 && u_isalpha(c); }
bool is_lower(UChar32 c) { return c >= 0 && u_islower(c); }

/// "Page 7 of 30" → "page # of #": lower case, every run of digits one '#', spaces collapsed.
std::string line_key(std::string_view line) {
  std::string key;
  for (char c : lower(line)) {
    const bool digit = c >= '0' && c <= '9';
    if (digit && !key.empty() && key.back() == '#') continue;
    if (c == ' ' && (key.empty() || key.back() == ' ')) continue;
    key += digit ? '#' : c;
  }
  while (!key.empty() && key.back() == ' ') key.pop_back();
  return key;
}

/// Lower-case roman numerals 1 to 39 ("vii", "xiv"), as front matter pages are numbered.
bool is_roman_numeral(std::string_view s) {
  if (s.empty()) return false;
  std::size_t tens = 0;
  while (tens < s.size() && tens < 3 && s[tens] == 'x') ++tens;
  const std::string_view units = s.substr(tens);
  for (std::string_view u : {"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"})
    if (units == u) return true;
  return false;
}

/// The last word of `text` (after the last space).
std::string_view last_word(std::string_view text) {
  const auto space = text.rfind(' ');
  return space == std::string_view::npos ? text : text.substr(space + 1);
}

/// The leading letters of `text` (up to the first character that is not a letter).
std::string_view leading_letters(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t next = i;
    UChar32 c;
    U8_NEXT(text.data(), next, text.size(), c);
    if (!is_letter(c)) break;
    i = next;
  }
  return text.substr(0, i);
}

bool ends_sentence(std::string_view text) {
  for (std::string_view end : {".", "!", "?", ":", "\xD6\x89", ".\"", ".\xE2\x80\x9D", ".)"})
    if (text.ends_with(end)) return true;
  return false;
}

/// A line-end hyphen of `line`: its size in bytes, or 0 when the line does not end in one after a letter.
std::size_t trailing_hyphen(std::string_view line) {
  for (std::string_view hyphen : {std::string_view("-"), kUnicodeHyphen, kSoftHyphen}) {
    if (!line.ends_with(hyphen)) continue;
    return is_letter(last_char(line.substr(0, line.size() - hyphen.size()))) ? hyphen.size() : 0;
  }
  return 0;
}

}  // namespace

std::vector<PdfLine> group_lines(const std::vector<PdfWord>& words) {
  std::vector<PdfLine> lines;
  const PdfWord* previous = nullptr;
  for (const PdfWord& word : words) {
    const double middle = word.y + word.height / 2;
    const bool same_line = previous != nullptr && middle > previous->y && middle < previous->y + previous->height &&
                           word.x >= previous->x;
    if (!same_line) {
      lines.push_back(PdfLine{.text = word.text, .top = word.y, .bottom = word.y + word.height, .left = word.x});
    } else {
      PdfLine& line = lines.back();
      if (previous->space_after) line.text += ' ';
      line.text += word.text;
      line.top = std::min(line.top, word.y);
      line.bottom = std::max(line.bottom, word.y + word.height);
    }
    previous = &word;
  }
  return lines;
}

bool is_page_number_line(const std::string& line) {
  static const std::set<std::string> kKeys = {
      "#", "- # -", "– # –", "# / #", "#/#", "page #", "page # of #", "p. #", "[#]", "(#)",
      "стр. #", "страница #", "страница # из #", "səhifə #", "էջ #", "# of #",
  };
  const std::string key = line_key(line);
  return kKeys.count(key) > 0 || is_roman_numeral(key);
}

std::vector<std::string> remove_running_lines(std::vector<PdfPage>& pages) {
  // Candidate positions of a page: its first and last kRunningCandidates lines.
  auto is_candidate = [](const PdfPage& page, std::size_t i) {
    return i < kRunningCandidates || i + kRunningCandidates >= page.lines.size();
  };
  std::map<std::string, std::size_t> pages_with_key;
  std::size_t pages_with_text = 0;
  for (const PdfPage& page : pages) {
    if (!page.lines.empty()) ++pages_with_text;
    std::set<std::string> keys;
    for (std::size_t i = 0; i < page.lines.size(); ++i)
      if (is_candidate(page, i)) keys.insert(line_key(page.lines[i].text));
    for (const std::string& key : keys) ++pages_with_key[key];
  }
  const std::size_t threshold = std::max<std::size_t>(2, (pages_with_text + 1) / 2);
  std::vector<std::string> removed;
  for (PdfPage& page : pages) {
    std::vector<PdfLine> kept;
    for (std::size_t i = 0; i < page.lines.size(); ++i) {
      const PdfLine& line = page.lines[i];
      const bool running = is_candidate(page, i) &&
                           (is_page_number_line(line.text) || pages_with_key[line_key(line.text)] >= threshold);
      if (running) removed.push_back(line.text);
      else kept.push_back(line);
    }
    page.lines = std::move(kept);
  }
  return removed;
}

std::set<std::string> hyphenated_words(const std::vector<PdfPage>& pages) {
  std::set<std::string> words;
  for (const PdfPage& page : pages) {
    for (const PdfLine& line : page.lines) {
      for (auto hyphen = line.text.find('-'); hyphen != std::string::npos; hyphen = line.text.find('-', hyphen + 1)) {
        if (hyphen == 0 || hyphen + 1 >= line.text.size()) continue;
        const std::string_view before(line.text.data(), hyphen);
        const auto start = before.rfind(' ');
        const std::string_view left = before.substr(start == std::string_view::npos ? 0 : start + 1);
        const std::string_view right = leading_letters(std::string_view(line.text).substr(hyphen + 1));
        if (!left.empty() && !right.empty()) words.insert(lower(std::string(left) + "-" + std::string(right)));
      }
    }
  }
  return words;
}

void join_line(std::string& line, const std::string& next, const std::set<std::string>& keep) {
  if (line.empty()) {
    line = next;
    return;
  }
  const std::size_t hyphen = trailing_hyphen(line);
  if (hyphen == 0) {
    line += ' ';
    line += next;
    return;
  }
  const bool soft = std::string_view(line).ends_with(kSoftHyphen);
  const std::string_view stem = last_word(std::string_view(line).substr(0, line.size() - hyphen));
  const std::string compound = lower(std::string(stem) + "-" + std::string(leading_letters(next)));
  const bool drop = soft || (is_lower(first_char(next)) && keep.count(compound) == 0);
  if (drop) line.resize(line.size() - hyphen);
  else if (hyphen != 1) line.replace(line.size() - hyphen, hyphen, "-");
  line += next;
}

std::vector<PdfParagraph> pdf_paragraphs(const std::vector<PdfPage>& pages) {
  const std::set<std::string> keep = hyphenated_words(pages);
  std::vector<PdfParagraph> paragraphs;
  const PdfLine* previous = nullptr;
  for (const PdfPage& page : pages) {
    bool new_page = true;
    for (const PdfLine& line : page.lines) {
      bool continues = false;
      if (previous != nullptr && !paragraphs.empty()) {
        const double height = previous->bottom - previous->top;
        const double line_height = line.bottom - line.top;
        const bool jumped = new_page || line.top < previous->top;
        if (jumped) {
          continues = !ends_sentence(paragraphs.back().text) && is_lower(first_char(line.text));
        } else {
          continues = line.top - previous->bottom <= kParagraphGap * height &&
                      std::abs(line_height - height) <= kHeightChange * std::max(height, line_height);
        }
      }
      if (continues) join_line(paragraphs.back().text, line.text, keep);
      else paragraphs.push_back(PdfParagraph{.page = page.number, .text = line.text});
      previous = &line;
      new_page = false;
    }
  }
  return paragraphs;
}

}  // namespace liaison

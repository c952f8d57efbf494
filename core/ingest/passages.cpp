#include "core/ingest/passages.h"

#include <string>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "core/ingest/sentences.h"
#include "core/lang/detect.h"
#include "core/lang/profile.h"

namespace liaison {
namespace {

bool is_space(UChar32 c) { return c >= 0 && u_isUWhiteSpace(c); }

bool is_blank_line(std::string_view line) {
  for (std::size_t byte = 0; byte < line.size();) {
    UChar32 c;
    U8_NEXT(line.data(), byte, line.size(), c);
    if (!is_space(c)) return false;
  }
  return true;
}

/// Appends `line` to `paragraph` with every run of whitespace (Unicode White_Space, which
/// includes no-break spaces) made one ASCII space; the line break itself becomes a space.
void append_collapsed(std::string& paragraph, std::string_view line) {
  if (!paragraph.empty()) paragraph += ' ';
  for (std::size_t byte = 0; byte < line.size();) {
    const std::size_t start = byte;
    UChar32 c;
    U8_NEXT(line.data(), byte, line.size(), c);
    if (!is_space(c)) paragraph.append(line.substr(start, byte - start));
    else if (!paragraph.empty() && paragraph.back() != ' ') paragraph += ' ';
  }
  while (!paragraph.empty() && paragraph.back() == ' ') paragraph.pop_back();
}

/// The paragraphs of `body`: runs of non-blank lines, whitespace collapsed, trimmed.
std::vector<std::string> split_paragraphs(std::string_view body) {
  std::vector<std::string> paragraphs;
  std::string current;
  std::size_t pos = 0;
  while (pos <= body.size()) {
    auto end = body.find('\n', pos);
    if (end == std::string_view::npos) end = body.size();
    const std::string_view line = body.substr(pos, end - pos);
    if (!is_blank_line(line)) {
      append_collapsed(current, line);
    } else if (!current.empty()) {
      paragraphs.push_back(std::move(current));
      current.clear();
    }
    pos = end + 1;
  }
  if (!current.empty()) paragraphs.push_back(std::move(current));
  return paragraphs;
}

}  // namespace

Language passage_language(Language declared, Language detected) {
  if (declared == Language::Unknown) return detected;
  if (detected == Language::Unknown || profile_of(detected).script == profile_of(declared).script) return declared;
  return detected;
}

std::vector<Passage> split_passages(std::string_view body, Language declared, const PassageOptions& options) {
  std::vector<Passage> passages;
  for (const std::string& paragraph : split_paragraphs(body)) {
    for (const std::string_view piece : cut_at_sentences(paragraph, options.max_words)) {
      Passage passage;
      passage.n = static_cast<std::uint32_t>(passages.size() + 1);
      passage.text = std::string(piece);
      passage.language = passage_language(declared, detect_language(passage.text));
      passages.push_back(std::move(passage));
    }
  }
  return passages;
}

}  // namespace liaison

#include "core/ingest/front_matter.h"
#include "core/text/strings.h"

#include <optional>

#include "core/error.h"

namespace liaison {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
constexpr std::string_view kDelimiter = "---";


/// Walks `text` line by line; `rest()` is what follows the last line returned.
class LineReader {
 public:
  explicit LineReader(std::string_view text) : text_(text) {}

  /// The next line without its "\n" (or "\r\n"); nullopt at the end of the text.
  std::optional<std::string_view> next() {
    if (pos_ >= text_.size()) return std::nullopt;
    const auto end = text_.find('\n', pos_);
    std::string_view line = text_.substr(pos_, end == std::string_view::npos ? std::string_view::npos : end - pos_);
    pos_ = end == std::string_view::npos ? text_.size() : end + 1;
    ++line_no_;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    return line;
  }
  std::size_t line_no() const { return line_no_; }
  std::string_view rest() const { return text_.substr(pos_); }

 private:
  std::string_view text_;
  std::size_t pos_ = 0;
  std::size_t line_no_ = 0;
};

bool is_delimiter(std::string_view line) { return trim(line) == kDelimiter; }

void add_field(FrontMatter& fm, std::string_view line, std::size_t line_no, const std::string& path) {
  const auto colon = line.find(':');
  if (colon == std::string_view::npos)
    throw IngestError(path, line_no, "front matter line is not 'key: value'");
  const std::string key = lower_ascii(trim(line.substr(0, colon)));
  if (key.empty()) throw IngestError(path, line_no, "front matter line has an empty key");
  if (const auto seen = fm.lines.find(key); seen != fm.lines.end())
    throw IngestError(path, line_no,
                      "repeated front matter key '" + key + "' (first on line " + std::to_string(seen->second) + ")");
  fm.fields.emplace(key, std::string(trim(line.substr(colon + 1))));
  fm.lines.emplace(key, line_no);
}

}  // namespace

FrontMatter parse_front_matter(std::string_view content, const std::string& path) {
  if (content.starts_with(kUtf8Bom)) content.remove_prefix(kUtf8Bom.size());
  FrontMatter fm;
  fm.body = content;
  LineReader reader(content);
  const auto first = reader.next();
  if (!first || !is_delimiter(*first)) return fm;

  fm.present = true;
  // Find the closing line first, so that an unclosed block is reported as such rather than as
  // a body line without a colon.
  LineReader finder = reader;
  std::optional<std::string_view> closing;
  while ((closing = finder.next()) && !is_delimiter(*closing)) {
  }
  if (!closing) throw IngestError(path, 1, "front matter opened with '---' is never closed");

  while (reader.line_no() + 1 < finder.line_no()) {
    const auto line = reader.next();
    if (!trim(*line).empty()) add_field(fm, *line, reader.line_no(), path);
  }
  fm.body = finder.rest();
  fm.body_line = finder.line_no() + 1;
  return fm;
}

}  // namespace liaison

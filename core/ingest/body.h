#pragma once
// Body text clean-up used by the loader: line ends, Markdown headings, titles, emptiness.
#include <cstddef>
#include <string>
#include <string_view>

namespace liaison {

/// Longest title taken from the text itself, in characters.
inline constexpr std::size_t kMaxDerivedTitleChars = 200;

/// `body` with CRLF/CR line ends made LF and Markdown headings ("## Talks") reduced to their text
/// and set apart as paragraphs of their own.
std::string clean_body(std::string_view body);

/// The first non-empty line, trimmed and cut to at most kMaxDerivedTitleChars characters
/// (at a space when one is near the limit); "" when there is none.
std::string first_line_title(std::string_view text);

/// A title taken out of the text of a file without front matter, and the body that remains.
struct TitledBody {
  std::string title;
  std::string body;
};

/// Splits off the first non-empty line as the title. A first line longer than
/// kMaxDerivedTitleChars is a paragraph, not a title: it stays in the body and the title is its
/// shortened form.
TitledBody split_title_line(std::string_view text);

/// True when `text` holds at least one letter or digit.
bool has_words(std::string_view text);

}  // namespace liaison

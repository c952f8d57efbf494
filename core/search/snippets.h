#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/lang/language.h"
#include "core/query/query_term.h"

namespace liaison {
class Analyzer;
}

namespace liaison::search {

struct SnippetOptions {
  std::size_t window_words = 36;  ///< words shown around the best cluster of matches
};

/// An HTML snippet of a passage: the window of `window_words` words holding the most distinct
/// query words (then the most matches), '…' where the text is cut, everything HTML-escaped, and
/// each word that matches a query word (by exact form, fold, or stem in the token's language,
/// or by prefix for prefix words) wrapped in <mark>…</mark> around the author's own bytes.
/// The text is re-analysed with the Analyzer the index was built with.
std::string make_snippet(const Analyzer& analyzer, std::string_view text, Language language,
                         const std::vector<query::QueryTerm>& words, const SnippetOptions& options = {});

/// How many distinct query words `text` holds, matched as make_snippet marks them (the best
/// passage of a document whose matching words have no positions: stems, name keys).
std::size_t matched_words(const Analyzer& analyzer, std::string_view text, Language language,
                          const std::vector<query::QueryTerm>& words);

/// `text` with & < > " ' replaced by their HTML entities.
std::string escape_html(std::string_view text);

/// How `snippet_text` shows the matches: what goes around each (nothing by default).
struct SnippetMarks {
  std::string_view open = "";
  std::string_view close = "";
};

/// A snippet of `make_snippet` as plain text: entities decoded, <mark>…</mark> replaced by
/// `marks` (for CSV exports, for a terminal's [brackets]).
std::string snippet_text(std::string_view snippet, const SnippetMarks& marks = {});

}  // namespace liaison::search

// Snippets as the searcher makes them: the first byte picks the passage language and the
// window size, the bytes up to the first newline are the query (parsed and built with the
// fixed cross-language lookup), the rest is the passage text. A snippet must be valid UTF-8
// with balanced <mark> tags and no markup of the passage's own.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/analysis/analyzer.h"
#include "core/query/builder.h"
#include "core/query/parser.h"
#include "core/search/snippets.h"
#include "fuzz/fixed_lookup.h"
#include "fuzz/fuzz_support.h"

using namespace liaison;

namespace {

std::size_t count(std::string_view text, std::string_view what) {
  std::size_t n = 0;
  for (auto pos = text.find(what); pos != std::string_view::npos; pos = text.find(what, pos + what.size())) ++n;
  return n;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  static const Analyzer analyzer;
  static const fuzz::FixedLookup lookup;
  const Language language = fuzz::language_of_byte(data[0]);
  const search::SnippetOptions options{.window_words = 1 + std::size_t{data[0]} / 5 % 50};
  const std::string_view input = fuzz::as_text(data + 1, size - 1);
  const auto newline = input.find('\n');
  const std::string_view query_text = input.substr(0, newline);
  const std::string_view passage = newline == std::string_view::npos ? std::string_view() : input.substr(newline + 1);

  const query::ParseResult parsed = query::parse(query_text);
  const query::BuiltQuery built =
      query::build_query(parsed.root.get(), analyzer, {.cross_language = &lookup});
  std::vector<query::QueryTerm> words = built.words;
  words.insert(words.end(), built.expansion_words.begin(), built.expansion_words.end());

  const std::string snippet = search::make_snippet(analyzer, passage, language, words, options);
  const std::size_t opened = count(snippet, "<mark>");
  fuzz::require(opened == count(snippet, "</mark>"), "every <mark> is closed");
  fuzz::require(count(snippet, "<") == 2 * opened, "no '<' but those of <mark> tags");
  if (fuzz::icu_valid_utf8(passage)) fuzz::require_utf8(snippet, "snippet of valid text");
  fuzz::require(search::escape_html(passage).find('<') == std::string::npos, "escape_html removes '<'");
  return 0;
}

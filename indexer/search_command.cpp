#include <iostream>
#include <string>
#include <string_view>

#include "core/analysis/analyzer.h"
#include "core/search/searcher.h"
#include "indexer/commands.h"

namespace liaison::cli {
namespace {

/// The API's snippet is HTML; a terminal wants the text with the matches in [brackets].
std::string snippet_for_terminal(std::string_view html) {
  static constexpr std::pair<std::string_view, std::string_view> kReplacements[] = {
      {"<mark>", "["}, {"</mark>", "]"}, {"&lt;", "<"}, {"&gt;", ">"},
      {"&quot;", "\""}, {"&#39;", "'"}, {"&#x27;", "'"}, {"&amp;", "&"}};
  std::string text;
  for (std::size_t i = 0; i < html.size();) {
    bool replaced = false;
    for (const auto& [from, to] : kReplacements) {
      if (html.substr(i, from.size()) == from) {
        text += to;
        i += from.size();
        replaced = true;
        break;
      }
    }
    if (!replaced) text += html[i++];
  }
  return text;
}

}  // namespace

int run_search(const SearchCommandOptions& options, std::ostream& out) {
  const Analyzer analyzer;
  Searcher searcher(options.db, analyzer);
  SearchRequest request;
  request.query = options.query;
  request.languages = options.languages;
  request.size = static_cast<std::uint32_t>(options.limit);
  request.facets = false;
  const SearchResult result = searcher.search(request);

  out << result.total << (result.total == 1 ? " document" : " documents") << " for «" << result.query << "»\n";
  if (result.did_you_mean) out << "did you mean: " << *result.did_you_mean << '\n';
  std::size_t rank = 0;
  for (const auto& hit : result.hits) {
    out << ++rank << ". " << hit.title << "  (" << (hit.date.empty() ? "undated" : hit.date) << ", " << hit.lang
        << ", " << hit.kind << ", score " << hit.score << ")  [" << hit.id << " ¶" << hit.passage << "]\n"
        << "   " << snippet_for_terminal(hit.snippet) << '\n';
  }
  return 0;
}

}  // namespace liaison::cli

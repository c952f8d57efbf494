#include <iostream>
#include <limits>
#include <optional>
#include <string>
#include <string_view>

#include "core/analysis/analyzer.h"
#include "core/error.h"
#include "core/lang/language.h"
#include "core/search/searcher.h"
#include "core/search/snippets.h"
#include "indexer/commands.h"

namespace liaison::cli {
namespace {

/// The --lang codes as languages; QueryError names one that is none of the four.
std::vector<Language> parse_languages(const std::vector<std::string>& codes) {
  std::vector<Language> languages;
  for (const std::string& code : codes) {
    const std::optional<Language> language = parse_language(code);
    if (!language) throw QueryError("Unknown language '" + code + "' (use en, hy, az or ru).");
    languages.push_back(*language);
  }
  return languages;
}

}  // namespace

int run_search(const SearchCommandOptions& options, std::ostream& out) {
  const Analyzer analyzer;
  SearcherOptions searcher_options;
  if (options.count_all) searcher_options.plain_count_up_to = std::numeric_limits<std::uint32_t>::max();
  Searcher searcher(options.db, analyzer, searcher_options);
  SearchRequest request;
  request.query = options.query;
  request.languages = parse_languages(options.languages);
  request.size = static_cast<std::uint32_t>(options.limit);
  request.facets = false;
  request.group_versions = !options.apart;
  const SearchResult result = searcher.search(request);

  out << (result.exact ? "" : "about ") << result.total << (result.total == 1 ? " document" : " documents")
      << " for «" << result.query << "»\n";
  if (result.did_you_mean) out << "did you mean: " << *result.did_you_mean << '\n';
  std::size_t rank = 0;
  for (const auto& hit : result.hits) {
    out << ++rank << ". " << hit.title << "  (" << (hit.date.empty() ? "undated" : hit.date) << ", " << hit.lang
        << ", " << hit.kind << ", score " << hit.score << ")  [" << hit.id << " ¶" << hit.passage << "]\n"
        << "   " << search::snippet_text(hit.snippet, {.open = "[", .close = "]"}) << '\n';
  }
  return 0;
}

}  // namespace liaison::cli

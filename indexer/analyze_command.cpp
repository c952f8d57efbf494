#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>

#include "core/analysis/analyzer.h"
#include "core/error.h"
#include "core/lang/language.h"
#include "indexer/commands.h"

namespace liaison::cli {

int run_analyze(const AnalyzeOptions& options, std::istream& in, std::ostream& out) {
  Language language = Language::Unknown;
  if (!options.language.empty()) {
    const auto parsed = parse_language(options.language);
    if (!parsed) throw ConfigError("unknown language '" + options.language + "' (use en, hy, az or ru)");
    language = *parsed;
  }
  const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  const Analyzer analyzer;
  for (const auto& token : analyzer.analyze(text, language)) {
    const nlohmann::json line = {{"text", token.text}, {"term", token.term}, {"fold", token.fold},
                                 {"stem", token.stem}, {"lang", to_code(token.language)},
                                 {"pos", token.position}};
    // The surface text comes from user input: never let a stray byte abort the output.
    out << line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
  }
  return 0;
}

}  // namespace liaison::cli

#include "bench/relevance/ranking_weights.h"

#include <functional>
#include <map>

#include "core/error.h"

namespace liaison::relevance {

query::QueryContext ranking_with(const std::vector<std::string>& settings) {
  query::QueryContext options;
  const std::map<std::string, std::function<void(double)>> fields = {
      {"exact_boost", [&](double v) { options.exact_boost = v; }},
      {"stem_boost", [&](double v) { options.stem_boost = v; }},
      {"title_factor", [&](double v) { options.title_factor = v; }},
      {"all_words_bonus", [&](double v) { options.all_words_bonus = v; }},
      {"cross_language_weight", [&](double v) { options.cross_language_weight = v; }},
      {"name_key_weight", [&](double v) { options.name_key_weight = v; }},
      {"typo_weight", [&](double v) { options.typo_weight = v; }},
      {"variant_weight", [&](double v) { options.variant_weight = v; }},
      {"phrase_weight", [&](double v) { options.phrase_weight = v; }},
      {"proximity_weight", [&](double v) { options.proximity_weight = v; }},
      {"proximity_window", [&](double v) { options.proximity_window = static_cast<Xapian::termpos>(v); }},
      {"query_language_bonus", [&](double v) { options.query_language_bonus = v; }},
      {"bm25_k1", [&](double v) { options.bm25_k1 = v; }},
      {"bm25_b", [&](double v) { options.bm25_b = v; }},
  };
  for (const std::string& setting : settings) {
    const auto equals = setting.find('=');
    const auto field = fields.find(setting.substr(0, equals));
    if (equals == std::string::npos || field == fields.end()) throw ConfigError("Unknown ranking weight: " + setting);
    try {
      field->second(std::stod(setting.substr(equals + 1)));
    } catch (const std::exception&) {
      throw ConfigError("Bad value in " + setting);
    }
  }
  return options;
}

}  // namespace liaison::relevance

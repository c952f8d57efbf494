#pragma once
// Ranking weights by name, for trying other values from the command line (bench_relevance --weight).
#include <string>
#include <vector>

#include "core/query/builder.h"

namespace liaison::relevance {

/// The default QueryContext with each "name=value" of `settings` applied. Names are the fields
/// of query::QueryContext (exact_boost, stem_boost, title_factor, all_words_bonus,
/// cross_language_weight, name_key_weight, typo_weight, phrase_weight, proximity_weight,
/// proximity_window,
/// query_language_bonus). Throws ConfigError for an unknown name or bad value.
query::QueryContext ranking_with(const std::vector<std::string>& settings);

}  // namespace liaison::relevance

#pragma once
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "bench/common/query_set.h"
#include "bench/generate/rng.h"
#include "bench/generate/text_writer.h"
#include "bench/generate/vocabulary.h"

namespace liaison::bench {

/// `per_language` queries for each language: 1–3 content words of middling frequency, domain
/// names, phrases seen in the generated text; a quarter with a filter (language, kind or a range
/// of years); some Azerbaijani ones typed without Azerbaijani letters (Qarabag).
std::vector<BenchQuery> make_queries(const std::map<std::string, Vocabulary>& vocabularies, TextWriter& text,
                                     std::size_t per_language, Rng& rng);

/// A wrk Lua script that cycles through the queries as /api/search requests.
void write_wrk_script(const std::filesystem::path& path, const std::vector<BenchQuery>& queries);

}  // namespace liaison::bench

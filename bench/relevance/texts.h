#pragma once
// Scoring by text rather than by document: when search groups the versions of one text
// (translations) into one hit, the unit it returns is the text. A text's grade for a query is the
// best grade of its versions (the judgments stay as written, per document); a ranking counts
// each text once, where its first version appears.
#include <functional>
#include <string>

#include "bench/relevance/metrics.h"

namespace liaison::relevance {

/// `text_of` names the text a document id is a version of (its own id when it has no versions).
using TextOf = std::function<std::string(const std::string&)>;

Ranking texts_of(const Ranking& ranking, const TextOf& text_of);
Grades text_grades(const Grades& grades, const TextOf& text_of);

}  // namespace liaison::relevance

#pragma once
// A document's tags from its passages': the union (measures: every reference counts) and the
// areas it is mainly about (ranked by weight, with a threshold).
#include <cstddef>
#include <vector>

#include "core/ingest/document.h"

namespace liaison {

/// Rounds a score to three decimals, so that equal evidence prints and compares the same.
double rounded_score(double score);

/// Tags in order of strength (then id, so that equal scores come out the same every time).
void sort_tags(std::vector<Tag>& tags);

/// Every tag of any passage once; score 1 − Π(1 − passage score); evidence merged (at most
/// `max_evidence` items), strongest first.
std::vector<Tag> union_of_tags(const std::vector<const std::vector<Tag>*>& passage_tags, std::size_t max_evidence);

/// The areas a document is mainly about. An area weighs the sum of its passages' scores (a
/// passage that speaks mostly of it counts more than a mention in passing); an area is listed
/// when it weighs at least `min_relative_weight` of the strongest one. Its score is its share
/// of the document's area weight (all areas, listed or not), so the scores of a document that
/// speaks of one thing only add up to 1. Strongest first; evidence merged as in union_of_tags.
std::vector<Tag> main_areas(const std::vector<const std::vector<Tag>*>& passage_tags, std::size_t max_evidence,
                            double min_relative_weight);

}  // namespace liaison

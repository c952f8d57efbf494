#pragma once
// The measure tracker and the per-tag document counts, read straight from the index.
#include <string>

#include <xapian.h>

#include "core/search/result.h"

namespace liaison::search {

/// Every document that references `measure_id` (its document tags, XN: the tagger's or the front
/// matter's, or one of its passages, XM), with the passages that do, ordered by date; the first
/// and the latest dated mention. Documents dated before `proposed` (YYYY[-MM[-DD]], "" for
/// unknown) are antecedents, apart from the mentions. An unknown id gives an empty track.
MeasureTrack track_measure(const Xapian::Database& db, const std::string& measure_id, const std::string& proposed);

/// Documents per area (XB terms) and per measure (XN terms) in the whole index.
TagCounts count_tags(const Xapian::Database& db);

}  // namespace liaison::search

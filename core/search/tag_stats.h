#pragma once
// The measure tracker and the per-tag document counts, read straight from the index.
#include <string>

#include <xapian.h>

#include "core/search/result.h"

namespace liaison::search {

/// Every document whose tags reference `measure_id` (XN term: the tagger's or front matter's),
/// with its passages that reference it (XM term), ordered by date; the first and the latest
/// dated mention. An unknown id gives an empty track.
MeasureTrack track_measure(const Xapian::Database& db, const std::string& measure_id);

/// Documents per area (XB terms) and per measure (XN terms) in the whole index.
TagCounts count_tags(const Xapian::Database& db);

}  // namespace liaison::search

#pragma once
// A measure's progress over time: per passage of the tracker, the status it shows (proposed,
// discussed, agreed, implemented, core/tagging/measure_status.h), and per year the strongest.
#include "core/search/result.h"
#include "core/tagging/measure_status.h"

namespace liaison::search {

/// Reads the status of every passage of `track` (mentions and antecedents) and sets
/// `track.statuses`: per year of the dated mentions (antecedents are not the measure yet), the
/// strongest status, shown by the earliest passage of that year that shows it. A mention
/// without passages (front matter only) adds no status.
void read_statuses(MeasureTrack& track, const StatusCues& cues);

}  // namespace liaison::search

#include "core/search/measure_timeline.h"

#include <map>

#include "core/lang/language.h"

namespace liaison::search {
namespace {

MeasureStatus read_passage(MeasurePassage& passage, const StatusCues& cues) {
  const Language language = parse_language(passage.lang).value_or(Language::Unknown);
  StatusReading reading = cues.read(passage.text, language, passage.evidence);
  passage.status = std::string(status_name(reading.status));
  passage.cue = std::move(reading.cue);
  return reading.status;
}

}  // namespace

void read_statuses(MeasureTrack& track, const StatusCues& cues) {
  for (MeasureMention& mention : track.antecedents) {
    for (MeasurePassage& passage : mention.passages) read_passage(passage, cues);
  }
  std::map<std::string, std::pair<MeasureStatus, YearStatus>> by_year;
  for (MeasureMention& mention : track.mentions) {  // oldest first
    const std::string year = mention.date.size() >= 4 ? mention.date.substr(0, 4) : "";
    for (MeasurePassage& passage : mention.passages) {
      const MeasureStatus status = read_passage(passage, cues);
      if (year.empty()) continue;
      const auto known = by_year.find(year);
      if (known != by_year.end() && known->second.first >= status) continue;
      by_year[year] = {status,
                       YearStatus{.year = year, .status = passage.status, .doc = mention.id, .title = mention.title,
                                  .date = mention.date, .n = passage.n, .lang = passage.lang, .text = passage.text,
                                  .cue = passage.cue}};
    }
  }
  track.statuses.clear();
  for (auto& [year, entry] : by_year) track.statuses.push_back(std::move(entry.second));
}

}  // namespace liaison::search

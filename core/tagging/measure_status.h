#pragma once
// What a passage shows of a measure's progress — proposed, discussed, agreed, implemented — read
// from cue phrases of the four languages (corpus/domain/statuses.json: "agreed to", "подписали",
// "imzalandı", "համաձայնեցին").
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/lang/language.h"

namespace liaison {

class Analyzer;

/// How far a measure has come, weakest first: a measure talked about is further along than one
/// only proposed, one agreed further than one talked about.
enum class MeasureStatus : std::uint8_t { Proposed, Discussed, Agreed, Implemented };

/// "proposed", "discussed", "agreed", "implemented".
std::string_view status_name(MeasureStatus status);

/// What one passage shows: the status and the cue that shows it, as written ("" when the
/// passage only speaks of the measure: discussed).
struct StatusReading {
  MeasureStatus status = MeasureStatus::Discussed;
  std::string cue;
};

/// The cue phrases of statuses.json, analysed once and compared by exact (folded) word forms; a
/// cue written "*ending" matches one word with that ending (a mood suffix: az "-malı"). A passage shows `implemented` when one of
/// its sentences that speak of the measure has an implemented cue, else `agreed`, else
/// `proposed`, else a discussed cue or none: `discussed`. A cue of a "hedged" status (agreed,
/// implemented) does not count after a word of `void_before` within kVoidWindow words of the same
/// sentence: "not signed", "will be launched", "to be implemented", "не подписали".
/// Immutable after construction; read() is safe from several threads.
class StatusCues {
 public:
  /// Parses statuses.json text; throws ConfigError naming `location` on a malformed file.
  /// `analyzer` must outlive the cues.
  StatusCues(std::string_view json_text, const Analyzer& analyzer, const std::string& location);
  ~StatusCues();
  StatusCues(const StatusCues&) = delete;
  StatusCues& operator=(const StatusCues&) = delete;

  /// What `text` (in `language`) shows. Only sentences that contain one of `evidence` (what
  /// referenced the measure, as written) are read; all of them when none does.
  StatusReading read(std::string_view text, Language language, const std::vector<std::string>& evidence) const;

  static constexpr std::size_t kVoidWindow = 3;

 private:
  struct Data;
  std::unique_ptr<const Data> data_;
  const Analyzer& analyzer_;
};

/// The cues of `dir`/statuses.json; null when the folder has none (statuses are then not read).
std::shared_ptr<const StatusCues> load_status_cues(const std::filesystem::path& dir, const Analyzer& analyzer);

}  // namespace liaison

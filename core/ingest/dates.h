#pragma once
// Dates written in the text of scraped pages, HTML and PDF: "Updated: Aug 9, 2022",
// "9 August 2022", "2022-08-09", "09.08.2022", "9 августа 2022 г.".
#include <optional>
#include <string>
#include <string_view>

namespace liaison {

/// Which date a dated line gives: the publication, a later update, or one without a label.
enum class DateRole { Published, Updated, Unlabelled };

/// A line that holds only a date, with an optional label ("Updated:", "Posted on").
struct DateLine {
  std::string date;  ///< YYYY-MM-DD or YYYY-MM, valid per is_valid_date
  DateRole role = DateRole::Unlabelled;
};

/// The date `text` spells, as a whole (surrounding spaces and a final '.' aside): ISO
/// "2022-08-09" (a time after 'T' or a space is ignored), "09.08.2022" (day first), "9 August
/// 2022", "Aug 9, 2022", "August 2022", and day-month-year with Russian, Azerbaijani or Armenian
/// month names. nullopt when it is not exactly a date.
std::optional<std::string> parse_date_text(std::string_view text);

/// A line made of a date and at most a label before it ("Updated: Aug 9, 2022", "Posted on
/// 9 August 2022", "Опубликовано: 9 августа 2022") and a reading time after it
/// ("Aug 9, 2022 · 2 min read"); nullopt for any other line, so that a sentence mentioning a
/// date is never taken for the page's date.
std::optional<DateLine> parse_date_line(std::string_view line);

/// The date at the start of an ISO 8601 timestamp ("2022-08-09T10:00:00+04:00" → "2022-08-09",
/// "2022-08" → "2022-08"); nullopt when it does not start with a valid date.
std::optional<std::string> iso_date_prefix(std::string_view timestamp);

}  // namespace liaison

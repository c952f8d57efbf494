#pragma once
// Dates: the one validator of ISO dates (Date::parse), which front matter, search requests
// and the Searcher share, and the dates written in the text of scraped pages, HTML and PDF:
// "Updated: Aug 9, 2022", "9 August 2022", "2022-08-09", "09.08.2022", "9 августа 2022 г.".
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace liaison {

/// A date of year, month or day precision, as front matter and search requests write it:
/// "2021", "2021-12" or "2021-12-14". Only Date::parse makes one, so every Date is real.
class Date {
 public:
  /// The one date validator: the date `text` is exactly, in YYYY, YYYY-MM or YYYY-MM-DD
  /// (any four-digit year) naming a real month and day: "2021-02-30", "2021-13", "2021-1",
  /// "2021-12-14T10:00" and " 2021" are nullopt.
  static std::optional<Date> parse(std::string_view text);

  int year() const noexcept { return static_cast<int>(year_); }
  unsigned month() const noexcept { return month_; }  ///< 1..12; 0 for a year
  unsigned day() const noexcept { return day_; }      ///< 1..31; 0 for a year or month

  /// As written: "2021", "2021-12" or "2021-12-14".
  std::string to_string() const;

  /// The first and the last day the date covers: 2021-01-01 and 2021-12-31 for "2021".
  std::chrono::year_month_day first_day() const;
  std::chrono::year_month_day last_day() const;

  friend bool operator==(const Date&, const Date&) = default;

 private:
  Date(std::chrono::year year, unsigned month, unsigned day) : year_(year), month_(month), day_(day) {}

  std::chrono::year year_;
  unsigned month_;
  unsigned day_;
};

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

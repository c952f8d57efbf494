#include "core/ingest/dates.h"
#include "core/text/strings.h"

#include <array>
#include <charconv>
#include <vector>

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include "core/ingest/fields.h"

namespace liaison {
namespace {

struct MonthName {
  std::string_view name;  ///< lower case
  int month;
};

// English (full, abbreviated), Russian (genitive and nominative), Azerbaijani, Armenian
// (genitive and nominative). Lower case, as text is lower-cased before the lookup.
constexpr MonthName kMonthNames[] = {
    {"january", 1}, {"jan", 1}, {"february", 2}, {"feb", 2}, {"march", 3}, {"mar", 3},
    {"april", 4}, {"apr", 4}, {"may", 5}, {"june", 6}, {"jun", 6}, {"july", 7}, {"jul", 7},
    {"august", 8}, {"aug", 8}, {"september", 9}, {"sep", 9}, {"sept", 9}, {"october", 10},
    {"oct", 10}, {"november", 11}, {"nov", 11}, {"december", 12}, {"dec", 12},
    {"января", 1}, {"февраля", 2}, {"марта", 3}, {"апреля", 4}, {"мая", 5}, {"июня", 6},
    {"июля", 7}, {"августа", 8}, {"сентября", 9}, {"октября", 10}, {"ноября", 11},
    {"декабря", 12}, {"январь", 1}, {"февраль", 2}, {"март", 3}, {"апрель", 4}, {"май", 5},
    {"июнь", 6}, {"июль", 7}, {"август", 8}, {"сентябрь", 9}, {"октябрь", 10}, {"ноябрь", 11},
    {"декабрь", 12}, {"yanvar", 1}, {"fevral", 2}, {"mart", 3}, {"aprel", 4}, {"iyun", 6},
    {"iyul", 7}, {"avqust", 8}, {"sentyabr", 9}, {"oktyabr", 10}, {"noyabr", 11}, {"dekabr", 12},
    {"հունվարի", 1}, {"փետրվարի", 2}, {"մարտի", 3}, {"ապրիլի", 4}, {"մայիսի", 5},
    {"հունիսի", 6}, {"հուլիսի", 7}, {"օգոստոսի", 8}, {"սեպտեմբերի", 9}, {"հոկտեմբերի", 10},
    {"նոյեմբերի", 11}, {"դեկտեմբերի", 12}, {"հունվար", 1}, {"փետրվար", 2}, {"մարտ", 3},
    {"ապրիլ", 4}, {"մայիս", 5}, {"հունիս", 6}, {"հուլիս", 7}, {"օգոստոս", 8},
    {"սեպտեմբեր", 9}, {"հոկտեմբեր", 10}, {"նոյեմբեր", 11}, {"դեկտեմբեր", 12},
};

/// Words around a date that carry no information: "г." and "года" (ru), "il" (az), "թ." and
/// "թվականի" (hy), "of" ("9th of August").
constexpr auto kFillerWords = std::to_array<std::string_view>({"г.", "г", "года", "il", "թ.", "թ", "թվականի", "of"});

struct Label {
  std::string_view text;  ///< lower case, without the colon
  DateRole role;
};

constexpr Label kLabels[] = {
    {"last updated on", DateRole::Updated}, {"last updated", DateRole::Updated},
    {"updated on", DateRole::Updated}, {"updated", DateRole::Updated},
    {"обновлено", DateRole::Updated}, {"yenilənib", DateRole::Updated},
    {"թարմացվել է", DateRole::Updated}, {"published on", DateRole::Published},
    {"published", DateRole::Published}, {"posted on", DateRole::Published},
    {"posted", DateRole::Published}, {"опубликовано", DateRole::Published},
    {"дата публикации", DateRole::Published}, {"dərc olunub", DateRole::Published},
    {"dərc edilib", DateRole::Published}, {"հրապարակվել է", DateRole::Published},
    {"հրապարակված է", DateRole::Published}, {"date", DateRole::Unlabelled},
    {"дата", DateRole::Unlabelled}, {"tarix", DateRole::Unlabelled}, {"ամսաթիվ", DateRole::Unlabelled},
};

bool is_digit(char c) { return c >= '0' && c <= '9'; }

/// The value of `s` when it is 1 to 4 ASCII digits; -1 otherwise.
int number(std::string_view s) {
  if (s.empty() || s.size() > 4) return -1;
  for (char c : s)
    if (!is_digit(c)) return -1;
  int value = 0;
  std::from_chars(s.data(), s.data() + s.size(), value);
  return value;
}

std::string two_digits(int n) {
  std::string digits = std::to_string(n);
  if (n < 10) digits.insert(digits.begin(), '0');
  return digits;
}

std::optional<std::string> make_date(int year, int month, int day) {
  std::string date = std::to_string(year) + "-" + two_digits(month);
  if (day > 0) date += "-" + two_digits(day);
  return is_valid_date(date) ? std::optional(date) : std::nullopt;
}

/// "9th" → "9", "9-ին" → "9", "2022-ci" → "2022": digits followed by an ordinal ending.
std::string_view strip_ordinal(std::string_view word) {
  std::size_t digits = 0;
  while (digits < word.size() && is_digit(word[digits])) ++digits;
  if (digits == 0 || digits == word.size()) return word;
  const std::string_view rest = word.substr(digits);
  if (rest == "st" || rest == "nd" || rest == "rd" || rest == "th" || rest.front() == '-') return word.substr(0, digits);
  return word;
}

/// "09.08.2022" (day first, as written in Europe) and "2022-08-09" / "2022/08/09".
std::optional<std::string> parse_numeric_date(std::string_view text) {
  if (auto iso = iso_date_prefix(text); iso && (text.size() == 10 || text.size() == 7)) return iso;
  if (text.size() == 10 && (text[4] == '/') && text[7] == '/')
    return make_date(number(text.substr(0, 4)), number(text.substr(5, 2)), number(text.substr(8, 2)));
  if (text.size() == 10 && text[2] == '.' && text[5] == '.')
    return make_date(number(text.substr(6, 4)), number(text.substr(3, 2)), number(text.substr(0, 2)));
  return std::nullopt;
}

std::vector<std::string_view> words_of(std::string_view text) {
  std::vector<std::string_view> words;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const auto end = text.find_first_of(" ,", pos);
    const auto word = text.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos);
    if (!word.empty()) words.push_back(word);
    if (end == std::string_view::npos) break;
    pos = end + 1;
  }
  return words;
}

int month_of(std::string_view word) {
  if (word.ends_with('.')) word.remove_suffix(1);  // "Aug."
  for (const MonthName& m : kMonthNames)
    if (m.name == word) return m.month;
  return 0;
}

bool is_filler(std::string_view word) {
  for (std::string_view filler : kFillerWords)
    if (filler == word) return true;
  return false;
}

/// Dates with a month name, in any order of day, month and year (a day is optional).
std::optional<std::string> parse_named_date(std::string_view lowered) {
  int year = 0, month = 0, day = 0;
  for (std::string_view word : words_of(lowered)) {
    if (is_filler(word)) continue;
    if (const int m = month_of(word)) {
      if (month) return std::nullopt;
      month = m;
      continue;
    }
    const int n = number(strip_ordinal(word));
    if (n >= 1900 && !year) year = n;
    else if (n >= 1 && n <= 31 && !day) day = n;
    else return std::nullopt;
  }
  if (!year || !month) return std::nullopt;
  return make_date(year, month, day);
}

/// `line` with a label at its start removed; `role` receives the label's role.
std::string_view strip_label(std::string_view line, DateRole& role) {
  role = DateRole::Unlabelled;
  for (const Label& label : kLabels) {
    if (!line.starts_with(label.text)) continue;
    std::string_view rest = line.substr(label.text.size());
    if (!rest.empty() && rest.front() != ' ' && rest.front() != ':') continue;  // "updatedness"
    rest = trim(rest);
    if (rest.starts_with(':')) rest = trim(rest.substr(1));
    role = label.role;
    return rest;
  }
  return line;
}

/// `line` up to a " · ", " | " or " • " separator followed by a short tail ("2 min read").
std::string_view strip_tail(std::string_view line) {
  for (std::string_view separator : {" \xC2\xB7 ", " | ", " \xE2\x80\xA2 ", " - "}) {
    const auto at = line.find(separator);
    if (at == std::string_view::npos) continue;
    const auto tail = line.substr(at + separator.size());
    if (words_of(tail).size() <= 4) return trim(line.substr(0, at));
  }
  return line;
}

/// The value of exactly `count` ASCII digits at `at` in `text`; nullopt for anything else.
std::optional<unsigned> fixed_digits(std::string_view text, std::size_t at, std::size_t count) {
  if (text.size() < at + count) return std::nullopt;
  unsigned value = 0;
  for (const char c : text.substr(at, count)) {
    if (!is_digit(c)) return std::nullopt;
    value = value * 10 + static_cast<unsigned>(c - '0');
  }
  return value;
}

}  // namespace

std::optional<Date> Date::parse(std::string_view text) {
  if (text.size() != 4 && text.size() != 7 && text.size() != 10) return std::nullopt;
  const auto year = fixed_digits(text, 0, 4);
  if (!year) return std::nullopt;
  std::optional<unsigned> month = 0, day = 0;
  if (text.size() >= 7) month = text[4] == '-' ? fixed_digits(text, 5, 2) : std::nullopt;
  if (text.size() == 10) day = text[7] == '-' ? fixed_digits(text, 8, 2) : std::nullopt;
  if (!month || !day) return std::nullopt;
  const std::chrono::year calendar_year(static_cast<int>(*year));
  if (text.size() >= 7 && !std::chrono::month(*month).ok()) return std::nullopt;
  // The calendar decides the day: 2021-02-30, 2021-04-31 and 2021-12-00 are no days.
  if (text.size() == 10 && !std::chrono::year_month_day(calendar_year, std::chrono::month(*month), std::chrono::day(*day)).ok()) {
    return std::nullopt;
  }
  return Date(calendar_year, *month, *day);
}

std::string Date::to_string() const {
  std::string text = std::to_string(year());
  text.insert(text.begin(), 4 - text.size(), '0');
  if (month_ != 0) text += "-" + two_digits(static_cast<int>(month_));
  if (day_ != 0) text += "-" + two_digits(static_cast<int>(day_));
  return text;
}

std::chrono::year_month_day Date::first_day() const {
  return {year_, std::chrono::month(month_ == 0 ? 1 : month_), std::chrono::day(day_ == 0 ? 1 : day_)};
}

std::chrono::year_month_day Date::last_day() const {
  if (month_ == 0) return {year_, std::chrono::December, std::chrono::day(31)};
  if (day_ == 0) return std::chrono::year_month_day_last(year_, std::chrono::month_day_last(std::chrono::month(month_)));
  return first_day();
}

std::optional<std::string> iso_date_prefix(std::string_view timestamp) {
  timestamp = trim(timestamp);
  const auto digits_at = [&](std::size_t pos, std::size_t n) {
    if (timestamp.size() < pos + n) return false;
    for (std::size_t i = pos; i < pos + n; ++i)
      if (!is_digit(timestamp[i])) return false;
    return true;
  };
  if (!digits_at(0, 4)) return std::nullopt;
  const int year = number(timestamp.substr(0, 4));
  if (timestamp.size() == 4) return make_date(year, 1, 0) ? std::optional(std::string(timestamp)) : std::nullopt;
  if (timestamp[4] != '-' || !digits_at(5, 2)) return std::nullopt;
  const int month = number(timestamp.substr(5, 2));
  const bool has_day = timestamp.size() >= 10 && timestamp[7] == '-' && digits_at(8, 2);
  if (!has_day) return timestamp.size() == 7 ? make_date(year, month, 0) : std::nullopt;
  if (timestamp.size() > 10 && timestamp[10] != 'T' && timestamp[10] != ' ') return std::nullopt;
  return make_date(year, month, number(timestamp.substr(8, 2)));
}

std::optional<std::string> parse_date_text(std::string_view text) {
  text = trim(text);
  if (text.ends_with('.') && !text.ends_with("г.") && !text.ends_with("թ.")) text.remove_suffix(1);
  if (text.empty() || text.size() > 60) return std::nullopt;
  if (auto numeric = parse_numeric_date(text)) return numeric;
  if (auto iso = iso_date_prefix(text); iso && text.size() > 10) return iso;  // with a time
  return parse_named_date(lower(text));
}

std::optional<DateLine> parse_date_line(std::string_view line) {
  line = trim(line);
  if (line.empty() || line.size() > 100) return std::nullopt;
  const std::string lowered = lower(line);
  DateLine result;
  const std::string_view rest = strip_tail(strip_label(lowered, result.role));
  const auto date = parse_date_text(rest);
  if (!date) return std::nullopt;
  result.date = *date;
  return result;
}

}  // namespace liaison

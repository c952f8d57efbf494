#include "core/ingest/dates.h"

#include <gtest/gtest.h>

namespace liaison {
namespace {

TEST(Dates, ParsesDatesWrittenInEachLanguage) {
  struct Case {
    std::string text, expected;
  };
  const Case cases[] = {
      {"2022-08-09", "2022-08-09"},          {"2022-08-09T10:00:00+04:00", "2022-08-09"},
      {"09.08.2022", "2022-08-09"},          {"9 August 2022", "2022-08-09"},
      {"Aug 9, 2022", "2022-08-09"},         {"August 9th, 2022", "2022-08-09"},
      {"December 2021", "2021-12"},          {"14 Dec. 2021", "2021-12-14"},
      {"9 августа 2022 г.", "2022-08-09"},   {"14 декабря 2021 года", "2021-12-14"},
      {"9 avqust 2022", "2022-08-09"},       {"14 dekabr 2021-ci il", "2021-12-14"},
      {"2022 թ. օգոստոսի 9", "2022-08-09"},  {"9 օգոստոսի 2022", "2022-08-09"},
      {"Август 2022", "2022-08"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    EXPECT_EQ(parse_date_text(c.text).value_or("none"), c.expected);
  }
}

TEST(Dates, RefusesWhatIsNotExactlyADate) {
  for (const char* text : {"", "2022", "30 Measures by 2030", "31 February 2022", "13.13.2022", "Aug 9", "on 9 August 2022 the talks",
                           "9 August 2022 and 10 August 2022", "1850-01-01", "2022-08-09junk"}) {
    EXPECT_FALSE(parse_date_text(text).has_value()) << text;
  }
}

TEST(Dates, ReadsLabelledDateLinesAndTheirRole) {
  struct Case {
    std::string line, date;
    DateRole role;
  };
  const Case cases[] = {
      {"Updated: Aug 9, 2022", "2022-08-09", DateRole::Updated},
      {"Published 9 August 2022", "2022-08-09", DateRole::Published},
      {"Posted on 2022-08-09", "2022-08-09", DateRole::Published},
      {"Aug 9, 2022 · 2 min read", "2022-08-09", DateRole::Unlabelled},
      {"Опубликовано: 9 августа 2022", "2022-08-09", DateRole::Published},
      {"Yenilənib: 09.08.2022", "2022-08-09", DateRole::Updated},
      {"Հրապարակվել է 9 օգոստոսի 2022", "2022-08-09", DateRole::Published},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.line);
    const auto line = parse_date_line(c.line);
    ASSERT_TRUE(line.has_value());
    EXPECT_EQ(line->date, c.date);
    EXPECT_EQ(line->role, c.role);
  }
  EXPECT_FALSE(parse_date_line("The ceasefire of 10 November 2020 holds.").has_value());
  EXPECT_FALSE(parse_date_line("Updated rules for the border").has_value());
}

TEST(DateValue, ParsesYearsMonthsAndRealDaysOnly) {
  struct Case {
    const char* text;
    bool valid;
  };
  const Case cases[] = {
      {"2021", true},        {"2021-12", true},     {"2021-12-14", true},  {"2024-02-29", true},
      {"2000-02-29", true},  {"1850", true},        {"0999-01-01", true},  {"2021-02-30", false},
      {"2023-02-29", false}, {"1900-02-29", false}, {"2021-04-31", false}, {"2021-13", false},
      {"2021-00", false},    {"2021-12-00", false}, {"2021-12-32", false}, {"2021-1", false},
      {"2021-1-14", false},  {"21-12-14", false},   {"20211", false},      {"2021/12/14", false},
      {"2021-12-14T00", false}, {" 2021", false},   {"2021-12-14 ", false}, {"", false},
      {"abcd", false},       {"２０２１", false},     {"2021-12-1a", false}, {"2021-12_14", false},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    const std::optional<Date> date = Date::parse(c.text);
    ASSERT_EQ(date.has_value(), c.valid);
    if (date) {
      EXPECT_EQ(date->to_string(), c.text);
    }
  }
}

TEST(DateValue, CoversItsFirstToItsLastDay) {
  using namespace std::chrono;
  const Date year = Date::parse("2024").value();
  EXPECT_EQ(year.first_day(), 2024y / January / 1d);
  EXPECT_EQ(year.last_day(), 2024y / December / 31d);
  const Date february = Date::parse("2024-02").value();
  EXPECT_EQ(february.year(), 2024);
  EXPECT_EQ(february.month(), 2u);
  EXPECT_EQ(february.day(), 0u);
  EXPECT_EQ(february.first_day(), 2024y / February / 1d);
  EXPECT_EQ(february.last_day(), 2024y / February / 29d);
  EXPECT_EQ(Date::parse("2023-02").value().last_day(), 2023y / February / 28d);
  const Date day = Date::parse("2021-12-14").value();
  EXPECT_EQ(day.first_day(), day.last_day());
  EXPECT_EQ(day.day(), 14u);
}

TEST(DateValue, TextDatesAreValidDates) {
  // Dates read from page text come out in the one validator's form.
  for (const char* text : {"9 August 2022", "December 2021", "09.08.2022", "2022-08-09T10:00:00+04:00"}) {
    SCOPED_TRACE(text);
    const auto found = parse_date_text(text);
    ASSERT_TRUE(found.has_value());
    EXPECT_TRUE(Date::parse(*found).has_value());
  }
}

}  // namespace
}  // namespace liaison

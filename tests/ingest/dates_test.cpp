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

}  // namespace
}  // namespace liaison

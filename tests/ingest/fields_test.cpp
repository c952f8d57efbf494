#include "core/ingest/fields.h"

#include <gtest/gtest.h>

#include "core/ingest/dates.h"

namespace liaison {
namespace {

// The calendar is Date::parse's (tests/ingest/dates_test.cpp): front matter only narrows the
// years to 1900–2100, and refuses what the calendar refuses.
TEST(Fields, FrontMatterDatesAreCalendarDatesOfTheYears1900To2100) {
  for (const char* date : {"1900", "2100-12-31", "2021-12", "2024-02-29"}) {
    EXPECT_TRUE(is_valid_date(date)) << date;
    EXPECT_TRUE(Date::parse(date).has_value()) << date;
  }
  for (const char* date : {"1899", "2101", "1850-06"}) {
    EXPECT_FALSE(is_valid_date(date)) << date << ": outside the years, though a calendar date";
    EXPECT_TRUE(Date::parse(date).has_value()) << date;
  }
  for (const char* date : {"2021-02-30", "2100-02-29", "2021-13", "14.12.2021", ""}) {
    EXPECT_FALSE(is_valid_date(date)) << date;
    EXPECT_FALSE(Date::parse(date).has_value()) << date;
  }
}

TEST(Fields, ValidatesExplicitIds) {
  struct Case {
    std::string id;
    bool valid;
  };
  const Case cases[] = {
      {"brussels-2021", true}, {"CBM_30.by-2030", true}, {std::string(128, 'a'), true},
      {std::string(129, 'a'), false}, {"", false}, {"with space", false}, {"a/b", false},
      {"a#1", false}, {"Երևան", false}, {"qarabağ", false},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.id);
    EXPECT_EQ(is_valid_document_id(c.id), c.valid);
  }
}

TEST(Fields, DerivesIdsFromPaths) {
  struct Case {
    const char* path;
    const char* id;
  };
  const Case cases[] = {
      {"en/Brussels 2021.md", "en-brussels-2021"},
      {"ru/Заявление.txt", "ru----------"},
      {"hy/Երևան.md", "hy------"},
      {"az/Qarabağ_sülh.MD", "az-qaraba-_s-lh"},
      {"reports/2022.04.cbm.txt", "reports-2022.04.cbm"},
      {"a.b/c", "a.b-c"},
      {"statement.md", "statement"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.path);
    EXPECT_EQ(derive_document_id(c.path), c.id);
  }
}

TEST(Fields, SplitsCommaSeparatedLists) {
  EXPECT_EQ(split_list("diplomacy, economy ,public-space"),
            (std::vector<std::string>{"diplomacy", "economy", "public-space"}));
  EXPECT_EQ(split_list(" M03,,M21, "), (std::vector<std::string>{"M03", "M21"}));
  EXPECT_TRUE(split_list("").empty());
}

}  // namespace
}  // namespace liaison

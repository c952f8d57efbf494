#include "core/ingest/fields.h"

#include <gtest/gtest.h>

#include "core/ingest/dates.h"

namespace liaison {
namespace {

TEST(Fields, ValidatesDates) {
  struct Case {
    const char* date;
    bool valid;
  };
  const Case cases[] = {
      {"2021-12-14", true},  {"2021-12", true},     {"2021", true},        {"1900", true},
      {"2100-12-31", true},  {"2024-02-29", true},  {"2000-02-29", true},  {"1899", false},
      {"2101", false},       {"2023-02-29", false}, {"1900-02-29", false}, {"2021-13", false},
      {"2021-00", false},    {"2021-04-31", false}, {"2021-12-00", false}, {"21-12-14", false},
      {"2021/12/14", false}, {"2021-1-14", false},  {"2021-12-14 ", false}, {"", false},
      {"14.12.2021", false}, {"2021-12-1a", false}, {"२०२१", false},  {"2021-02-30", false},
      {"2021-06-31", false}, {"2100-02-29", false}, {"2096-02-29", true},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.date);
    EXPECT_EQ(is_valid_date(c.date), c.valid);
    // The calendar is the one date validator's; front matter only narrows the years.
    if (c.valid) {
      EXPECT_TRUE(Date::parse(c.date).has_value());
    }
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

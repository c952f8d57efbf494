#include "core/search/request_filters.h"

#include <gtest/gtest.h>

#include "core/error.h"
#include "core/index/schema.h"

namespace liaison::search {
namespace {

TEST(DateBounds, CoverTheWholeYearOrMonthOrDay) {
  struct Case {
    std::string date, lower, upper;
  };
  for (const Case& c : {Case{"2021", "20210000", "20219999"}, Case{"2021-12", "20211200", "20211299"},
                        Case{"2021-12-14", "20211214", "20211214"}}) {
    SCOPED_TRACE(c.date);
    EXPECT_EQ(date_lower_bound(c.date), c.lower);
    EXPECT_EQ(date_upper_bound(c.date), c.upper);
    // The indexed value of the same date lies inside its own bounds.
    EXPECT_LE(date_lower_bound(c.date), schema::date_value(c.date));
    EXPECT_GE(date_upper_bound(c.date), schema::date_value(c.date));
  }
}

TEST(DateBounds, RefuseMalformedDates) {
  for (const std::string date : {"21", "2021-1", "2021-13", "2021-00", "2021-12-32", "2021/12/01", "abcd",
                                 "2021-12-14T00", "２０２１"}) {
    SCOPED_TRACE(date);
    EXPECT_THROW(date_lower_bound(date), QueryError);
  }
}

TEST(RequestFilter, IsEmptyWithoutFiltersAndUsesDocumentOrPassageTags) {
  SearchRequest request;
  EXPECT_TRUE(request_filter(request).empty());
  request.areas = {"economy"};
  EXPECT_NE(request_filter(request).get_description().find("XBeconomy"), std::string::npos);
  request.mode = SearchMode::Passages;
  EXPECT_NE(request_filter(request).get_description().find("XAeconomy"), std::string::npos);
}

}  // namespace
}  // namespace liaison::search

#include "core/search/request_filters.h"

#include <gtest/gtest.h>

#include "core/error.h"
#include "core/index/schema.h"
#include "core/request_limits.h"

namespace liaison::search {
namespace {

TEST(DateBounds, CoverTheWholeYearOrMonthOrDay) {
  struct Case {
    std::string date, lower, upper;
  };
  for (const Case& c : {Case{"2021", "20210000", "20219999"}, Case{"2021-12", "20211200", "20211299"},
                        Case{"2021-12-14", "20211214", "20211214"}}) {
    SCOPED_TRACE(c.date);
    const Date date = Date::parse(c.date).value();
    EXPECT_EQ(date_lower_bound(date), c.lower);
    EXPECT_EQ(date_upper_bound(date), c.upper);
    // The indexed value of the same date lies inside its own bounds.
    EXPECT_LE(date_lower_bound(date), schema::date_value(c.date));
    EXPECT_GE(date_upper_bound(date), schema::date_value(c.date));
  }
}

TEST(ValidateRequest, RefusesARangeThatEndsBeforeItStarts) {
  SearchRequest request;
  request.date_from = Date::parse("2021-12-14");
  request.date_to = Date::parse("2021-12");
  EXPECT_NO_THROW(validate_request(request));  // the 14th lies inside December
  request.date_to = Date::parse("2021-12-13");
  EXPECT_THROW(validate_request(request), QueryError);
  request.date_from = Date::parse("2022");
  request.date_to = Date::parse("2021-12-31");
  EXPECT_THROW(validate_request(request), QueryError);
}

TEST(ValidateRequest, RefusesPagesAndSizesPastTheLimits) {
  SearchRequest request;
  EXPECT_EQ(request.size, limits::kDefaultPageSize);
  request.page = limits::kMaxPage;
  request.size = limits::kMaxPageSize;
  EXPECT_NO_THROW(validate_request(request));
  request.page = limits::kMaxPage + 1;
  EXPECT_THROW(validate_request(request), QueryError);
  request.page = 1;
  request.size = limits::kMaxPageSize + 1;
  EXPECT_THROW(validate_request(request), QueryError);
}

TEST(RequestFilter, FiltersByLanguageCode) {
  SearchRequest request;
  request.languages = {Language::Armenian, Language::Azerbaijani};
  const std::string description = request_filter(request).get_description();
  EXPECT_NE(description.find(schema::term(schema::kLangPrefix, "hy")), std::string::npos) << description;
  EXPECT_NE(description.find(schema::term(schema::kLangPrefix, "az")), std::string::npos) << description;
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

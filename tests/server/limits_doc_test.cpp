// The limits of a request are defined once (core/request_limits.h); the server's defaults, its
// error messages and the API page all state the same numbers.
#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "core/request_limits.h"
#include "search-server/params.h"

namespace liaison::http {
namespace {

std::string api_page() {
  std::ifstream in(std::string(LIAISON_SOURCE_DIR) + "/docs/api.md");
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST(Limits, TheApiPageStatesTheLimitsOfTheCode) {
  const std::string page = api_page();
  ASSERT_FALSE(page.empty()) << "docs/api.md not found";
  const std::string query_bytes = std::to_string(limits::kMaxQueryBytes);
  for (const std::string& statement : {
           "at most " + query_bytes + " bytes",
           "a `q` over " + query_bytes + " bytes",
           "| `page` | 1 to " + std::to_string(limits::kMaxPage) + " | 1 |",
           "| `size` | 1 to " + std::to_string(limits::kMaxPageSize) + " | " +
               std::to_string(limits::kDefaultPageSize) + " |",
       }) {
    EXPECT_NE(page.find(statement), std::string::npos) << "docs/api.md should say: " << statement;
  }
}

TEST(Limits, TheServerRefusesPastTheSameLimits) {
  const SearchLimits server;
  EXPECT_EQ(server.max_query_bytes, limits::kMaxQueryBytes);
  EXPECT_EQ(server.max_page, limits::kMaxPage);
  EXPECT_EQ(server.max_size, limits::kMaxPageSize);
  EXPECT_EQ(server.default_size, limits::kDefaultPageSize);
  EXPECT_EQ(parse_search_params({}).size, limits::kDefaultPageSize);
  EXPECT_NO_THROW(parse_search_params({{"q", std::string(limits::kMaxQueryBytes, 'a')}}));
  EXPECT_THROW(parse_search_params({{"q", std::string(limits::kMaxQueryBytes + 1, 'a')}}), ParamError);
  EXPECT_NO_THROW(parse_search_params({{"page", std::to_string(limits::kMaxPage)}}));
  EXPECT_THROW(parse_search_params({{"page", std::to_string(limits::kMaxPage + 1)}}), ParamError);
  EXPECT_NO_THROW(parse_search_params({{"size", std::to_string(limits::kMaxPageSize)}}));
  EXPECT_THROW(parse_search_params({{"size", std::to_string(limits::kMaxPageSize + 1)}}), ParamError);
}

}  // namespace
}  // namespace liaison::http

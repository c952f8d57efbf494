#include "search-server/params.h"

#include <optional>

#include <gtest/gtest.h>

#include "core/ingest/dates.h"
#include "core/lang/language.h"

namespace liaison::http {
namespace {

struct BadCase {
  QueryParams params;
  std::string parameter;  ///< the parameter the error must name
  std::string says;       ///< a piece of the message
};

TEST(SearchParams, RefusesBadParametersNamingTheProblem) {
  const std::string long_query(100 * 1024, 'a');
  const BadCase cases[] = {
      {{{"sort", "popularity"}}, "sort", "unknown sort 'popularity'"},
      {{{"size", "0"}}, "size", "from 1 to 100"},
      {{{"size", "10000"}}, "size", "from 1 to 100"},
      {{{"size", "-5"}}, "size", "whole number"},
      {{{"size", "99999999999999999999999"}}, "size", "out of range"},
      {{{"page", "0"}}, "page", "from 1"},
      {{{"page", "two"}}, "page", "whole number"},
      {{{"page", "1.5"}}, "page", "whole number"},
      {{{"page", ""}, {"page", "2"}}, "page", "more than once"},
      {{{"from", "2021-13"}}, "from", "YYYY, YYYY-MM or YYYY-MM-DD"},
      {{{"from", "2021-02-30"}}, "from", "not '2021-02-30'"},
      {{{"to", "21"}}, "to", "YYYY"},
      {{{"to", "2021/12/14"}}, "to", "YYYY"},
      {{{"from", "2022"}, {"to", "2021-06"}}, "from", "after"},
      {{{"q", long_query}}, "q", "too long"},
      {{{"q", "caf\xC3"}}, "q", "UTF-8"},
      {{{"q", "a"}, {"q", "b"}}, "q", "more than once"},
      {{{"mode", "sentences"}}, "mode", "unknown mode 'sentences'"},
      {{{"lang", "fr"}}, "lang", "unknown lang 'fr'"},
      {{{"lang", "en,xx"}}, "lang", "unknown lang 'xx'"},
      {{{"lang", "english"}}, "lang", "expected en, hy, az or ru"},
      {{{"kind", "tweet"}}, "kind", "unknown kind 'tweet'"},
      {{{"area", "<script>"}}, "area", "malformed area"},
      {{{"xlang", "maybe"}}, "xlang", "0 or 1"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.parameter + ": " + c.says);
    try {
      parse_search_params(c.params);
      ADD_FAILURE() << "accepted";
    } catch (const ParamError& error) {
      EXPECT_EQ(error.parameter(), c.parameter);
      EXPECT_NE(std::string(error.what()).find(c.says), std::string::npos) << error.what();
    }
  }
}

TEST(SearchParams, QuotesOnlyTheStartOfAHugeValue) {
  try {
    parse_search_params({{"sort", std::string(5000, 'x')}});
    FAIL() << "accepted";
  } catch (const ParamError& error) {
    EXPECT_LT(std::string(error.what()).size(), 200u);
  }
}

TEST(SearchParams, RefusesAreasAndMeasuresOutsideTheDomain) {
  const KnownTags known{.areas = {"diplomacy", "economy"}, .measures = {"M01"}};
  EXPECT_THROW(parse_search_params({{"area", "sports"}}, known), ParamError);
  EXPECT_THROW(parse_search_params({{"measure", "M99"}}, known), ParamError);
  EXPECT_NO_THROW(parse_search_params({{"area", "economy"}, {"measure", "M01"}}, known));
}

TEST(SearchParams, DefaultsWhenNothingIsGiven) {
  const SearchRequest request = parse_search_params({});
  EXPECT_EQ(request.query, "");
  EXPECT_EQ(request.page, 1u);
  EXPECT_EQ(request.size, 10u);
  EXPECT_EQ(request.sort, SortOrder::Relevance);
  EXPECT_EQ(request.mode, SearchMode::Documents);
  EXPECT_TRUE(request.facets);
  EXPECT_TRUE(request.snippets);
  EXPECT_TRUE(request.suggestions);
  EXPECT_FALSE(request.cross_language);
  EXPECT_TRUE(request.languages.empty());
}

TEST(SearchParams, ReadsEveryParameter) {
  const QueryParams params = {
      {"q", "Ղարաբաղ ceasefire"}, {"lang", "EN"},        {"lang", "hy,ru"},     {"area", "diplomacy"},
      {"area", "economy"},         {"measure", "M03"},   {"kind", "statement"}, {"source", "OSCE, Minsk Group"},
      {"from", "2020-11"},         {"to", "2021-12-14"}, {"sort", "-date"},     {"page", "3"},
      {"size", "100"},             {"mode", "passages"}, {"xlang", "1"},        {"facets", "0"},
      {"snippets", "0"},           {"suggest", "0"},     {"unknown", "ignored"}};
  const SearchRequest request = parse_search_params(params);
  EXPECT_EQ(request.query, "Ղարաբաղ ceasefire");
  EXPECT_EQ(request.languages, (std::vector<Language>{Language::English, Language::Armenian, Language::Russian}));
  EXPECT_EQ(request.areas, (std::vector<std::string>{"diplomacy", "economy"}));
  EXPECT_EQ(request.measures, (std::vector<std::string>{"M03"}));
  EXPECT_EQ(request.kinds, (std::vector<std::string>{"statement"}));
  EXPECT_EQ(request.sources, (std::vector<std::string>{"OSCE, Minsk Group"}));
  EXPECT_EQ(request.date_from, Date::parse("2020-11"));
  EXPECT_EQ(request.date_to, Date::parse("2021-12-14"));
  EXPECT_EQ(request.sort, SortOrder::DateDescending);
  EXPECT_EQ(request.page, 3u);
  EXPECT_EQ(request.size, 100u);
  EXPECT_EQ(request.mode, SearchMode::Passages);
  EXPECT_TRUE(request.cross_language);
  EXPECT_FALSE(request.facets);
  EXPECT_FALSE(request.snippets);
  EXPECT_FALSE(request.suggestions);
}

TEST(SearchParams, AcceptsQueriesInEveryLanguage) {
  for (const std::string query : {"demining", "ականազերծում", "minatəmizləmə", "разминирование"}) {
    SCOPED_TRACE(query);
    EXPECT_EQ(parse_search_params({{"q", query}}).query, query);
  }
}

TEST(SearchParams, SortNamesRoundTrip) {
  for (const std::string sort : {"relevance", "date", "-date"}) {
    SCOPED_TRACE(sort);
    EXPECT_EQ(to_string(parse_search_params({{"sort", sort}}).sort), sort);
  }
}

TEST(SearchParams, DatesAreParsedByTheOneDateValidator) {
  // from= and to= take exactly what Date::parse takes (core/ingest/dates.h), any year included.
  const struct {
    const char* date;
    bool valid;
  } cases[] = {{"2021", true},        {"2021-12", true},     {"2021-12-14", true},  {"2024-02-29", true},
               {"2023-02-29", false}, {"2100-02-29", false}, {"2000-02-29", true},  {"2021-00", false},
               {"2021-04-31", false}, {"2021-1-1", false},   {"20211", false},      {"2021-02-30", false},
               {"2021-12-14T00", false}, {"abcd", false},    {"2021-12-00", false}, {"1850", true}};
  for (const auto& c : cases) {
    SCOPED_TRACE(c.date);
    EXPECT_EQ(Date::parse(c.date).has_value(), c.valid);
    for (const std::string name : {"from", "to"}) {
      if (!c.valid) {
        EXPECT_THROW(parse_search_params({{name, c.date}}), ParamError);
        continue;
      }
      const SearchRequest request = parse_search_params({{name, c.date}});
      const std::optional<Date>& date = name == "from" ? request.date_from : request.date_to;
      ASSERT_TRUE(date.has_value());
      EXPECT_EQ(date->to_string(), c.date);
    }
  }
  EXPECT_FALSE(parse_search_params({{"from", ""}}).date_from.has_value()) << "empty: open";
}

}  // namespace
}  // namespace liaison::http

#include "core/search/spelling.h"

#include <gtest/gtest.h>

namespace liaison::search {
namespace {

TEST(EditDistance, CountsCodePointEditsWithSwapsAsOne) {
  struct Case {
    std::string a, b;
    std::size_t expected;
  };
  const std::vector<Case> cases = {
      {"demining", "demining", 0}, {"deminnig", "demining", 1}, {"demning", "demining", 1},
      {"qarabag", "qarabağ", 1},   {"отчет", "отчёт", 1},        {"երևան", "երեւան", 2},
      {"kitten", "sitting", 3},    {"", "abc", 3},               {"ab", "ba", 1},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.a + " / " + c.b);
    EXPECT_EQ(edit_distance(c.a, c.b, 5), c.expected);
  }
}

TEST(EditDistance, StopsPastTheLimit) {
  EXPECT_EQ(edit_distance("kitten", "sitting", 2), 3u);
  EXPECT_EQ(edit_distance("a", "abcdefgh", 2), 3u);
}

TEST(QueryLanguages, TheLanguageEveryWordCanBeIn) {
  const auto words = [](std::initializer_list<const char*> texts) {
    std::vector<query::QueryTerm> out;
    for (const char* text : texts) out.push_back(query::QueryTerm{.text = text});
    return out;
  };
  // rejimi alone could be English; atəşkəs cannot.
  EXPECT_EQ(query_languages(words({"atəşkəs", "rejimi"})), std::vector<Language>{Language::Azerbaijani});
  EXPECT_EQ(query_languages(words({"mina", "təmizlənməsi"})), std::vector<Language>{Language::Azerbaijani});
  EXPECT_EQ(query_languages(words({"ceasefire", "regime"})),
            (std::vector<Language>{Language::English, Language::Azerbaijani}));
  // No language holds both: each word in its own.
  EXPECT_EQ(query_languages(words({"Карабах", "sərhəd"})),
            (std::vector<Language>{Language::Russian, Language::Azerbaijani}));
  EXPECT_TRUE(query_languages(words({"2020"})).empty());
}

}  // namespace
}  // namespace liaison::search

#pragma once
// Table checks shared by the stemmer tests: forms of one word get one stem; words kept apart do not.
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

namespace liaison::testing {

/// Every form of `forms` gets the stem `stem` gives the first.
inline void expect_one_stem(std::string (*stem)(std::string_view), const std::vector<std::string_view>& forms) {
  const std::string first = stem(forms.front());
  for (std::string_view form : forms) {
    SCOPED_TRACE(form);
    EXPECT_EQ(stem(form), first);
  }
}

/// `a` and `b` get different stems.
inline void expect_apart(std::string (*stem)(std::string_view), std::string_view a, std::string_view b) {
  SCOPED_TRACE(std::string(a) + " / " + std::string(b));
  EXPECT_NE(stem(a), stem(b));
}

}  // namespace liaison::testing

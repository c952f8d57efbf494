#include "core/text/strings.h"

#include <gtest/gtest.h>

#include <string>

#include "core/lang/language.h"

namespace liaison {
namespace {

TEST(LowerAscii, LowersOnlyAsciiCapitals) {
  EXPECT_EQ(lower_ascii("README.Md"), "readme.md");
  // Bytes of UTF-8 are never touched, so Cyrillic and Turkic capitals stay as they are.
  EXPECT_EQ(lower_ascii("Qarabağ İLHAM ОТЧЁТ"), "qarabağ İlham ОТЧЁТ");
  EXPECT_EQ(lower_ascii('Z'), 'z');
  EXPECT_EQ(lower_ascii('@'), '@');
  EXPECT_EQ(lower_ascii('['), '[');
  static_assert(lower_ascii('A') == 'a', "usable in constant expressions (parse_language)");
}

TEST(LowerAscii, LanguageCodesAreCaseInsensitive) {
  EXPECT_EQ(parse_language("AZ"), Language::Azerbaijani);
  EXPECT_EQ(parse_language("Hy"), Language::Armenian);
  EXPECT_EQ(parse_language("a["), std::nullopt);
}

TEST(Lower, RootLocaleLowersEveryScript) {
  EXPECT_EQ(lower("ՀՀ ԱԳՆ"), "հհ ագն");
  EXPECT_EQ(lower("МИД России"), "мид россии");
  // Language-neutral: I is i, and İ keeps its dot as a combining mark.
  EXPECT_EQ(lower("XIN"), "xin");
  EXPECT_EQ(lower("İ"), "i\u0307");
}

TEST(Lower, TurkicLocaleLowersDotlessAndDottedI) {
  EXPECT_EQ(lower("İLHAM", "az"), "ilham");
  EXPECT_EQ(lower("XIN", "az"), "xın");
  EXPECT_EQ(lower("МИД", "az"), "мид");
}

}  // namespace
}  // namespace liaison

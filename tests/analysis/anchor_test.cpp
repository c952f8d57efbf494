// A passage's anchor follows its text and nothing else.
#include "core/text/anchor.h"

#include <gtest/gtest.h>

namespace liaison {
namespace {

TEST(PassageAnchor, IsTAndEightHexDigits) {
  const std::string anchor = passage_anchor("The leaders agreed on demining.");
  ASSERT_EQ(anchor.size(), 9u);
  EXPECT_EQ(anchor[0], 't');
  EXPECT_EQ(anchor.find_first_not_of("0123456789abcdef", 1), std::string::npos) << anchor;
}

TEST(PassageAnchor, ChangesWithTheTextNotWithItsWhiteSpace) {
  const std::string text = "The leaders agreed on demining.";
  EXPECT_EQ(passage_anchor(text), passage_anchor("  The leaders\nagreed  on\tdemining.\n"));
  EXPECT_NE(passage_anchor(text), passage_anchor("The leaders agreed on demining!"));
  EXPECT_NE(passage_anchor(text), passage_anchor("Theleaders agreed on demining."));
  // Known value: FNV-1a (32 bits) of "a" is e40c292c.
  EXPECT_EQ(passage_anchor("a"), "te40c292c");
}

}  // namespace
}  // namespace liaison

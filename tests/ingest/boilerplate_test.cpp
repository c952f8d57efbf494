#include "core/ingest/boilerplate.h"

#include <gtest/gtest.h>

namespace liaison {
namespace {

TEST(Boilerplate, RecognisesPageFurnitureInEachLanguage) {
  for (const char* line : {"top of page", "Bottom of page", "  • Facebook", "• Twitter", "YouTube", "LinkedIn",
                           "Instagram", "Share", "Share on Facebook", "Follow us on Telegram", "Read more", "Read more »",
                           "Continue reading…", "Image by İltun Huseynli", "Photo: Emin Milli", "2 min read", "12 views",
                           "0 comments", "Post not marked as liked", "© 2022 by Restart Initiative", "•", "- - -", "|",
                           "Поделиться", "Подробнее", "Читать далее", "Paylaş", "Ətraflı", "Կիսվել", "Կարդալ ավելին"}) {
    EXPECT_TRUE(is_boilerplate_line(line)) << line;
  }
}

TEST(Boilerplate, KeepsTextThatMentionsTheSameWords) {
  for (const char* line : {"30 Measures by 2030", "Facebook posts by officials inflamed the debate.",
                           "Share of trade between Armenia and Azerbaijan", "Read more about the ceasefire in the report.",
                           "Image by image, the past comes back.", "Confidence-building in education",
                           "Разминирование продолжается.", "Sülh müqaviləsi", "Խաղաղության պայմանագիր", "• Demining"}) {
    EXPECT_FALSE(is_boilerplate_line(line)) << line;
  }
}

TEST(Boilerplate, StripsBulletGlyphsButNotMarkdownMarks) {
  EXPECT_EQ(strip_bullet("  • Confidence-building in education"), "Confidence-building in education");
  EXPECT_EQ(strip_bullet("▪ Разминирование"), "Разминирование");
  EXPECT_EQ(strip_bullet("- item"), "- item");
}

}  // namespace
}  // namespace liaison

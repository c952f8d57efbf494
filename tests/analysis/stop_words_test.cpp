#include "core/analysis/stop_words.h"

#include <gtest/gtest.h>

#include <string_view>
#include <vector>

#include "core/analysis/analyzer.h"

namespace liaison {
namespace {

TEST(StopWords, KnowsCommonFunctionWordsOfEachLanguage) {
  struct Case {
    Language language;
    std::vector<std::string_view> words;
  };
  const Case cases[] = {
      {Language::English, {"and", "of", "the", "in", "to", "a"}},
      {Language::Russian, {"и", "в", "на", "не", "что", "еще"}},
      {Language::Armenian, {"եւ", "ու", "է", "են", "որ"}},
      {Language::Azerbaijani, {"və", "ilə", "bu", "da", "də", "ki", "üçün"}},
  };
  for (const Case& c : cases) {
    for (std::string_view word : c.words) {
      SCOPED_TRACE(word);
      EXPECT_TRUE(is_stop_word(word, c.language));
    }
  }
}

TEST(StopWords, ContentWordsAndOtherLanguagesAreNotStopWords) {
  EXPECT_FALSE(is_stop_word("peace", Language::English));
  EXPECT_FALSE(is_stop_word("мир", Language::Russian));
  EXPECT_FALSE(is_stop_word("խաղաղություն", Language::Armenian));
  EXPECT_FALSE(is_stop_word("sülh", Language::Azerbaijani));
  EXPECT_FALSE(is_stop_word("and", Language::Azerbaijani));
  EXPECT_FALSE(is_stop_word("и", Language::Unknown));
  EXPECT_TRUE(stop_words(Language::Unknown).empty());
}

TEST(StopWords, ListsAreSmallAndAlreadyNormalised) {
  const Analyzer analyzer;
  for (Language language : kLanguages) {
    const auto words = stop_words(language);
    EXPECT_GE(words.size(), 30u);
    EXPECT_LE(words.size(), 80u);
    for (std::string_view word : words) {
      SCOPED_TRACE(word);
      if (word == "և") continue;  // kept too for callers that skip normalisation
      EXPECT_EQ(analyzer.normalize_word(word, language), word);
    }
  }
}

}  // namespace
}  // namespace liaison

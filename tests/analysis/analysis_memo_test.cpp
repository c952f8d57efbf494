#include "core/analysis/analysis_memo.h"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "core/analysis/analyzer.h"

namespace liaison {
namespace {

const Analyzer& analyzer() {
  static const Analyzer instance;
  return instance;
}

void expect_same_tokens(const std::vector<Token>& a, const std::vector<Token>& b) {
  ASSERT_EQ(a.size(), b.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    SCOPED_TRACE(a[i].text);
    EXPECT_EQ(a[i].text, b[i].text);
    EXPECT_EQ(a[i].term, b[i].term);
    EXPECT_EQ(a[i].fold, b[i].fold);
    EXPECT_EQ(a[i].stem, b[i].stem);
    EXPECT_EQ(a[i].language, b[i].language);
    EXPECT_EQ(a[i].byte_begin, b[i].byte_begin);
    EXPECT_EQ(a[i].byte_end, b[i].byte_end);
    EXPECT_EQ(a[i].position, b[i].position);
  }
}

Token token_of(std::string text) {
  Token token;
  token.text = text;
  token.term = std::move(text);
  return token;
}

constexpr const char* kPassage = "Paşinyan və Əliyev Qarabağda görüşdülər; Пашинян и Алиев встретились.";

TEST(AnalysisMemo, OffOutsideAScope) {
  EXPECT_EQ(AnalysisMemo::active(), nullptr);
  {
    const AnalysisMemo::Scope scope;
    ASSERT_NE(AnalysisMemo::active(), nullptr);
    {
      const AnalysisMemo::Scope nested;
      analyzer().analyze(kPassage, Language::Azerbaijani);
    }
    // The inner scope ended, the outer one keeps what was remembered.
    ASSERT_NE(AnalysisMemo::active(), nullptr);
    EXPECT_EQ(AnalysisMemo::active()->size(), 1u);
  }
  EXPECT_EQ(AnalysisMemo::active(), nullptr);
  const AnalysisMemo::Scope again;
  EXPECT_EQ(AnalysisMemo::active()->size(), 0u) << "the last scope to end empties the memo";
}

TEST(AnalysisMemo, AnswersAsTheAnalyzerWould) {
  const std::vector<Token> plain = analyzer().analyze(kPassage, Language::Azerbaijani);
  const std::vector<Token> plain_unknown = analyzer().analyze(kPassage);
  const std::vector<Token> plain_no_stems = analyzer().analyze(kPassage, Language::Azerbaijani, {.stems = false});
  ASSERT_GT(plain.size(), 5u);
  const AnalysisMemo::Scope scope;
  expect_same_tokens(analyzer().analyze(kPassage, Language::Azerbaijani), plain);
  EXPECT_EQ(AnalysisMemo::active()->size(), 1u);
  expect_same_tokens(analyzer().analyze(kPassage, Language::Azerbaijani), plain);  // from the memo
  EXPECT_EQ(AnalysisMemo::active()->size(), 1u);
  // Another language or other options are another entry, never the first one's answer.
  expect_same_tokens(analyzer().analyze(kPassage), plain_unknown);
  expect_same_tokens(analyzer().analyze(kPassage, Language::Azerbaijani, {.stems = false}), plain_no_stems);
  EXPECT_EQ(AnalysisMemo::active()->size(), 3u);
  EXPECT_TRUE(analyzer().analyze(kPassage, Language::Azerbaijani, {.stems = false}).front().stem.empty());
}

TEST(AnalysisMemo, StartsAgainWhenFull) {
  AnalysisMemo memo;
  const std::vector<Token> half(AnalysisMemo::kMaxTokens / 2, token_of("söz"));
  memo.remember("first", Language::Azerbaijani, true, half);
  memo.remember("second", Language::Azerbaijani, true, half);
  EXPECT_EQ(memo.size(), 2u);
  ASSERT_NE(memo.find("first", Language::Azerbaijani, true), nullptr);
  EXPECT_EQ(memo.find("first", Language::Azerbaijani, true)->size(), half.size());
  EXPECT_EQ(memo.find("first", Language::Russian, true), nullptr);
  EXPECT_EQ(memo.find("first", Language::Azerbaijani, false), nullptr);
  memo.remember("third", Language::Azerbaijani, true, {token_of("bir")});
  EXPECT_EQ(memo.size(), 1u) << "over kMaxTokens tokens: emptied, then the new text kept";
  EXPECT_EQ(memo.find("first", Language::Azerbaijani, true), nullptr);
  ASSERT_NE(memo.find("third", Language::Azerbaijani, true), nullptr);
  // A text longer than the whole memo is not kept, and does not empty it.
  memo.remember("huge", Language::Azerbaijani, true, std::vector<Token>(AnalysisMemo::kMaxTokens + 1, token_of("x")));
  EXPECT_EQ(memo.find("huge", Language::Azerbaijani, true), nullptr);
  EXPECT_NE(memo.find("third", Language::Azerbaijani, true), nullptr);
}

TEST(AnalysisMemo, EachThreadHasItsOwn) {
  const AnalysisMemo::Scope scope;
  analyzer().analyze(kPassage, Language::Azerbaijani);
  bool other_thread_active = true;
  std::thread([&other_thread_active] { other_thread_active = AnalysisMemo::active() != nullptr; }).join();
  EXPECT_FALSE(other_thread_active);
  EXPECT_EQ(AnalysisMemo::active()->size(), 1u);
}

}  // namespace
}  // namespace liaison

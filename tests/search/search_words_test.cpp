// The bundled domain as search reads it: a common word of the peace process typed in any of the
// four languages is a domain entry whose forms reach the other three (corpus/domain: thesaurus,
// measures and the search-only words of search_words.json, issue 17).
#include <optional>
#include <set>
#include <sstream>

#include <gtest/gtest.h>

#include "core/analysis/analyzer.h"
#include "core/query/parser.h"
#include "core/search/domain_lexicon.h"
#include "tests/support/temp_dir.h"

namespace liaison {
namespace {

std::vector<std::string> words_of(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> out;
  for (std::string word; in >> word;) out.push_back(word);
  return out;
}

std::set<std::string> entry_ids(const query::EntryMatch& match) {
  std::set<std::string> out;
  std::istringstream in(match.entry);
  for (std::string id; std::getline(in, id, ',');) out.insert(id);
  return out;
}

class BundledSearchWords : public ::testing::Test {
 protected:
  std::optional<query::EntryMatch> entry(const std::string& text) const {
    const std::vector<std::string> words = words_of(text);
    std::optional<query::EntryMatch> match = lexicon_->longest_prefix(words);
    if (match && match->words != words.size()) return std::nullopt;
    return match;
  }

  Analyzer analyzer_;
  std::shared_ptr<const DomainLexicon> lexicon_ =
      load_domain_lexicon(testing::source_dir() / "corpus" / "domain", analyzer_);
};

TEST_F(BundledSearchWords, CommonDomainWordsReachTheOtherThreeLanguages) {
  const std::vector<std::vector<std::string>> words = {
      {"border", "sərhəd", "граница", "սահման"},
      {"ceasefire", "atəşkəs", "перемирие", "հրադադար"},
      {"mines", "mina", "мина", "ական"},
      {"refugee", "qaçqın", "беженец", "փախստական"},
      {"prisoners", "əsirlər", "пленные", "գերիներ"},
      {"peace", "sülh", "мир", "խաղաղություն"},
      {"treaty", "müqavilə", "договор", "պայմանագիր"},
      {"railway", "dəmir yolu", "железная дорога", "երկաթուղի"},
      {"road", "yol", "дорога", "ճանապարհ"},
      {"war", "müharibə", "война", "պատերազմ"},
  };
  for (const auto& spellings : words) {
    for (const std::string& word : spellings) {
      SCOPED_TRACE(word);
      const std::optional<query::EntryMatch> match = entry(word);
      ASSERT_TRUE(match.has_value());
      std::set<Language> languages;
      for (const query::EntryForm& form : match->forms) languages.insert(form.language);
      EXPECT_EQ(languages, (std::set<Language>{Language::English, Language::Armenian, Language::Azerbaijani,
                                               Language::Russian}));
    }
  }
}

TEST_F(BundledSearchWords, AnEnglishSearchWordCountsOnlyInAFormItLists) {
  const std::optional<query::EntryMatch> mines = entry("mines");
  ASSERT_TRUE(mines.has_value());
  EXPECT_TRUE(entry_ids(*mines).contains("mine"));
  // "mining" stems as "mine" does, but is the industry.
  const std::optional<query::EntryMatch> mining = entry("mining");
  EXPECT_TRUE(!mining || !entry_ids(*mining).contains("mine")) << mining->entry;
  // Other languages go by stems: «sərhədi», «границы», «սահմանի».
  for (const char* inflected : {"sərhədi", "границы", "սահմանի"}) {
    SCOPED_TRACE(inflected);
    const std::optional<query::EntryMatch> match = entry(inflected);
    ASSERT_TRUE(match.has_value());
    EXPECT_TRUE(entry_ids(*match).contains("border")) << match->entry;
  }
}

TEST_F(BundledSearchWords, WholeEntriesStillWinOverTheirWords) {
  // "peace treaty" is a thesaurus term of its own, not the search words peace and treaty.
  const std::optional<query::EntryMatch> match = entry("peace treaty");
  ASSERT_TRUE(match.has_value());
  EXPECT_EQ(entry_ids(*match), std::set<std::string>{"peace-treaty"});
  EXPECT_TRUE(lexicon_->is_entry("sərhəd"));
}

TEST_F(BundledSearchWords, ACompoundWrittenApartInsideALongerEntryKeepsTheEntry) {
  const auto expansions_of = [this](const std::string& text) {
    const query::ParseResult parsed = query::parse(text);
    query::QueryContext context;
    context.cross_language = lexicon_.get();
    std::vector<std::string> typed;
    for (const query::Expansion& expansion : query::build_query(parsed.root.get(), analyzer_, context).expansions)
      typed.push_back(expansion.typed);
    return typed;
  };
  // "confidence building" is a compound English writes hyphenated, and "confidence-building
  // measures" a thesaurus term of three words: the longer entry wins.
  EXPECT_EQ(expansions_of("confidence building measures"), std::vector<std::string>{"confidence building measures"});
  EXPECT_EQ(expansions_of("confidence building"), std::vector<std::string>{"confidence building"});
  EXPECT_EQ(expansions_of("cross border trade"), (std::vector<std::string>{"cross border", "trade"}));
}

}  // namespace
}  // namespace liaison

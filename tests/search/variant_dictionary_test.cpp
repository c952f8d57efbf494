// The Latin variant dictionary (core/index/variant_dictionary.h) written by real builds, serial
// and parallel, and read by IndexSpellingVariants (core/search/spelling_variants.h).
#include "core/index/variant_dictionary.h"

#include <algorithm>
#include <set>
#include <string>

#include <gtest/gtest.h>
#include <xapian.h>

#include "core/analysis/analyzer.h"
#include "core/analysis/latin_variants.h"
#include "core/index/schema.h"
#include "core/index/writer.h"
#include "core/query/query_term.h"
#include "core/search/spelling_variants.h"
#include "tests/support/temp_dir.h"

namespace liaison {
namespace {

using testing::TempDir;

struct Workspace {
  TempDir corpus;
  TempDir index;
  Analyzer analyzer;

  std::filesystem::path db() const { return index.path() / "db"; }
  BuildReport build(std::size_t threads) const { return build_index(corpus.path(), db(), analyzer, {.threads = threads}); }
  void write_corpus() const {
    corpus.write("en/town.md", "---\nlang: en\n---\nFamilies went back to Şuşa in the spring.\n");
    corpus.write("en/minister.md", "---\nlang: en\n---\nMinister Nalbandyan spoke after the envoy.\n");
    corpus.write("en/foreign.md", "---\nlang: en\n---\nThe foreign minister Nalbandian answered.\n");
    corpus.write("en/farms.md", "---\nlang: en\n---\nThe old kolxoz fields lie fallow.\n");
    corpus.write("hy/yerevan.md", "---\nlang: hy\n---\nԵրևանում հանդիպում եղավ։\n");
  }
};

std::set<std::string> entry(const Xapian::Database& db, const std::string& key, bool name) {
  const std::string at = schema::variant_entry(key, name);
  return {db.synonyms_begin(at), db.synonyms_end(at)};
}

std::vector<std::string> variants(const Xapian::Database& db, const Analyzer& analyzer, const std::string& typed) {
  const search::IndexSpellingVariants lookup(db);
  const std::vector<query::QueryTerm> terms = query::analyze_query_word(analyzer, typed);
  if (terms.size() != 1) return {};
  return lookup.variants_of(terms.front());
}

class VariantDictionary : public ::testing::TestWithParam<std::size_t> {};

TEST_P(VariantDictionary, GroupsTheWordsOfOneKeyAndIsReadByTheVariantLookup) {
  Workspace ws;
  ws.write_corpus();
  ASSERT_EQ(ws.build(GetParam()).failed, 0u);
  const Xapian::Database db(ws.db().string());
  // -ian and -yan share a key, as common words (both end in a consonant: no separate name entry).
  const std::string nalbandian = latin_variant_key("nalbandian", false);
  EXPECT_EQ(entry(db, nalbandian, false), (std::set<std::string>{"nalbandian", "nalbandyan"}));
  EXPECT_TRUE(entry(db, latin_variant_key("nalbandyan", true), true).empty());
  // A name's key drops its final vowel: şuşa has a name entry of its own; the one word alone is kept.
  EXPECT_EQ(entry(db, latin_variant_key("şuşa", true), true), std::set<std::string>{"şuşa"});
  // Armenian letters and short words have no key.
  std::size_t words = 0;
  for (auto it = db.synonym_keys_begin(); it != db.synonym_keys_end(); ++it) {
    for (auto word = db.synonyms_begin(*it); word != db.synonyms_end(*it); ++word, ++words) {
      const auto lead = static_cast<unsigned char>((*word)[0]);
      EXPECT_FALSE(lead >= 0xd4 && lead <= 0xd6) << *word;  // Armenian letters (U+0530–U+058F)
      EXPECT_GE((*word).size(), 5u) << *word;
    }
  }
  EXPECT_GT(words, 10u);

  EXPECT_EQ(variants(db, ws.analyzer, "Shushi"), std::vector<std::string>{"şuşa"});
  EXPECT_EQ(variants(db, ws.analyzer, "Nalbandian"), std::vector<std::string>{"nalbandyan"});
  EXPECT_EQ(variants(db, ws.analyzer, "kolkhozes"), std::vector<std::string>{"kolxoz"});
  EXPECT_TRUE(variants(db, ws.analyzer, "fields").empty());
}

TEST_P(VariantDictionary, FollowsTheVocabularyWhenDocumentsGoAndKeepsItWhenNothingChanged) {
  Workspace ws;
  ws.write_corpus();
  ASSERT_EQ(ws.build(GetParam()).failed, 0u);
  const std::string key = latin_variant_key("nalbandian", false);

  const BuildReport unchanged = ws.build(GetParam());
  EXPECT_EQ(unchanged.unchanged, 5u);
  EXPECT_EQ(entry(Xapian::Database(ws.db().string()), key, false), (std::set<std::string>{"nalbandian", "nalbandyan"}));

  std::filesystem::remove(ws.corpus.path() / "en/foreign.md");
  const BuildReport removed = ws.build(GetParam());
  EXPECT_EQ(removed.removed, 1u);
  const Xapian::Database db(ws.db().string());
  EXPECT_EQ(entry(db, key, false), std::set<std::string>{"nalbandyan"});
  EXPECT_EQ(variants(db, ws.analyzer, "Nalbandian"), std::vector<std::string>{"nalbandyan"});
}

// A scan of the term list (the look-up before the dictionary) read 5,000 terms a first letter and
// missed the rest; the dictionary holds the whole vocabulary.
TEST(VariantDictionaryScale, FindsAVariantBehindThousandsOfWordsOfItsFirstLetter) {
  Workspace ws;
  std::string words;
  for (char a = 'a'; a <= 'g'; ++a)
    for (char b = 'a'; b <= 'z'; ++b)
      for (char c = 'a'; c <= 'z'; ++c)
        for (char d : {'a', 'e', 'i', 'o', 'u'}) words += std::string("sa") + a + b + c + d + ' ';  // 23,660 words
  ws.corpus.write("en/many.md", "---\nlang: en\n---\n" + words + "\n");
  ws.corpus.write("en/town.md", "---\nlang: en\n---\nFamilies went back to Shusha in the spring.\n");
  ASSERT_EQ(ws.build(1).failed, 0u);
  const Xapian::Database db(ws.db().string());
  EXPECT_EQ(variants(db, ws.analyzer, "Shushi"), std::vector<std::string>{"shusha"});
}

// One thread writes serially (the dictionary in the last commit); two build shards and merge them
// (the dictionary written over the merged vocabulary).
INSTANTIATE_TEST_SUITE_P(SerialAndParallel, VariantDictionary, ::testing::Values(1u, 2u));

}  // namespace
}  // namespace liaison

// `indexer build` tags passages with the CBM domain beside the corpus folder or given by --domain.
#include <gtest/gtest.h>

#include "tests/cli/cli_support.h"
#include "tests/tagging/domain_fixture.h"

namespace liaison::testing {
namespace {

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

void write_domain(const TempDir& dir, const std::string& folder) {
  dir.write(folder + "/areas.json", kAreasJson);
  dir.write(folder + "/measures.json", kMeasuresJson);
  dir.write(folder + "/thesaurus.json", kThesaurusJson);
  dir.write(folder + "/gazetteer.json", kGazetteerJson);
}

void write_corpus(const TempDir& dir) {
  dir.write("corpus/documents/a.md",
            corpus_file("Monitoring", "ru", "Члены Совместной группы мониторинга встретились.\n\nПогода была хорошей."));
}

TEST(IndexerTagging, PicksUpTheDomainBesideTheCorpusAndCountsTaggedPassages) {
  TempDir dir;
  write_corpus(dir);
  write_domain(dir, "corpus/domain");
  const auto result = indexer({"build", "--quiet", "--corpus", (dir.path() / "corpus" / "documents").string(), "--db",
                               (dir.path() / "db").string()});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_TRUE(contains(result.out, "domain: ")) << result.out;
  EXPECT_TRUE(contains(result.out, "(5 areas, 4 measures, 8 concepts, 2 names)")) << result.out;
  EXPECT_TRUE(contains(result.out, "tagged 1 of 2 passages read (1 with areas, 1 with measures)")) << result.out;
}

TEST(IndexerTagging, TakesTheDomainFolderGivenAndTagsNothingWithoutOne) {
  TempDir dir;
  write_corpus(dir);
  write_domain(dir, "elsewhere");
  const std::string corpus = (dir.path() / "corpus" / "documents").string();
  const auto without = indexer({"build", "--quiet", "--corpus", corpus, "--db", (dir.path() / "db1").string()});
  ASSERT_EQ(without.exit_code, 0) << without.err;
  EXPECT_TRUE(contains(without.out, "only front-matter tags")) << without.out;
  EXPECT_FALSE(contains(without.out, "tagged ")) << without.out;
  const auto with = indexer({"build", "--quiet", "--corpus", corpus, "--db", (dir.path() / "db2").string(), "--domain",
                             (dir.path() / "elsewhere").string()});
  ASSERT_EQ(with.exit_code, 0) << with.err;
  EXPECT_TRUE(contains(with.out, "tagged 1 of 2 passages")) << with.out;
}

TEST(IndexerTagging, BadDomainFileStopsTheBuildNamingFileAndEntry) {
  TempDir dir;
  write_corpus(dir);
  write_domain(dir, "corpus/domain");
  dir.write("corpus/domain/thesaurus.json", R"([{"id": "trade", "areas": ["trading"], "terms": {"en": ["trade"]}}])");
  const auto result = indexer({"build", "--quiet", "--corpus", (dir.path() / "corpus" / "documents").string(), "--db",
                               (dir.path() / "db").string()});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_TRUE(contains(result.err, "thesaurus.json: entry 1 (trade): unknown area 'trading'")) << result.err;
}

}  // namespace
}  // namespace liaison::testing

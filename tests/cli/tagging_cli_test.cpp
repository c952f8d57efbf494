// `indexer build` tags passages with the CBM domain given by --domain or LIAISON_DOMAIN, beside the
// corpus folder, or bundled with the program (core/tagging/domain_location.h).
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
            to_markdown({.title = "Monitoring",
                         .lang = "ru",
                         .body = "Члены Совместной группы мониторинга встретились в Армении и Азербайджане.\n\n"
                                 "Погода была хорошей."}));
}

TEST(IndexerTagging, PicksUpTheDomainBesideTheCorpusAndCountsTaggedPassages) {
  TempDir dir;
  write_corpus(dir);
  write_domain(dir, "corpus/domain");
  const auto result = indexer({"build", "--quiet", "--corpus", (dir.path() / "corpus" / "documents").string(), "--db",
                               (dir.path() / "db").string()});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_TRUE(contains(result.out, "domain: ")) << result.out;
  EXPECT_TRUE(contains(result.out, "(beside the corpus; 5 areas, 4 measures, 8 concepts, 2 names)")) << result.out;
  EXPECT_TRUE(contains(result.out, "tagged 1 of 2 passages read (1 with areas, 1 with measures)")) << result.out;
}

TEST(IndexerTagging, TakesTheDomainFolderGiven) {
  TempDir dir;
  write_corpus(dir);
  write_domain(dir, "elsewhere");
  const auto with = indexer({"build", "--quiet", "--corpus", (dir.path() / "corpus" / "documents").string(), "--db",
                             (dir.path() / "db").string(), "--domain", (dir.path() / "elsewhere").string()});
  ASSERT_EQ(with.exit_code, 0) << with.err;
  EXPECT_TRUE(contains(with.out, "(given; 5 areas, 4 measures, 8 concepts, 2 names)")) << with.out;
  EXPECT_TRUE(contains(with.out, "tagged 1 of 2 passages")) << with.out;
}

// A user's own folder has no domain beside it: the one built with the program tags it.
TEST(IndexerTagging, TagsAFolderWithNoDomainBesideItWithTheBundledDomain) {
  TempDir dir;
  write_corpus(dir);
  const auto result = indexer({"build", "--quiet", "--corpus", (dir.path() / "corpus" / "documents").string(),
                               "--db", (dir.path() / "db").string()});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_TRUE(contains(result.out, "(bundled with the program; 5 areas, ")) << result.out;
  EXPECT_TRUE(contains(result.out, "share/liaison/domain")) << result.out;
  EXPECT_TRUE(contains(result.out, "tagged 1 of 2 passages read (1 with areas, 1 with measures)")) << result.out;
}

TEST(IndexerTagging, DomainNoneTurnsTaggingOff) {
  TempDir dir;
  write_corpus(dir);
  write_domain(dir, "corpus/domain");
  const auto result = indexer({"build", "--quiet", "--corpus", (dir.path() / "corpus" / "documents").string(),
                               "--db", (dir.path() / "db").string(), "--domain", "none"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_TRUE(contains(result.out, "domain: none (tagging off); only front-matter tags")) << result.out;
  EXPECT_FALSE(contains(result.out, "tagged ")) << result.out;
}

TEST(IndexerTagging, TheLiaisonDomainVariableNamesTheFolderOrNone) {
  TempDir dir;
  write_corpus(dir);
  write_domain(dir, "elsewhere");
  const std::string corpus = (dir.path() / "corpus" / "documents").string();
  const auto chosen = run_process({"/usr/bin/env", "LIAISON_DOMAIN=" + (dir.path() / "elsewhere").string(),
                                   indexer_path(), "build", "--quiet", "--corpus", corpus, "--db",
                                   (dir.path() / "db1").string()});
  ASSERT_EQ(chosen.exit_code, 0) << chosen.err;
  EXPECT_TRUE(contains(chosen.out, "(LIAISON_DOMAIN; 5 areas, 4 measures")) << chosen.out;
  const auto off = run_process({"/usr/bin/env", "LIAISON_DOMAIN=none", indexer_path(), "build", "--quiet",
                                "--corpus", corpus, "--db", (dir.path() / "db2").string()});
  ASSERT_EQ(off.exit_code, 0) << off.err;
  EXPECT_FALSE(contains(off.out, "tagged ")) << off.out;
}

TEST(IndexerTagging, AFolderGivenThatHoldsNoDomainStopsTheBuild) {
  TempDir dir;
  write_corpus(dir);
  dir.write("empty/readme.txt", "no domain here");
  const auto result = indexer({"build", "--quiet", "--corpus", (dir.path() / "corpus" / "documents").string(),
                               "--db", (dir.path() / "db").string(), "--domain", (dir.path() / "empty").string()});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_TRUE(contains(result.err, "is not a domain folder (no areas.json)")) << result.err;
  EXPECT_FALSE(std::filesystem::exists(dir.path() / "db")) << "nothing written";
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

TEST(IndexerTagCommand, TagsEachJsonLineWithItsEvidence) {
  TempDir dir;
  write_domain(dir, "domain");
  const auto result = indexer({"tag", "--domain", (dir.path() / "domain").string()},
                              "{\"id\": \"u1\", \"text\": \"Члены Совместной группы мониторинга встретились.\"}\n"
                              "{\"id\": \"u2\", \"text\": \"The weather was fine.\", \"lang\": \"en\"}\n");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const std::string first = result.out.substr(0, result.out.find('\n'));
  EXPECT_TRUE(contains(first, "\"id\":\"u1\"")) << first;
  EXPECT_TRUE(contains(first, "\"lang\":\"ru\"")) << first;
  EXPECT_TRUE(contains(first, "\"id\":\"M03\"")) << first;
  EXPECT_TRUE(contains(first, "Совместной группы мониторинга")) << first;
  const std::string second = result.out.substr(result.out.find('\n') + 1);
  EXPECT_TRUE(contains(second, "\"areas\":[],\"id\":\"u2\"")) << second;
}

// A line with "passages" is one document: its passages are tagged together, as indexing tags them.
TEST(IndexerTagCommand, TagsThePassagesOfADocumentLineTogether) {
  TempDir dir;
  write_domain(dir, "domain");
  const auto result = indexer({"tag", "--domain", (dir.path() / "domain").string()},
                              "{\"id\": \"speech\", \"title\": \"Monitoring\", \"lang\": \"ru\", \"passages\": ["
                              "{\"id\": \"speech#1\", \"text\": \"Погода была хорошей.\"}, "
                              "{\"text\": \"Члены Совместной группы мониторинга встретились.\"}]}\n");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const std::string first = result.out.substr(0, result.out.find('\n'));
  const std::string second = result.out.substr(result.out.find('\n') + 1);
  EXPECT_TRUE(contains(first, "\"doc\":\"speech\"")) << first;
  EXPECT_TRUE(contains(first, "\"id\":\"speech#1\"")) << first;
  EXPECT_TRUE(contains(first, "\"areas\":[]")) << first;
  EXPECT_TRUE(contains(second, "\"id\":\"speech#2\"")) << second;  // numbered when it has no id
  EXPECT_TRUE(contains(second, "\"n\":2")) << second;
  EXPECT_TRUE(contains(second, "\"id\":\"M03\"")) << second;
  const auto bad = indexer({"tag", "--domain", (dir.path() / "domain").string()},
                           "{\"id\": \"speech\", \"passages\": [{\"id\": \"x\"}]}\n");
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_TRUE(contains(bad.err, "stdin:1: every passage must be a JSON object with a string \"text\"")) << bad.err;
}

TEST(IndexerTagCommand, ALineThatIsNotAnObjectWithTextIsAnError) {
  TempDir dir;
  write_domain(dir, "domain");
  const auto result = indexer({"tag", "--domain", (dir.path() / "domain").string()}, "{\"id\": 1}\n");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_TRUE(contains(result.err, "stdin:1: expected a JSON object with a string \"text\"")) << result.err;
}

TEST(IndexerTagCommand, TagsEveryPassageOfACorpusFolder) {
  TempDir dir;
  write_corpus(dir);
  write_domain(dir, "corpus/domain");
  const auto result = indexer({"tag", "--corpus", (dir.path() / "corpus" / "documents").string()});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_TRUE(contains(result.out, "\"doc\":\"a\"")) << result.out;
  EXPECT_TRUE(contains(result.out, "\"n\":2")) << result.out;
}

}  // namespace
}  // namespace liaison::testing

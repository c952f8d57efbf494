// A bulk build on several threads must give exactly what a serial build gives.
#include <gtest/gtest.h>
#include <xapian.h>

#include "core/analysis/analyzer.h"
#include "core/index/parallel_build.h"
#include "core/index/reader.h"
#include "core/index/writer.h"
#include "core/tagging/cbm_tagger.h"
#include "core/tagging/domain.h"
#include "tests/index/parallel_fixture.h"
#include "tests/support/temp_dir.h"

namespace liaison {
namespace {

using testing::TempDir;
namespace fs = std::filesystem;

struct Builds {
  TempDir corpus;
  TempDir index;
  Analyzer analyzer;

  fs::path serial_db() const { return index.path() / "serial"; }
  fs::path parallel_db() const { return index.path() / "parallel"; }
  BuildReport serial(BuildOptions options = {}) const {
    options.threads = 1;
    return build_index(corpus.path(), serial_db(), analyzer, options);
  }
  BuildReport parallel(std::size_t threads, BuildOptions options = {}) const {
    options.threads = threads;
    return build_index(corpus.path(), parallel_db(), analyzer, options);
  }
};

TEST(ParallelBuild, GivesTheSameIndexAndReportAsASerialBuild) {
  for (std::size_t threads : {2u, 3u}) {
    SCOPED_TRACE(std::to_string(threads) + " threads");
    Builds b;
    testing::write_mixed_corpus(b.corpus, 40);
    const testing::FixedTagger tagger("v1");
    const BuildReport serial = b.serial({.tagger = &tagger});
    const BuildReport parallel = b.parallel(threads, {.tagger = &tagger});
    ASSERT_EQ(serial.added, 43u);  // 40 documents, 2 good lines of the bulk file, the page
    ASSERT_GE(serial.failed, 2u);   // the bad line and the bad front matter
    testing::expect_same_report(serial, parallel);
    testing::expect_same_index(b.serial_db(), b.parallel_db());
    EXPECT_TRUE(check_index(Xapian::Database(b.parallel_db().string())).empty());
    EXPECT_TRUE(testing::build_folders(b.parallel_db()).empty());
  }
}

TEST(ParallelBuild, TheBundledCorpusWithTheRealTaggerGivesTheSameIndexAsASerialBuild) {
  // One Analyzer and one CbmTagger serve both threads: they must be safe to share.
  TempDir index;
  const Analyzer analyzer;
  const CbmTagger tagger(load_domain(testing::source_dir() / "corpus/domain"), analyzer);
  const fs::path corpus = testing::source_dir() / "corpus";
  BuildOptions serial_options{.tagger = &tagger}, parallel_options{.tagger = &tagger};
  serial_options.threads = 1;
  parallel_options.threads = 2;
  const BuildReport serial = build_index(corpus, index.path() / "serial", analyzer, serial_options);
  const BuildReport parallel = build_index(corpus, index.path() / "parallel", analyzer, parallel_options);
  ASSERT_GT(serial.added, 50u);
  testing::expect_same_report(serial, parallel);
  testing::expect_same_index(index.path() / "serial", index.path() / "parallel");
}

TEST(ParallelBuild, DuplicateIdsAcrossShardsFailAsInASerialBuild) {
  Builds b;
  testing::write_mixed_corpus(b.corpus, 40);
  // "shared" is in the first file, in a file of the last shard and twice in one bulk file; the
  // later files fail naming the first, whatever shard they were built in.
  b.corpus.write("a/first.md", "---\nid: shared\n---\nFirst owner.\n");
  b.corpus.write("m/middle.md", "---\nid: shared\n---\nSecond.\n");
  b.corpus.write("z/last.md", "---\nid: shared\n---\nThird.\n");
  b.corpus.write("z/lines.jsonl",
                 "{\"id\": \"shared\", \"body\": \"Line one.\"}\n"
                 "{\"id\": \"twice\", \"body\": \"Line two.\"}\n"
                 "{\"id\": \"twice\", \"body\": \"Line three.\"}\n");
  const BuildReport serial = b.serial();
  const BuildReport parallel = b.parallel(3);
  testing::expect_same_report(serial, parallel);
  testing::expect_same_index(b.serial_db(), b.parallel_db());
  std::size_t naming_first = 0;
  for (const auto& failure : parallel.failures)
    naming_first += failure.reason.find("duplicate id 'shared': already used by a/first.md") != std::string::npos;
  EXPECT_EQ(naming_first, 3u);
  const Xapian::Database db(b.parallel_db().string());
  EXPECT_EQ(db.get_termfreq("XDshared"), 1u);
  EXPECT_EQ(db.get_termfreq("owner"), 1u);
}

TEST(ParallelBuild, ANewTaggerReindexesInParallelAsASerialRunWould) {
  Builds b;
  testing::write_mixed_corpus(b.corpus, 40);
  b.corpus.write("en/keeps.md", "---\nid: keeps\n---\nKept version.\n");
  b.corpus.write("en/moves.md", "---\nid: moving\n---\nMoving id.\n");
  const testing::FixedTagger v1("v1"), v2("v2");
  // Both indexes start alike (serial builds), then the corpus changes and a new tagger makes
  // the next run write every file: serial in one index, parallel in the other.
  b.serial({.tagger = &v1});
  BuildOptions first{.tagger = &v1};
  first.threads = 1;
  build_index(b.corpus.path(), b.parallel_db(), b.analyzer, first);

  b.corpus.write("en/keeps.md", "---\ndate: never\n---\nBad now: the previous version stays.\n");
  b.corpus.write("en/moves.md", "---\nid: moved\n---\nThe id changed.\n");
  b.corpus.write("a/takes.md", "---\nid: moving\n---\nAn earlier file wants the released id.\n");
  b.corpus.write("z/takes.md", "---\nid: moving\n---\nA later file takes the released id.\n");
  fs::remove(b.corpus.path() / "ru/doc-101.md");
  const BuildReport serial = b.serial({.tagger = &v2});
  const BuildReport parallel = b.parallel(2, {.tagger = &v2});
  EXPECT_GE(parallel.updated, 40u);
  EXPECT_GE(parallel.removed, 2u);
  // The tagger ran in the build's child process: its counts came back in the report.
  EXPECT_GE(parallel.tags.passages, parallel.passages_written);
  EXPECT_EQ(parallel.tags.with_areas, parallel.tags.passages) << "the fixed tagger gives every passage an area";
  testing::expect_same_report(serial, parallel);
  testing::expect_same_index(b.serial_db(), b.parallel_db());
  const Xapian::Database db(b.parallel_db().string());
  EXPECT_EQ(db.get_termfreq("kept"), 1u);
  EXPECT_EQ(db.get_termfreq("released"), 1u);
}

TEST(ParallelBuild, SlicesAreContiguousNonEmptyAndBalancedBySize) {
  TempDir corpus;
  std::vector<std::string> files;
  for (int i = 0; i < 10; ++i) {
    files.push_back("f" + std::to_string(i) + ".md");
    corpus.write(files.back(), std::string(i == 0 ? 9000 : 1000, 'x'));  // one big file first
  }
  struct Case {
    std::size_t parts;
    std::vector<std::size_t> sizes;
  };
  for (const Case& c : {Case{2, {1, 9}}, Case{3, {1, 3, 6}}, Case{10, std::vector<std::size_t>(10, 1)}}) {
    SCOPED_TRACE(std::to_string(c.parts) + " parts");
    const auto slices = split_by_size(corpus.path(), files, c.parts);
    std::vector<std::string> joined;
    std::vector<std::size_t> sizes;
    for (const auto& slice : slices) {
      sizes.push_back(slice.size());
      joined.insert(joined.end(), slice.begin(), slice.end());
    }
    EXPECT_EQ(sizes, c.sizes);
    EXPECT_EQ(joined, files);
  }
}

}  // namespace
}  // namespace liaison

// Hostile corpus folders, with the real indexer binary on real indexes: a folder that cannot be
// listed, a file that cannot be read, links out of the corpus, link loops. Modes of 000 stop
// nothing when the tests run as root (CI does): those runs drop to user nobody
// (run_process_unprivileged).
#include <gtest/gtest.h>

#include <sys/stat.h>

#include <chrono>
#include <filesystem>
#include <string>

#include "tests/cli/cli_support.h"
#include "tests/faults/child_process.h"

namespace liaison::testing {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

/// A corpus folder and an index beside it.
struct Workspace {
  TempDir dir;
  std::string corpus = (dir.path() / "corpus").string();
  std::string db = (dir.path() / "db").string();

  void add(const std::string& name, const std::string& body) const {
    dir.write("corpus/" + name, to_markdown({.title = name, .body = body}));
  }
  ProcessResult build(std::vector<std::string> extra = {}) const {
    std::vector<std::string> args = {"build", "--quiet", "--corpus", corpus, "--db", db};
    args.insert(args.end(), extra.begin(), extra.end());
    return indexer(args);
  }
  /// `indexer build` as a user that file modes stop (nobody, when the tests run as root).
  ProcessResult build_unprivileged() const {
    return run_process_unprivileged({indexer_path(), "build", "--quiet", "--corpus", corpus, "--db", db}, dir.path());
  }
  /// The number of documents `indexer search` finds for `word`.
  std::string found(const std::string& word) const {
    const ProcessResult result = indexer({"search", "--db", db, "--limit", "1", word});
    return result.out.substr(0, result.out.find(' '));
  }
};

void set_mode(const fs::path& path, mode_t mode) { ASSERT_EQ(::chmod(path.c_str(), mode), 0) << path; }

TEST(HostileFolders, AFolderThatCannotBeListedIsAFailureAndItsDocumentsStay) {
  Workspace space;
  for (int i = 0; i < 16; ++i) space.add("doc" + std::to_string(i) + ".md", "Border talks number " + std::to_string(i) + ".");
  space.add("private/kept.md", "The confidential ceasefire annex.");
  const ProcessResult first = space.build();
  ASSERT_EQ(first.exit_code, 0) << first.err;
  ASSERT_TRUE(contains(first.out, "added 17,")) << first.out;

  const fs::path folder = space.dir.path() / "corpus" / "private";
  set_mode(folder, 0);
  const ProcessResult locked = space.build_unprivileged();
  set_mode(folder, 0755);
  EXPECT_EQ(locked.exit_code, 1) << locked.out << locked.err;
  EXPECT_TRUE(contains(locked.err, "failed: private/: cannot list folder: Permission denied")) << locked.err;
  EXPECT_TRUE(contains(locked.out, "added 0, updated 0, removed 0, unchanged 16, failed 1")) << locked.out;
  EXPECT_TRUE(contains(locked.out, "index: 17 documents")) << locked.out;
  EXPECT_EQ(space.found("confidential"), "1") << "a document was removed because its folder could not be listed";

  const ProcessResult open = space.build();
  EXPECT_EQ(open.exit_code, 0) << open.err;
  EXPECT_TRUE(contains(open.out, "added 0, updated 0, removed 0, unchanged 17, failed 0")) << open.out;
}

TEST(HostileFolders, AFileThatCannotBeReadIsAFailureWithTheReason) {
  Workspace space;
  space.add("open.md", "Rail links were restored.");
  space.add("locked.md", "The locked annex.");
  const fs::path locked = space.dir.path() / "corpus" / "locked.md";
  set_mode(locked, 0);
  const ProcessResult result = space.build_unprivileged();
  set_mode(locked, 0644);
  EXPECT_EQ(result.exit_code, 1) << result.err;
  EXPECT_TRUE(contains(result.err, "failed: locked.md: cannot read file: Permission denied")) << result.err;
  EXPECT_TRUE(contains(result.out, "added 1, updated 0, removed 0, unchanged 0, failed 1")) << result.out;
}

TEST(HostileFolders, LinksOutOfTheCorpusAreSkippedAndSaidUnlessFollowLinks) {
  Workspace space;
  space.add("inside.md", "Demining of border areas.");
  space.dir.write("outside/secret.md", to_markdown({.title = "Secret", .body = "The zanzibarleak password list."}));
  space.dir.write("outside/folder/more.md", to_markdown({.title = "More", .body = "The quokkaleak key ring."}));
  fs::create_symlink(space.dir.path() / "outside" / "secret.md", space.dir.path() / "corpus" / "passwd.md");
  fs::create_directory_symlink(space.dir.path() / "outside" / "folder", space.dir.path() / "corpus" / "etc");

  const ProcessResult followed = space.build({"--follow-links"});
  ASSERT_EQ(followed.exit_code, 0) << followed.err;
  EXPECT_TRUE(contains(followed.out, "added 3,")) << followed.out;
  EXPECT_EQ(space.found("zanzibarleak"), "1");

  const ProcessResult skipped = space.build();
  EXPECT_EQ(skipped.exit_code, 0) << skipped.err;
  EXPECT_TRUE(contains(skipped.err, "skipped: passwd.md: a link to ")) << skipped.err;
  EXPECT_TRUE(contains(skipped.err, "skipped: etc/: a link to ")) << skipped.err;
  EXPECT_TRUE(contains(skipped.err, "outside the corpus folder (--follow-links follows it)")) << skipped.err;
  EXPECT_TRUE(contains(skipped.out, "added 0, updated 0, removed 2, unchanged 1, failed 0")) << skipped.out;
  EXPECT_EQ(space.found("zanzibarleak"), "0") << "a file outside the corpus is searchable";
  EXPECT_EQ(space.found("quokkaleak"), "0");
}

TEST(HostileFolders, LinkLoopsEndAndEachFileIsIndexedOnce) {
  Workspace space;
  space.add("top.md", "Border delimitation.");
  space.add("a/deep.md", "Restoration of rail links.");
  space.add("b/other.md", "Communities returned.");
  const fs::path corpus = space.corpus;
  fs::create_directory_symlink("..", corpus / "a" / "up");        // back to the corpus folder
  fs::create_directory_symlink("../b", corpus / "b" / "self");   // back to its own folder
  fs::create_directory_symlink("b", corpus / "b-again");          // a second way into b
  fs::create_symlink("top.md", corpus / "top-again.md");          // a second way to a file
  fs::create_symlink("circle.md", corpus / "circle.md");          // a link to itself

  ChildProcess run({indexer_path(), "build", "--quiet", "--corpus", space.corpus, "--db", space.db},
                   {.output_dir = space.dir.path(), .max_file_bytes = {}});
  const auto exit_code = run.wait_for_exit(120s);
  ASSERT_TRUE(exit_code.has_value()) << "the indexer hangs on a link loop";
  EXPECT_EQ(*exit_code, 0) << run.err();
  EXPECT_TRUE(contains(run.out(), "added 3, updated 0, removed 0, unchanged 0, failed 0")) << run.out();
  EXPECT_TRUE(contains(run.out(), "index: 3 documents")) << run.out();
  EXPECT_TRUE(contains(run.err(), "skipped: a/up/: leads to the corpus folder again")) << run.err();
  EXPECT_TRUE(contains(run.err(), "skipped: b/self/: leads to b/ again")) << run.err();
  EXPECT_TRUE(contains(run.err(), "skipped: top-again.md: a link to top.md, listed already")) << run.err();
  EXPECT_TRUE(contains(run.err(), "skipped: circle.md: a link that leads in a circle")) << run.err();
}

}  // namespace
}  // namespace liaison::testing

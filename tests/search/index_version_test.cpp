// Searcher::index_version names what the Searcher reads: the server's answer cache relies on
// every commit giving a new version and on an unchanged index keeping its version.
#include <gtest/gtest.h>
#include <xapian.h>

#include "tests/search/search_fixture.h"

namespace liaison::testing {
namespace {

TEST(Searcher, IndexVersionStaysTheSameWhileTheIndexIsUnchanged) {
  SearchIndex index({CorpusDoc{.id = "a", .title = "Demining report", .body = "Demining goes on."}});
  const std::string before = index.searcher().index_version();
  index.search("demining");
  index.searcher().reopen();
  EXPECT_EQ(index.searcher().index_version(), before);
}

TEST(Searcher, IndexVersionChangesWithEveryCommit) {
  SearchIndex index({CorpusDoc{.id = "a", .title = "Demining report", .body = "Demining goes on."}});
  const std::string first = index.searcher().index_version();
  {
    Xapian::WritableDatabase db(index.db_path().string(), Xapian::DB_OPEN);
    db.set_metadata("test", "one");
    db.commit();
  }
  index.searcher().reopen();
  const std::string second = index.searcher().index_version();
  EXPECT_NE(second, first);
}

TEST(Searcher, IndexVersionOfARebuiltIndexDiffersFromTheOldOne) {
  // A rebuilt index starts its revisions again; its new UUID keeps the versions apart.
  SearchIndex one({CorpusDoc{.id = "a", .title = "Demining report", .body = "Demining goes on."}});
  SearchIndex two({CorpusDoc{.id = "a", .title = "Demining report", .body = "Demining goes on."}});
  EXPECT_NE(one.searcher().index_version(), two.searcher().index_version());
}

}  // namespace
}  // namespace liaison::testing

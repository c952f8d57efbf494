// Every read of a Searcher survives the indexer committing under it: Xapian then throws
// DatabaseModifiedError at the reader, and the Searcher must reopen and read again.
#include <atomic>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>
#include <xapian.h>

#include "core/index/schema.h"
#include "tests/search/search_fixture.h"

namespace liaison::testing {
namespace {

std::vector<CorpusDoc> reports(const std::string& word) {
  std::vector<CorpusDoc> docs;
  for (int i = 0; i < 60; ++i) {
    docs.push_back(CorpusDoc{.id = "r" + std::to_string(i), .title = "Report " + std::to_string(i),
                             .areas = "diplomacy", .measures = "M03",
                             .body = "The " + word + " report number " + std::to_string(i) + ".\n\nSecond paragraph."});
  }
  return docs;
}

/// Rewrites every passage of the index at `path` in several commits, so that the blocks an older
/// reader relies on are reused.
void rewrite_under_readers(const std::filesystem::path& path) {
  Xapian::WritableDatabase db(path.string(), Xapian::DB_OPEN);
  for (int round = 0; round < 4; ++round) {
    for (Xapian::docid id = 1; id <= db.get_lastdocid(); ++id) {
      Xapian::Document doc;
      try {
        doc = db.get_document(id);
      } catch (const Xapian::DocNotFoundError&) {
        continue;
      }
      doc.add_term("Xround" + std::to_string(round));
      db.replace_document(id, doc);
    }
    db.set_metadata(std::string(schema::kMetaLastIndexed), "round " + std::to_string(round));
    db.commit();
  }
}

TEST(Searcher, EveryReadReopensWhenTheIndexerCommittedUnderIt) {
  SearchIndex index(reports("demining"));
  Searcher& searcher = index.searcher();
  Xapian::Database plain(index.db_path().string());  // a reader that does not retry, for contrast
  SearchRequest request;
  request.query = "demining";
  ASSERT_EQ(searcher.search(request).total, 60u);
  rewrite_under_readers(index.db_path());

  // The condition the Searcher must survive does occur here:
  EXPECT_THROW(
      {
        for (auto it = plain.allterms_begin(); it != plain.allterms_end(); ++it) plain.get_termfreq(*it);
        for (Xapian::docid id = 1; id <= plain.get_lastdocid(); ++id) plain.get_document(id).get_data();
      },
      Xapian::DatabaseModifiedError);

  // The Searcher's handle is as old as `plain`'s; each read below starts from such a handle.
  EXPECT_EQ(searcher.search(request).total, 60u);
  rewrite_under_readers(index.db_path());
  EXPECT_EQ(searcher.stats().passages, 120u);
  rewrite_under_readers(index.db_path());
  ASSERT_TRUE(searcher.get_document("r7").has_value());
  rewrite_under_readers(index.db_path());
  EXPECT_EQ(searcher.tag_counts().areas.at("diplomacy"), 60u);
  rewrite_under_readers(index.db_path());
  EXPECT_EQ(searcher.track_measure("M03").documents, 60u);
}

TEST(Searcher, OpensAndReopensWhileTheIndexerCommits) {
  // Opening reads the tables of the latest revision; two commits meanwhile discard them, and
  // Xapian throws DatabaseModifiedError from the constructor or from reopen(). This indexer
  // commits as fast as it can, far more often than the real one (one commit per 2000 documents).
  SearchIndex index(reports("demining"));
  std::atomic<bool> reading{true};
  std::thread indexer([&] {
    Xapian::WritableDatabase db(index.db_path().string(), Xapian::DB_OPEN);
    for (int round = 0; reading; ++round) {
      const Xapian::docid id = 1 + round % db.get_lastdocid();
      Xapian::Document doc = db.get_document(id);
      doc.add_term("Xround" + std::to_string(round));
      db.replace_document(id, doc);
      db.commit();
    }
  });
  int failures = 0;
  std::string first_failure;
  std::unique_ptr<Searcher> searcher;
  for (int attempt = 0; attempt < 1000; ++attempt) {
    std::string stage = "open";
    try {
      searcher = std::make_unique<Searcher>(index.db_path(), index.analyzer());
      stage = "reopen";
      searcher->reopen();
    } catch (const std::exception& e) {
      if (failures++ == 0) first_failure = stage + ": " + e.what();
    }
  }
  reading = false;
  indexer.join();
  EXPECT_EQ(failures, 0) << first_failure;
  ASSERT_NE(searcher, nullptr);
  SearchRequest request;
  request.query = "demining";
  EXPECT_EQ(searcher->search(request).total, 60u);
}

}  // namespace
}  // namespace liaison::testing

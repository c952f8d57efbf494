#include "core/index/reader.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include "core/analysis/analyzer.h"
#include "core/index/schema.h"
#include "core/index/writer.h"
#include "tests/support/temp_dir.h"

namespace liaison {
namespace {

using testing::TempDir;

/// A corpus with one Russian document quoting English, indexed into a fresh database.
class ReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    corpus_.write("ru/sochi.md",
                  "---\nid: sochi-2021\ntitle: Сочинское заявление\ndate: 2021-11-26\nlang: ru\nkind: statement\n"
                  "source: Kremlin\nurl: https://example.org/sochi\norigin: written for the tests\n"
                  "areas: diplomacy\nmeasures: M02, M03\n---\n"
                  "Лидеры встретились в Сочи.\n\nThe leaders met in Sochi.\n\nРазминирование продолжается.\n");
    const BuildReport report = build_index(corpus_.path(), db_path(), analyzer_);
    ASSERT_EQ(report.added, 1u);
  }
  std::filesystem::path db_path() const { return index_.path() / "db"; }

  TempDir corpus_, index_;
  Analyzer analyzer_;
};

TEST_F(ReaderTest, ReadsBackTheWholeDocumentInPassageOrder) {
  const Xapian::Database db(db_path().string());
  const std::optional<Document> doc = read_document(db, "sochi-2021");
  ASSERT_TRUE(doc.has_value());
  EXPECT_EQ(doc->id, "sochi-2021");
  EXPECT_EQ(doc->path, "ru/sochi.md");
  EXPECT_EQ(doc->title, "Сочинское заявление");
  EXPECT_EQ(doc->date, "2021-11-26");
  EXPECT_EQ(doc->kind, "statement");
  EXPECT_EQ(doc->source, "Kremlin");
  EXPECT_EQ(doc->url, "https://example.org/sochi");
  EXPECT_EQ(doc->origin, "written for the tests");
  EXPECT_EQ(doc->declared_language, Language::Russian);
  ASSERT_EQ(doc->passages.size(), 3u);
  const Language languages[] = {Language::Russian, Language::English, Language::Russian};
  for (std::uint32_t i = 0; i < 3; ++i) {
    EXPECT_EQ(doc->passages[i].n, i + 1);
    EXPECT_EQ(doc->passages[i].language, languages[i]);
  }
  EXPECT_EQ(doc->passages[1].text, "The leaders met in Sochi.");
  EXPECT_EQ(doc->body, "Лидеры встретились в Сочи.\n\nThe leaders met in Sochi.\n\nРазминирование продолжается.");
  EXPECT_EQ(doc->manual_areas, std::vector<std::string>{"diplomacy"});
  EXPECT_EQ(doc->manual_measures, (std::vector<std::string>{"M02", "M03"}));
  ASSERT_EQ(doc->measures.size(), 2u);
  EXPECT_EQ(doc->measures[1].evidence, std::vector<std::string>{"front matter"});
}

TEST_F(ReaderTest, UnknownIdIsNullopt) {
  const Xapian::Database db(db_path().string());
  EXPECT_FALSE(read_document(db, "no-such-doc").has_value());
  EXPECT_FALSE(read_document(db, "").has_value());
}

TEST_F(ReaderTest, ConsistentIndexHasNoProblems) {
  EXPECT_TRUE(check_index(Xapian::Database(db_path().string())).empty());
}

TEST_F(ReaderTest, FindsADocumentIndexedTwice) {
  {
    Xapian::WritableDatabase db(db_path().string());
    const std::string id = schema::term(schema::kPassageIdPrefix, "sochi-2021");
    db.add_document(db.get_document(*db.postlist_begin(id)));
  }
  const auto problems = check_index(Xapian::Database(db_path().string()));
  ASSERT_FALSE(problems.empty());
  EXPECT_EQ(problems[0], "document 'sochi-2021' is in the index 2 times");
}

TEST_F(ReaderTest, FindsMetadataWithoutDocumentAndDocumentWithoutMetadata) {
  {
    Xapian::WritableDatabase db(db_path().string());
    db.set_metadata("file:ru/gone.md", "0123456789abcdef\tgone");
    db.set_metadata("file:ru/sochi.md", "");
  }
  const auto problems = check_index(Xapian::Database(db_path().string()));
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_EQ(problems[0], "document 'sochi-2021' is not the indexed version of its file 'ru/sochi.md'");
  EXPECT_EQ(problems[1], "file 'ru/gone.md' names document 'gone', which is not in the index");
}

TEST_F(ReaderTest, FindsAXapianDocumentWithoutADocumentId) {
  {
    Xapian::WritableDatabase db(db_path().string());
    db.add_document(Xapian::Document());
  }
  const auto problems = check_index(Xapian::Database(db_path().string()));
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0], "2 Xapian documents in the index, 1 of them with a document id");
}

}  // namespace
}  // namespace liaison

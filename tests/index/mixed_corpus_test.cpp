// A corpus folder mixing every format: the writer and the real `indexer build` index them all.
#include <gtest/gtest.h>
#include <xapian.h>

#include "core/analysis/analyzer.h"
#include "core/index/reader.h"
#include "core/index/writer.h"
#include "tests/ingest/pdf_fixture.h"
#include "tests/support/process.h"
#include "tests/support/temp_dir.h"

namespace liaison {
namespace {

using testing::TempDir;

/// Writes one file of each format (and one bad file per kind of failure) under `corpus/`.
void write_mixed_corpus(const TempDir& dir) {
  dir.write("corpus/en/front.md", "---\ntitle: Markdown statement\nlang: en\n---\nThe ceasefire holds along the border.\n");
  dir.write("corpus/en/scraped.txt",
            "top of page\nImage by Someone\n\nScraped statement on rail links\n\nUpdated: Aug 9, 2022\n\n"
            "Rail links through Nakhchivan were discussed.\n\n  \xE2\x80\xA2 Facebook\nbottom of page");
  dir.write("corpus/ru/page.html",
            "<html lang=\"ru\"><body><nav>Меню</nav><h1>Заявление о разминировании</h1>"
            "<p>Стороны договорились о разминировании.</p><div class=\"cookie-consent\">Cookies</div></body></html>");
  dir.write("corpus/bulk/lines.jsonl",
            "{\"id\": \"hy-line\", \"lang\": \"hy\", \"body\": \"Ականազերծումը շարունակվում է։\"}\n"
            "{broken line\n"
            "{\"lang\": \"az\", \"body\": \"Sülh müqaviləsi müzakirə olunur.\"}\n");
  testing::make_pdf(dir, "corpus/en/report.pdf",
                    {testing::column(72, 740, {"Report on the border commission", "", "The commission met in Yerevan."}),
                     testing::column(72, 740, {"Second page on demarcation work."})});
  dir.write("corpus/bad/corrupt.pdf", "%PDF-1.7\nnot really\n");
}

TEST(MixedCorpus, TheWriterIndexesEveryFormatAndKeepsPdfPages) {
  TempDir dir;
  write_mixed_corpus(dir);
  Analyzer analyzer;
  const BuildReport r = build_index(dir.path() / "corpus", dir.path() / "db", analyzer);
  EXPECT_EQ(r.added, 6u) << "md, txt, html, pdf and two good lines of the jsonl file";
  EXPECT_EQ(r.failed, 2u) << "the broken line and the corrupt PDF";
  const Xapian::Database db((dir.path() / "db").string());
  EXPECT_TRUE(check_index(db).empty());

  const auto pdf = read_document(db, "en-report");
  ASSERT_TRUE(pdf.has_value());
  ASSERT_EQ(pdf->passages.size(), 3u);
  EXPECT_EQ(pdf->passages[2].text, "Second page on demarcation work.");
  EXPECT_EQ(pdf->passages[2].page, 2u);
  EXPECT_EQ(pdf->passages[1].page, 1u);

  const auto scraped = read_document(db, "en-scraped");
  ASSERT_TRUE(scraped.has_value());
  EXPECT_EQ(scraped->title, "Scraped statement on rail links");
  EXPECT_EQ(scraped->date, "2022-08-09");
  EXPECT_EQ(read_document(db, "ru-page")->title, "Заявление о разминировании");
  EXPECT_EQ(read_document(db, "bulk-lines-3")->passages.at(0).language, Language::Azerbaijani);
  EXPECT_EQ(db.get_termfreq("facebook"), 0u);
  EXPECT_EQ(db.get_termfreq("меню"), 0u);
}

TEST(MixedCorpus, TheIndexerBinaryBuildsAMixedFolder) {
  TempDir dir;
  write_mixed_corpus(dir);
  const auto indexer = testing::binary_dir() / "bin" / "indexer";
  ASSERT_TRUE(std::filesystem::exists(indexer)) << "build the indexer target first: " << indexer;
  const auto result = testing::run_process({indexer.string(), "build", "--quiet", "--corpus", (dir.path() / "corpus").string(),
                                            "--db", (dir.path() / "db").string()});
  EXPECT_EQ(result.exit_code, 1) << "some inputs failed: " << result.out << result.err;
  EXPECT_NE(result.out.find("added 6, updated 0, removed 0, unchanged 0, failed 2"), std::string::npos) << result.out;
  EXPECT_NE(result.err.find("bulk/lines.jsonl:2: not valid JSON"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("bad/corrupt.pdf: not a readable PDF"), std::string::npos) << result.err;
  const auto search = testing::run_process({indexer.string(), "search", "--db", (dir.path() / "db").string(), "demarcation"});
  EXPECT_EQ(search.exit_code, 0) << search.err;
  EXPECT_NE(search.out.find("en-report"), std::string::npos) << search.out;
}

}  // namespace
}  // namespace liaison

// PDF files made in the test (ps2pdf, qpdf): pages, running headers, hyphenation, columns,
// corrupt and encrypted files, and the loading speed of a 300-page report.
#include "core/ingest/pdf_loader.h"

#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <iostream>

#include "core/error.h"
#include "core/ingest/loader.h"
#include "tests/ingest/pdf_fixture.h"

namespace liaison {
namespace {

using testing::column;
using testing::make_pdf;
using testing::PsPage;
using testing::PsText;
using testing::TempDir;

PsPage furniture(int page, int pages) {
  return {PsText{72, 800, "LIAISON GROUP REPORT 2022", 8},
          PsText{280, 40, "Page " + std::to_string(page) + " of " + std::to_string(pages), 8}};
}

/// A three-page report: title and date, hyphenated lines, a two-column page, a paragraph
/// running on to the next page, running header and footer on every page.
std::vector<PsPage> report_pages() {
  PsPage first = furniture(1, 3) + PsPage{PsText{72, 740, "Confidence Building Measures", 16},
                                         PsText{72, 715, "Published: 9 August 2022", 10}};
  first = first + column(72, 690, {
      "The Liaison Group met in Kakheti to build confi-",
      "dence between the two societies over six months.",
      "Its thirty confidence-building measures are listed",
      "by the joint Armenian-",
      "Azerbaijani group of experts, and each confidence-",
      "building step has a time frame.",
  });
  PsPage second = furniture(2, 3) +
                  column(72, 740, {"The left column speaks of railways", "and roads across the borders."}) +
                  column(320, 740, {"The right column speaks of demining", "and of talks that continue in"});
  PsPage third = furniture(3, 3) + column(72, 740, {"the spring of 2023 in Brussels.", "", "Final remarks close the report."}) +
                 PsPage{PsText{290, 60, "- 3 -", 8}};
  return {first, second, third};
}

const Passage* find_passage(const Document& doc, const std::string& words) {
  for (const Passage& p : doc.passages)
    if (p.text.find(words) != std::string::npos) return &p;
  return nullptr;
}

Document load_pdf(const TempDir& dir, const std::string& name) { return load_document(dir.path() / name, dir.path()); }

TEST(PdfLoader, KeepsPageNumbersTitleAndDateAndDropsRunningHeadersAndFooters) {
  TempDir dir;
  make_pdf(dir, "en/report.pdf", report_pages());
  const Document doc = load_pdf(dir, "en/report.pdf");
  EXPECT_EQ(doc.id, "en-report");
  EXPECT_EQ(doc.title, "Confidence Building Measures");
  EXPECT_EQ(doc.date, "2022-08-09");
  for (const Passage& p : doc.passages) {
    SCOPED_TRACE(p.text);
    EXPECT_EQ(p.text.find("LIAISON GROUP REPORT"), std::string::npos);
    EXPECT_EQ(p.text.find("Page "), std::string::npos);
    EXPECT_EQ(p.text.find("- 3 -"), std::string::npos);
    EXPECT_EQ(p.text.find("Published"), std::string::npos);
    EXPECT_GE(p.page, 1u);
    EXPECT_LE(p.page, 3u);
  }
  ASSERT_NE(find_passage(doc, "Kakheti"), nullptr);
  EXPECT_EQ(find_passage(doc, "Kakheti")->page, 1u);
  ASSERT_NE(find_passage(doc, "railways"), nullptr);
  EXPECT_EQ(find_passage(doc, "railways")->page, 2u);
  ASSERT_NE(find_passage(doc, "Final remarks"), nullptr);
  EXPECT_EQ(find_passage(doc, "Final remarks")->page, 3u);
  EXPECT_EQ(doc.passages.back().n, doc.passages.size());
}

TEST(PdfLoader, JoinsHyphenatedLineBreaksAndKeepsRealHyphens) {
  TempDir dir;
  make_pdf(dir, "report.pdf", report_pages());
  const Document doc = load_pdf(dir, "report.pdf");
  const Passage* p = find_passage(doc, "Kakheti");
  ASSERT_NE(p, nullptr);
  EXPECT_NE(p->text.find("to build confidence between"), std::string::npos) << p->text;
  EXPECT_NE(p->text.find("joint Armenian-Azerbaijani group"), std::string::npos) << "capital after the hyphen";
  EXPECT_NE(p->text.find("each confidence-building step"), std::string::npos)
      << "the compound is written whole elsewhere in the document: " << p->text;
  EXPECT_EQ(p->text.find("confi-"), std::string::npos);
}

TEST(PdfLoader, ReadsColumnsInOrderAndCarriesAParagraphOnToTheNextPage) {
  TempDir dir;
  make_pdf(dir, "report.pdf", report_pages());
  const Document doc = load_pdf(dir, "report.pdf");
  const Passage* left = find_passage(doc, "railways");
  const Passage* right = find_passage(doc, "demining");
  ASSERT_NE(left, nullptr);
  ASSERT_NE(right, nullptr);
  EXPECT_EQ(left->text, "The left column speaks of railways and roads across the borders.");
  EXPECT_LT(left->n, right->n) << "the left column is read first";
  EXPECT_EQ(right->text, "The right column speaks of demining and of talks that continue in the spring of 2023 in Brussels.");
  EXPECT_EQ(right->page, 2u) << "a paragraph is cited on the page where it starts";
}

TEST(PdfLoader, TakesTheTitleFromMetadataUnlessItIsAFileName) {
  TempDir dir;
  const PsPage page = column(72, 740, {"Opening line of the text", "", "A statement on demining."});
  make_pdf(dir, "meta.pdf", {page}, "Statement on Demining");
  make_pdf(dir, "word.pdf", {page}, "Microsoft Word - statement.docx");
  EXPECT_EQ(load_pdf(dir, "meta.pdf").title, "Statement on Demining");
  EXPECT_EQ(load_pdf(dir, "word.pdf").title, "Opening line of the text");
}

IngestError pdf_error(const TempDir& dir, const std::string& name) {
  try {
    load_pdf(dir, name);
  } catch (const IngestError& e) {
    return e;
  }
  ADD_FAILURE() << name << " loaded without error";
  return IngestError(name, 0, "");
}

TEST(PdfLoader, RefusesCorruptTruncatedAndTextlessFiles) {
  TempDir dir;
  dir.write("garbage.pdf", "%PDF-1.4\nthis is not a PDF at all\n");
  const auto good = make_pdf(dir, "good.pdf", report_pages());
  std::ifstream in(good, std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  dir.write("truncated.pdf", bytes.substr(0, bytes.size() / 3));
  make_pdf(dir, "blank.pdf", {PsPage{}});
  struct Case {
    std::string name, reason;
  };
  for (const Case& c : {Case{"garbage.pdf", "not a readable PDF"}, Case{"truncated.pdf", "not a readable PDF"},
                        Case{"blank.pdf", "no extractable text"}}) {
    SCOPED_TRACE(c.name);
    const IngestError e = pdf_error(dir, c.name);
    EXPECT_EQ(e.path(), c.name);
    EXPECT_NE(e.reason().find(c.reason), std::string::npos) << e.reason();
  }
}

TEST(PdfLoader, RefusesPasswordProtectedPdfAndReadsOneThatOpensWithoutPassword) {
  TempDir dir;
  const auto plain = make_pdf(dir, "plain.pdf", report_pages());
  const std::string qpdf = testing::find_tool("qpdf", "qpdf");
  ASSERT_FALSE(qpdf.empty());
  const auto locked = (dir.path() / "locked.pdf").string();
  const auto owner_only = (dir.path() / "owner-only.pdf").string();
  ASSERT_EQ(testing::run_process({qpdf, "--encrypt", "reader", "owner", "256", "--", plain.string(), locked}).exit_code, 0);
  ASSERT_EQ(testing::run_process({qpdf, "--encrypt", "", "owner", "256", "--", plain.string(), owner_only}).exit_code, 0);
  const IngestError e = pdf_error(dir, "locked.pdf");
  EXPECT_NE(e.reason().find("password-protected PDF"), std::string::npos) << e.reason();
  EXPECT_NE(find_passage(load_pdf(dir, "owner-only.pdf"), "railways"), nullptr);
}

// Not a timed test: it reports the speed and checks that every page is there.
TEST(PdfLoader, LoadsA300PageReportAndReportsPagesPerSecond) {
  TempDir dir;
  std::vector<PsPage> pages;
  for (int i = 1; i <= 300; ++i) {
    std::vector<std::string> lines;
    for (int l = 0; l < 45; ++l)
      lines.push_back("Page " + std::to_string(i) + " line " + std::to_string(l) + " on border delimitation and trade.");
    lines.insert(lines.begin() + 20, "");
    pages.push_back(furniture(i, 300) + column(72, 760, lines));
  }
  make_pdf(dir, "big.pdf", pages);
  const auto start = std::chrono::steady_clock::now();
  const Document doc = load_pdf(dir, "big.pdf");
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::vector<int> passages_on_page(301, 0);
  for (const Passage& p : doc.passages) ++passages_on_page.at(p.page);
  for (int page = 1; page <= 300; ++page) EXPECT_GE(passages_on_page[static_cast<std::size_t>(page)], 2) << page;
  EXPECT_EQ(passages_on_page[0], 0);
  EXPECT_EQ(doc.passages.back().page, 300u);
  std::cout << "[ PDF speed ] 300 pages (45 lines each) in " << seconds << " s: " << 300 / seconds << " pages/s\n";
  RecordProperty("pdf_pages_per_second", std::to_string(300 / seconds));
}

}  // namespace
}  // namespace liaison

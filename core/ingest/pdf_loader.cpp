#include "core/ingest/pdf_loader.h"

#include <climits>
#include <memory>
#include <mutex>

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include "core/error.h"
#include "core/ingest/body.h"
#include "core/ingest/dates.h"
#include "core/ingest/document_builder.h"
#include "core/ingest/passages.h"
#include "core/ingest/pdf_layout.h"
#include "core/ingest/scraped_text.h"

namespace liaison {
namespace {

std::string utf8(const poppler::ustring& text) {
  const poppler::byte_array bytes = text.to_utf8();
  return std::string(bytes.begin(), bytes.end());
}

/// Poppler writes its parse errors to stderr; a corrupt file is reported by the loader instead.
void silence_poppler() {
  static std::once_flag once;
  std::call_once(once, [] { poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr); });
}

std::unique_ptr<poppler::document> open_pdf(std::string_view bytes, const std::string& path) {
  if (bytes.size() > INT_MAX) throw IngestError(path, 0, "PDF too large for the PDF library (over 2 GiB)");
  silence_poppler();
  std::unique_ptr<poppler::document> pdf(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!pdf) throw IngestError(path, 0, "not a readable PDF (corrupt or truncated)");
  if (pdf->is_locked()) throw IngestError(path, 0, "password-protected PDF (encrypted): its text cannot be read");
  return pdf;
}

std::vector<PdfWord> words_of(const poppler::page& page) {
  std::vector<PdfWord> words;
  for (const poppler::text_box& box : page.text_list()) {
    const poppler::rectf r = box.bbox();
    words.push_back(PdfWord{.text = utf8(box.text()), .x = r.x(), .y = r.y(), .width = r.width(),
                            .height = r.height(), .space_after = box.has_space_after()});
  }
  return words;
}

/// The lines of every page; only one poppler page object exists at a time.
std::vector<PdfPage> read_pages(const poppler::document& pdf) {
  std::vector<PdfPage> pages;
  const int count = pdf.pages();
  pages.reserve(static_cast<std::size_t>(count));
  for (int i = 0; i < count; ++i) {
    const std::unique_ptr<poppler::page> page(pdf.create_page(i));
    PdfPage lines{.number = static_cast<std::uint32_t>(i + 1), .lines = {}};
    if (page) lines.lines = group_lines(words_of(*page));
    pages.push_back(std::move(lines));
  }
  return pages;
}

/// True for a Title metadata that names a file rather than the text.
bool is_file_name_title(const std::string& title) {
  for (std::string_view tail : {".doc", ".docx", ".pdf", ".indd", ".rtf", ".odt"})
    if (title.ends_with(tail)) return true;
  return title.starts_with("Microsoft Word - ") || title == "untitled" || title == "Untitled";
}

/// Removes date lines among the first paragraphs; the best one becomes the date.
std::string take_date(std::vector<PdfParagraph>& paragraphs) {
  std::string date;
  DateRole role = DateRole::Unlabelled;
  std::size_t looked = 0;
  for (auto it = paragraphs.begin(); it != paragraphs.end() && looked < kScrapedHeadParagraphs; ++looked) {
    const auto line = parse_date_line(it->text);
    if (!line) {
      ++it;
      continue;
    }
    if (date.empty() || (line->role == DateRole::Published && role != DateRole::Published)) {
      date = line->date;
      role = line->role;
    }
    it = paragraphs.erase(it);
  }
  return date;
}

/// Passages of every paragraph, numbered through the document, with their pages.
void add_passages(Document& doc, const std::vector<PdfParagraph>& paragraphs) {
  for (const PdfParagraph& paragraph : paragraphs) {
    for (Passage& passage : split_passages(paragraph.text, doc.declared_language)) {
      passage.n = static_cast<std::uint32_t>(doc.passages.size() + 1);
      passage.page = paragraph.page;
      doc.passages.push_back(std::move(passage));
    }
    if (!doc.body.empty()) doc.body += "\n\n";
    doc.body += paragraph.text;
  }
}

}  // namespace

Document parse_pdf_document(std::string_view bytes, const std::string& path) {
  const std::unique_ptr<poppler::document> pdf = open_pdf(bytes, path);
  std::vector<PdfPage> pages = read_pages(*pdf);
  remove_running_lines(pages);
  std::vector<PdfParagraph> paragraphs = pdf_paragraphs(pages);
  if (paragraphs.empty())
    throw IngestError(path, 0, "no extractable text in the PDF (scanned pages need OCR first)");

  Document doc = document_for_path(path);
  const std::string title = utf8(pdf->get_title());
  doc.source = utf8(pdf->get_author());
  doc.date = take_date(paragraphs);
  doc.title = has_words(title) && !is_file_name_title(title) ? title
              : paragraphs.empty()                          ? std::string()
                                                            : first_line_title(paragraphs.front().text);
  add_passages(doc, paragraphs);
  finish_document(doc);
  return doc;
}

}  // namespace liaison

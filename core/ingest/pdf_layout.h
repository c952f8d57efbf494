#pragma once
// From the positioned words of PDF pages to paragraphs: lines, running headers and footers,
// page numbers, hyphenation. Pure functions, so they are tested without PDF files.
#include <cstdint>
#include <set>
#include <string>
#include <vector>

namespace liaison {

/// A word as the PDF library gives it, in reading order (column by column); y grows downwards.
struct PdfWord {
  std::string text;
  double x = 0, y = 0, width = 0, height = 0;
  bool space_after = false;
};

/// A line of text with its box.
struct PdfLine {
  std::string text;
  double top = 0, bottom = 0, left = 0;
};

/// The lines of one page.
struct PdfPage {
  std::uint32_t number = 0;  ///< 1-based
  std::vector<PdfLine> lines;
};

/// A paragraph and the page it starts on.
struct PdfParagraph {
  std::uint32_t page = 0;
  std::string text;
};

/// Groups the words of a page into lines: a word starts a new line when it is not on the
/// previous word's baseline or lies left of it (a new column).
std::vector<PdfLine> group_lines(const std::vector<PdfWord>& words);

/// True for page furniture that is a page number: "7", "- 7 -", "7 / 30", "Page 7",
/// "Page 7 of 30", "p. 7", "Стр. 7", "Страница 7 из 30", "Səhifə 7", "Էջ 7", roman "vii".
bool is_page_number_line(const std::string& line);

/// Removes, from the first and last two lines of every page, page numbers and the lines that
/// recur there (digits ignored: "Report 2022 · 7") on at least half of the pages (and two).
/// Returns the removed lines, in page order.
std::vector<std::string> remove_running_lines(std::vector<PdfPage>& pages);

/// Hyphenated words written inside lines anywhere in `pages` ("confidence-building"), lower
/// case: a line-end hyphen that makes one of them stays a hyphen.
std::set<std::string> hyphenated_words(const std::vector<PdfPage>& pages);

/// Joins `next` to `line` as the text of one paragraph. A line ending in a hyphen after a
/// letter is joined without a space: the hyphen goes ("confi-" + "dence" → "confidence")
/// when the next line starts with a lower-case letter and the hyphenated form is not in
/// `keep`; it stays before a capital or a digit ("Armenian-" + "Azerbaijani") and for words in
/// `keep` ("confidence-" + "building", when "confidence-building" occurs elsewhere). A soft
/// hyphen (U+00AD) at the end always goes.
void join_line(std::string& line, const std::string& next, const std::set<std::string>& keep);

/// The paragraphs of `pages` in order. Inside a page a paragraph ends at a vertical gap larger
/// than 0.8 line heights or a change of text height of more than 20%; where the text jumps up
/// (a new column) or to the next page, it goes on only when the previous line does not end a
/// sentence and the next starts with a lower-case letter.
std::vector<PdfParagraph> pdf_paragraphs(const std::vector<PdfPage>& pages);

}  // namespace liaison

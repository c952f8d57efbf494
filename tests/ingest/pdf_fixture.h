#pragma once
// PDFs made inside the tests: PostScript written here, turned into PDF by ps2pdf (Debian's
// ghostscript) and encrypted by qpdf. A missing tool fails the test with the package to install.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "tests/support/process.h"
#include "tests/support/temp_dir.h"

namespace liaison::testing {

/// One string drawn on a page, in PostScript points from the bottom left of an A4 page.
struct PsText {
  double x = 72, y = 760;
  std::string text;  ///< Latin-1 text (Helvetica)
  int size = 10;
};
using PsPage = std::vector<PsText>;

/// The full path of program `name` on PATH; fails the test (with the Debian package to install)
/// when it is not there.
inline std::string find_tool(const std::string& name, const std::string& package) {
  const char* path = std::getenv("PATH");
  std::stringstream dirs(path ? path : "/usr/bin:/bin");
  for (std::string dir; std::getline(dirs, dir, ':');) {
    const auto candidate = std::filesystem::path(dir) / name;
    if (std::filesystem::exists(candidate)) return candidate.string();
  }
  ADD_FAILURE() << name << " is not installed: the PDF tests need it (apt-get install " << package
                << "; scripts/lib.sh lists it in TEST_PACKAGES)";
  return {};
}

inline std::string ps_escape(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '(' || c == ')' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

/// PostScript drawing `pages`, with `title` as the PDF's Title metadata when not empty.
inline std::string postscript(const std::vector<PsPage>& pages, const std::string& title = "") {
  std::string ps = "%!PS-Adobe-3.0\n%%Pages: " + std::to_string(pages.size()) + "\n";
  if (!title.empty()) ps += "[ /Title (" + ps_escape(title) + ") /DOCINFO pdfmark\n";
  for (std::size_t i = 0; i < pages.size(); ++i) {
    ps += "%%Page: " + std::to_string(i + 1) + " " + std::to_string(i + 1) + "\n";
    for (const PsText& t : pages[i]) {
      ps += "/Helvetica findfont " + std::to_string(t.size) + " scalefont setfont " + std::to_string(t.x) + " " +
            std::to_string(t.y) + " moveto (" + ps_escape(t.text) + ") show\n";
    }
    ps += "showpage\n";
  }
  return ps + "%%EOF\n";
}

/// Writes `pages` as the PDF `relative` in `dir` (through ps2pdf) and returns its path.
inline std::filesystem::path make_pdf(const TempDir& dir, const std::string& relative, const std::vector<PsPage>& pages,
                                      const std::string& title = "") {
  const auto pdf = dir.path() / relative;
  std::filesystem::create_directories(pdf.parent_path());
  const auto ps = dir.write(relative + ".ps", postscript(pages, title));
  const std::string ps2pdf = find_tool("ps2pdf", "ghostscript");
  if (ps2pdf.empty()) return pdf;
  const ProcessResult result = run_process({ps2pdf, ps.string(), pdf.string()});
  EXPECT_EQ(result.exit_code, 0) << "ps2pdf failed: " << result.err;
  std::filesystem::remove(ps);
  return pdf;
}

/// Lines of text drawn down a column from `top`, 12 points apart, starting at `x`.
inline PsPage column(double x, double top, const std::vector<std::string>& lines, int size = 10) {
  PsPage page;
  double y = top;
  for (const std::string& line : lines) {
    if (!line.empty()) page.push_back(PsText{x, y, line, size});
    y -= 12;  // an empty string leaves a blank line: a paragraph break
  }
  return page;
}

inline PsPage operator+(PsPage a, const PsPage& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

}  // namespace liaison::testing

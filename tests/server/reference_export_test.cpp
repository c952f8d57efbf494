// The BibTeX and RIS writers of /api/export over hits built here (no index).
#include <gtest/gtest.h>

#include "search-server/reference_export.h"

namespace liaison::http {
namespace {

Hit statement() {
  return {.id = "en-brussels-2021", .title = "Leaders meet in Brussels", .date = "2021-12-14", .lang = "en",
          .kind = "statement", .source = "European Council", .url = "https://example.org/brussels", .path = "",
          .provenance = "original", .score = 1.0, .areas = {}, .measures = {}, .passage = 3, .page = 2,
          .anchor = "t0000beef", .snippet = "", .matched_languages = {}};
}

Hit editorial() {
  return {.id = "hy-digest", .title = "Digest\r\nof May", .date = "2023-05", .lang = "hy", .kind = "other",
          .source = "Liaison editors (summary of the statement of the ministry)", .url = "", .path = "",
          .provenance = "editorial", .score = 1.0, .areas = {}, .measures = {}, .passage = 4, .page = 0,
          .anchor = "t1a2b3c4d", .snippet = "", .matched_languages = {}};
}

const ReferenceAccess kAccess{.date = "2026-03-05", .origin = "http://liaison.test"};

TEST(ReferenceExport, RisRecordsHaveTypeAuthorDatesUrlAndCrlf) {
  SearchResult result;
  result.hits = {statement(), editorial()};
  EXPECT_EQ(to_ris(result, kAccess),
            "TY  - PRESS\r\n"
            "TI  - Leaders meet in Brussels\r\n"
            "AU  - European Council\r\n"
            "PY  - 2021\r\n"
            "DA  - 2021/12/14/\r\n"
            "UR  - https://example.org/brussels\r\n"
            "Y2  - 2026-03-05\r\n"
            "LA  - English\r\n"
            "N1  - page 2, paragraph 3; Liaison document en-brussels-2021\r\n"
            "ER  - \r\n"
            "\r\n"
            "TY  - GEN\r\n"
            "TI  - Digest  of May\r\n"
            "AU  - Liaison editors\r\n"
            "PY  - 2023\r\n"
            "DA  - 2023/05//\r\n"
            "UR  - http://liaison.test/?doc=hy-digest#t1a2b3c4d\r\n"
            "Y2  - 2026-03-05\r\n"
            "LA  - Armenian\r\n"
            "N1  - summary of the statement of the ministry; paragraph 4; Liaison document hy-digest\r\n"
            "ER  - \r\n");
}

TEST(ReferenceExport, BibTeXEntriesNameTheEditorsAndCarryUrlAndUrldate) {
  SearchResult result;
  result.hits = {statement(), editorial()};
  const std::string bib = to_bibtex(result, kAccess);
  EXPECT_EQ(bib.rfind("@misc{en-brussels-2021-3,\n  author = {{European Council}},", 0), 0u) << bib;
  EXPECT_NE(bib.find("}\n\n@misc{hy-digest-4,\n  author = {{Liaison editors}},"), std::string::npos) << bib;
  EXPECT_NE(bib.find("url = {https://example.org/brussels},\n  urldate = {2026-03-05},"), std::string::npos) << bib;
  EXPECT_NE(bib.find("url = {http://liaison.test/?doc=hy-digest\\#t1a2b3c4d},\n  urldate = {2026-03-05},"), std::string::npos)
      << bib;
  EXPECT_NE(bib.find("langid = {armenian}"), std::string::npos) << bib;
}

TEST(ReferenceExport, AnEmptyResultIsAnEmptyFile) {
  EXPECT_EQ(to_ris({}, kAccess), "");
  EXPECT_EQ(to_bibtex({}, kAccess), "");
}

}  // namespace
}  // namespace liaison::http

// GET /api/export (CSV and JSON downloads of every hit) and GET /api/documents/{id}/passages/{n}/cite
// over HTTP, on a real index; tag evidence in /api/search and /api/documents.
#include <gtest/gtest.h>

#include "core/text/anchor.h"
#include "search-server/export_handlers.h"
#include "tests/server/server_fixture.h"

namespace liaison::http {
namespace {

using namespace testing_support;

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

/// The records of an RFC 4180 CSV text after its UTF-8 byte-order mark (quoted fields may hold
/// commas, quotes and line breaks).
std::vector<std::vector<std::string>> parse_csv(std::string text) {
  EXPECT_TRUE(text.starts_with(kUtf8Bom)) << "no byte-order mark";
  if (text.starts_with(kUtf8Bom)) text.erase(0, kUtf8Bom.size());
  std::vector<std::vector<std::string>> records;
  std::vector<std::string> record;
  std::string field;
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') field += '"', ++i;
      else if (c == '"') quoted = false;
      else field += c;
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      record.push_back(std::move(field)), field.clear();
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      record.push_back(std::move(field)), field.clear();
      records.push_back(std::move(record)), record.clear();
      ++i;
    } else {
      field += c;
    }
  }
  EXPECT_TRUE(field.empty() && record.empty()) << "the CSV does not end with CRLF";
  return records;
}

std::vector<CorpusFile> many_notes(int count) {
  auto files = small_corpus();
  for (int i = 1; i <= count; ++i) {
    const std::string id = "note-" + std::to_string(i);
    files.push_back({"en/" + id + ".md",
                     front_matter_document(id, "Note, number " + std::to_string(i), "2022-01-01", "en", "report",
                                           "diplomacy", "Observers said the \"ceasefire\" held, again.\n")});
  }
  return files;
}

class ExportCite : public ::testing::Test {
 protected:
  explicit ExportCite(const std::vector<CorpusFile>& files = small_corpus())
      : corpus_(files),
        server_({.db = corpus_.db(), .web_dir = {}, .domain_dir = corpus_.domain(), .threads = 2,
                 .keep_alive_seconds = 0, .log = {}},
                corpus_.analyzer()),
        client_("127.0.0.1", server_.port()) {
    client_.set_read_timeout(std::chrono::seconds(60));
  }

  httplib::Result get(const std::string& path, const httplib::Params& params) {
    return client_.Get(path, params, httplib::Headers{});
  }

  IndexedCorpus corpus_;
  RunningServer server_;
  httplib::Client client_;
};

class ExportManyPages : public ExportCite {
 protected:
  ExportManyPages() : ExportCite(many_notes(130)) {}
};

TEST(CsvField, QuotesWhatRfc4180RequiresAndDisarmsFormulas) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"plain", "plain"},
      {"a,b", "\"a,b\""},
      {"say \"hi\"", "\"say \"\"hi\"\"\""},
      {"two\nlines", "\"two\nlines\""},
      {"Разминирование, дорога", "\"Разминирование, дорога\""},
      {"Հայտարարություն", "Հայտարարություն"},
      {"", ""},
      {"=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""},
      {"+1", "\"'+1\""},
      {"-2+3", "\"'-2+3\""},
      {"@SUM(A1)", "\"'@SUM(A1)\""},
      {"a=b", "a=b"},
  };
  for (const auto& [input, expected] : cases) {
    SCOPED_TRACE(input);
    EXPECT_EQ(csv_field(input), expected);
  }
}

TEST(SnippetText, DropsMarksAndDecodesEscapes) {
  EXPECT_EQ(snippet_text("agreed on <mark>demining</mark> &amp; rail &lt;b&gt; &quot;x&quot; &#39;y&#39;"),
            "agreed on demining & rail <b> \"x\" 'y'");
}

TEST_F(ExportCite, CiteAnswersPlainTextBibtexAndPermalink) {
  auto response = get_json(client_, "/api/documents/en-brussels/passages/2/cite");
  ASSERT_EQ(response.status, 200) << response.raw;
  // The permalink names the passage by its stable anchor, made from its text.
  const std::string anchor = response.body["anchor"];
  EXPECT_EQ(response.body["permalink"], "/?doc=en-brussels#" + anchor);
  EXPECT_EQ(anchor, passage_anchor("Border delimitation and demarcation will start with EU technical help."));
  const std::string text = response.body["text"];
  EXPECT_NE(text.find("Leaders meet in Brussels"), std::string::npos) << text;
  EXPECT_NE(text.find("para. 2"), std::string::npos) << text;
  EXPECT_NE(text.find("https://example.org/en-brussels"), std::string::npos) << text;
  const std::string bibtex = response.body["bibtex"];
  EXPECT_EQ(bibtex.rfind("@misc{en-brussels-2", 0), 0u) << bibtex;
  EXPECT_NE(bibtex.find("2021"), std::string::npos) << bibtex;
}

TEST_F(ExportCite, CiteWorksInEveryLanguage) {
  for (const char* id : {"ru-demining", "hy-statement", "az-statement", "en-youth"}) {
    SCOPED_TRACE(id);
    auto response = get_json(client_, std::string("/api/documents/") + id + "/passages/1/cite");
    ASSERT_EQ(response.status, 200) << response.raw;
    EXPECT_EQ(response.body["permalink"], std::string("/?doc=") + id + "#" + response.body["anchor"].get<std::string>());
    EXPECT_FALSE(response.body["bibtex"].get<std::string>().empty());
  }
}

TEST_F(ExportCite, APassageIsCitedByItsAnchorAsByItsNumber) {
  const JsonResponse by_number = get_json(client_, "/api/documents/en-brussels/passages/2/cite");
  ASSERT_EQ(by_number.status, 200) << by_number.raw;
  const std::string anchor = by_number.body["anchor"];
  const JsonResponse by_anchor = get_json(client_, "/api/documents/en-brussels/passages/" + anchor + "/cite");
  ASSERT_EQ(by_anchor.status, 200) << by_anchor.raw;
  EXPECT_EQ(by_anchor.body["n"], 2);
  EXPECT_EQ(by_anchor.body["permalink"], by_number.body["permalink"]);
  EXPECT_EQ(get_json(client_, "/api/documents/en-brussels/passages/t00000000/cite").status, 404);
}

TEST_F(ExportCite, APassageKeepsItsAnchorWhenAParagraphIsAddedAboveIt) {
  const auto anchors = [this] {
    const JsonResponse document = get_json(client_, "/api/documents/en-brussels");
    std::vector<std::string> out;
    for (const auto& passage : document.body["passages"]) {
      out.push_back(passage["anchor"]);
    }
    return out;
  };
  const std::vector<std::string> before = anchors();
  ASSERT_EQ(before.size(), 2u);
  corpus_.add({"en/brussels.md",
               front_matter_document("en-brussels", "Leaders meet in Brussels", "2021-12-14", "en", "statement",
                                     "diplomacy",
                                     "A new opening paragraph.\n\n"
                                     "The leaders agreed on demining and the restoration of rail links.\n\n"
                                     "Border delimitation and demarcation will start with EU technical help.\n")});
  corpus_.rebuild();
  const std::vector<std::string> after = anchors();
  ASSERT_EQ(after.size(), 3u);
  EXPECT_EQ(std::vector<std::string>(after.begin() + 1, after.end()), before);  // #p1 and #p2 moved; these did not
}

TEST_F(ExportCite, CiteRefusesUnknownOrMalformedPassages) {
  const std::vector<std::pair<std::string, int>> cases = {
      {"/api/documents/en-brussels/passages/99/cite", 404},
      {"/api/documents/no-such-doc/passages/1/cite", 404},
      {"/api/documents/en-brussels/passages/0/cite", 400},
      {"/api/documents/en-brussels/passages/two/cite", 400},
      {"/api/documents/en-brussels/passages/-1/cite", 400},
  };
  for (const auto& [path, status] : cases) {
    SCOPED_TRACE(path);
    auto response = get_json(client_, path);
    EXPECT_EQ(response.status, status) << response.raw;
    EXPECT_TRUE(response.body.contains("error"));
  }
}

TEST_F(ExportCite, CsvExportHasAHeaderAndOneRowPerHit) {
  auto search = get_json(client_, "/api/search", {{"size", "2"}});
  ASSERT_EQ(search.status, 200);
  auto result = get("/api/export", {{"format", "csv"}, {"size", "2"}, {"page", "3"}});
  ASSERT_TRUE(result);
  ASSERT_EQ(result->status, 200) << result->body;
  EXPECT_EQ(result->get_header_value("Content-Type"), "text/csv; charset=utf-8");
  EXPECT_EQ(result->get_header_value("Content-Disposition"), "attachment; filename=\"liaison-export.csv\"");
  EXPECT_TRUE(result->body.starts_with(kUtf8Bom)) << "spreadsheets read UTF-8 by its byte-order mark";
  const auto records = parse_csv(result->body);
  ASSERT_FALSE(records.empty());
  EXPECT_EQ(records[0].front(), "id");
  EXPECT_EQ(records[0].back(), "permalink");
  EXPECT_EQ(records.size() - 1, search.body["total"].get<std::size_t>()) << "page and size are ignored";
  for (const auto& record : records) EXPECT_EQ(record.size(), records[0].size());
  EXPECT_NE(result->body.find("Разминирование и связь"), std::string::npos) << "UTF-8 kept";
  EXPECT_NE(result->body.find("Հայտարարություն"), std::string::npos);
}

TEST_F(ExportCite, CsvExportFollowsTheSearchParameters) {
  auto result = get("/api/export", {{"q", "demining"}, {"xlang", "0"}, {"lang", "en"}});
  ASSERT_TRUE(result);
  ASSERT_EQ(result->status, 200) << result->body;
  const auto records = parse_csv(result->body);
  ASSERT_EQ(records.size(), 2u) << result->body;
  EXPECT_EQ(records[1][0], "en-brussels");
  EXPECT_EQ(records[1][13],
            "/?doc=en-brussels#" + passage_anchor("The leaders agreed on demining and the restoration of rail links."));
}

TEST_F(ExportCite, JsonExportCountsWhatItHolds) {
  auto response = get_json(client_, "/api/export", {{"format", "json"}, {"limit", "4"}});
  ASSERT_EQ(response.status, 200) << response.raw;
  EXPECT_EQ(response.body["exported"], 4);
  EXPECT_EQ(response.body["hits"].size(), 4u);
  EXPECT_EQ(response.body["total"], 6);
  EXPECT_EQ(response.body["exact"], true);  // as in /api/search: false when total is an estimate
  EXPECT_TRUE(response.body["hits"][0].contains("permalink"));
}

TEST_F(ExportCite, BibtexExportHasOneEntryPerHitWithUrlAndUrldate) {
  auto result = get("/api/export", {{"format", "bibtex"}, {"q", "demining"}, {"xlang", "0"}, {"lang", "en"}});
  ASSERT_TRUE(result);
  ASSERT_EQ(result->status, 200) << result->body;
  EXPECT_EQ(result->get_header_value("Content-Type"), "application/x-bibtex; charset=utf-8");
  EXPECT_EQ(result->get_header_value("Content-Disposition"), "attachment; filename=\"liaison-export.bib\"");
  const std::string& bib = result->body;
  EXPECT_EQ(bib.rfind("@misc{en-brussels-1,\n", 0), 0u) << bib;
  EXPECT_EQ(bib.find("@misc", 1), std::string::npos) << "one hit, one entry";
  EXPECT_NE(bib.find("url = {https://example.org/en-brussels},\n  urldate = {20"), std::string::npos) << bib;
}

TEST_F(ExportCite, RisExportHasOneRecordPerHitWithCrlf) {
  auto search = get_json(client_, "/api/search", {});
  auto result = get("/api/export", {{"format", "ris"}, {"limit", "3"}});
  ASSERT_TRUE(result);
  ASSERT_EQ(result->status, 200) << result->body;
  EXPECT_EQ(result->get_header_value("Content-Type"), "application/x-research-info-systems; charset=utf-8");
  EXPECT_EQ(result->get_header_value("Content-Disposition"), "attachment; filename=\"liaison-export.ris\"");
  const std::string& ris = result->body;
  std::size_t records = 0;
  for (auto at = ris.find("ER  - \r\n"); at != std::string::npos; at = ris.find("ER  - \r\n", at + 1)) ++records;
  EXPECT_EQ(records, 3u) << ris;
  EXPECT_EQ(ris.rfind("TY  - ", 0), 0u) << ris;
  EXPECT_NE(ris.find("TI  - " + search.body["hits"][0]["title"].get<std::string>() + "\r\n"), std::string::npos) << ris;
  for (std::size_t at = ris.find('\n'); at != std::string::npos; at = ris.find('\n', at + 1)) {
    ASSERT_EQ(ris[at - 1], '\r') << "a bare LF at " << at;
  }
}

TEST_F(ExportCite, ExportRefusesBadParameters) {
  const std::vector<httplib::Params> cases = {
      {{"format", "xml"}}, {{"limit", "0"}}, {{"limit", "1001"}}, {{"limit", "ten"}},
      {{"format", "csv"}, {"format", "json"}}, {{"sort", "sideways"}}, {{"lang", "xx"}},
  };
  for (const auto& params : cases) {
    SCOPED_TRACE(params.begin()->first + "=" + params.begin()->second);
    auto response = get_json(client_, "/api/export", params);
    EXPECT_EQ(response.status, 400) << response.raw;
    EXPECT_TRUE(response.body.contains("error"));
  }
}

TEST_F(ExportManyPages, ExportCollectsEveryPageUpToTheLimit) {
  auto all = get("/api/export", {{"q", "ceasefire"}, {"xlang", "0"}});
  ASSERT_TRUE(all);
  ASSERT_EQ(all->status, 200);
  auto search = get_json(client_, "/api/search", {{"q", "ceasefire"}, {"xlang", "0"}});
  const auto total = search.body["total"].get<std::size_t>();
  ASSERT_GT(total, 100u);
  const auto records = parse_csv(all->body);
  EXPECT_EQ(records.size() - 1, total);
  for (const auto& record : records) EXPECT_EQ(record.size(), 14u);

  auto limited = get("/api/export", {{"q", "ceasefire"}, {"xlang", "0"}, {"limit", "101"}});
  ASSERT_TRUE(limited);
  EXPECT_EQ(parse_csv(limited->body).size() - 1, 101u);
}

TEST_F(ExportCite, HitsAndPassagesCarryTagEvidence) {
  auto search = get_json(client_, "/api/search", {{"q", "demining"}, {"xlang", "0"}, {"lang", "en"}});
  ASSERT_EQ(search.status, 200);
  const auto& hit = search.body["hits"][0];
  ASSERT_FALSE(hit["areas"].empty());
  EXPECT_TRUE(hit["areas"][0].contains("id"));
  EXPECT_TRUE(hit["areas"][0].contains("score"));
  EXPECT_EQ(hit["areas"][0]["manual"], true) << "front matter areas are manual";
  EXPECT_TRUE(hit.contains("measure_tags"));

  auto document = get_json(client_, "/api/documents/en-brussels");
  ASSERT_EQ(document.status, 200);
  for (const auto& passage : document.body["passages"]) {
    EXPECT_TRUE(passage.contains("measure_tags"));
    EXPECT_TRUE(passage["areas"].is_array());
  }
}

}  // namespace
}  // namespace liaison::http

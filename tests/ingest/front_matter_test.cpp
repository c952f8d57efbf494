#include "core/ingest/front_matter.h"

#include <gtest/gtest.h>

#include "core/error.h"

namespace liaison {
namespace {

TEST(FrontMatter, ParsesKeysLowerCasedAndValuesTrimmed) {
  const std::string content = "---\nid: brussels-2021\nTitle:  Brussels meeting \nareas: diplomacy, economy\n---\nBody line\n";
  const FrontMatter fm = parse_front_matter(content, "en/a.md");
  EXPECT_TRUE(fm.present);
  EXPECT_EQ(fm.fields.at("id"), "brussels-2021");
  EXPECT_EQ(fm.fields.at("title"), "Brussels meeting");
  EXPECT_EQ(fm.fields.at("areas"), "diplomacy, economy");
  EXPECT_EQ(fm.lines.at("title"), 3u);
  EXPECT_EQ(fm.body, "Body line\n");
  EXPECT_EQ(fm.body_line, 6u);
}

TEST(FrontMatter, KeepsUnknownKeysAndValuesWithColons) {
  const std::string content = "---\nurl: https://example.org/a:b\nreviewer: Anna\n---\nText";
  const FrontMatter fm = parse_front_matter(content, "a.md");
  EXPECT_EQ(fm.fields.at("url"), "https://example.org/a:b");
  EXPECT_EQ(fm.fields.at("reviewer"), "Anna");
}

TEST(FrontMatter, FileWithoutBlockIsAllBody) {
  const std::string content = "Title line\n\nԵրևան, 14 դեկտեմբերի\n";
  const FrontMatter fm = parse_front_matter(content, "hy/a.txt");
  EXPECT_FALSE(fm.present);
  EXPECT_TRUE(fm.fields.empty());
  EXPECT_EQ(fm.body, content);
  EXPECT_EQ(fm.body_line, 1u);
}

TEST(FrontMatter, SkipsByteOrderMarkAndAcceptsCrlf) {
  const std::string content = "\xEF\xBB\xBF---\r\ntitle: Qarabağ\r\nlang: az\r\n---\r\nMətn\r\n";
  const FrontMatter fm = parse_front_matter(content, "az/a.md");
  EXPECT_TRUE(fm.present);
  EXPECT_EQ(fm.fields.at("title"), "Qarabağ");
  EXPECT_EQ(fm.fields.at("lang"), "az");
  EXPECT_EQ(fm.body, "Mətn\r\n");
  EXPECT_EQ(fm.body_line, 5u);
}

TEST(FrontMatter, ByteOrderMarkWithoutBlockIsDroppedFromBody) {
  const FrontMatter fm = parse_front_matter("\xEF\xBB\xBFТекст", "ru/a.txt");
  EXPECT_FALSE(fm.present);
  EXPECT_EQ(fm.body, "Текст");
}

TEST(FrontMatter, RejectsMalformedBlocksNamingFileAndLine) {
  struct Case {
    std::string content;
    std::size_t line;
    std::string reason_part;
  };
  const Case cases[] = {
      {"---\ntitle: Never closed\nBody\n", 1, "never closed"},
      {"---\r\ntitle: x\r\n", 1, "never closed"},
      {"---\ntitle: ok\nthis line has no colon\n---\nBody", 3, "not 'key: value'"},
      {"---\n: value without key\n---\nBody", 2, "empty key"},
      {"---\n   : spaces only\n---\nBody", 2, "empty key"},
      {"---\ntitle: one\ndate: 2021\nTITLE: two\n---\nBody", 4, "repeated front matter key 'title' (first on line 2)"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.content);
    try {
      parse_front_matter(c.content, "ru/bad.md");
      ADD_FAILURE() << "no IngestError";
    } catch (const IngestError& e) {
      EXPECT_EQ(e.path(), "ru/bad.md");
      EXPECT_EQ(e.line(), c.line);
      EXPECT_NE(e.reason().find(c.reason_part), std::string::npos) << e.reason();
    }
  }
}

TEST(FrontMatter, IgnoresBlankLinesInsideBlock) {
  const FrontMatter fm = parse_front_matter("---\ntitle: a\n\nkind: report\n---\nB", "a.md");
  EXPECT_EQ(fm.fields.size(), 2u);
  EXPECT_EQ(fm.body, "B");
}

}  // namespace
}  // namespace liaison

// Speakers resolved through the gazetteer (core/tagging/speakers.h), as CbmTagger::tag leaves
// them on documents parsed from corpus files.
#include "core/tagging/speakers.h"

#include <gtest/gtest.h>

#include "core/analysis/analyzer.h"
#include "core/ingest/loader.h"
#include "core/tagging/cbm_tagger.h"
#include "tests/tagging/domain_fixture.h"

namespace liaison {
namespace {

using Ids = std::vector<std::string>;

Ids speaker_ids(const Passage& passage) {
  Ids ids;
  for (const Speaker& speaker : passage.speakers) ids.push_back(speaker.id);
  return ids;
}

class Speakers : public ::testing::Test {
 protected:
  Document tagged(const std::string& text, const std::string& path) const {
    Document doc = parse_document(text, path);
    tagger_.tag(doc);
    return doc;
  }
  Analyzer analyzer_;
  CbmTagger tagger_{testing::test_domain(), analyzer_};
};

TEST_F(Speakers, ALabelSpellingAGazetteerPersonIsThatPersonInEveryScript) {
  for (const auto& [text, path] : std::vector<std::pair<std::string, std::string>>{
           {"---\nlang: en\n---\nPASHINYAN: We are ready.\n", "en/a.md"},
           {"---\nlang: ru\n---\nПАШИНЯН: Мы готовы.\n", "ru/a.md"},
           {"---\nlang: hy\n---\nՓԱՇԻՆՅԱՆ: Մենք պատրաստ ենք։\n", "hy/a.md"},
           {"---\nlang: az\n---\nPAŞİNYAN: Biz hazırıq.\n", "az/a.md"}}) {
    const Document doc = tagged(text, path);
    ASSERT_EQ(doc.passages.size(), 1u) << path;
    EXPECT_EQ(speaker_ids(doc.passages[0]), Ids{"nikol-pashinyan"}) << path;
    // Shown in the passage's language, findable by every spelling.
    const Speaker& speaker = doc.passages[0].speakers.at(0);
    EXPECT_EQ(speaker.names.size(), 4u) << path;
  }
  EXPECT_EQ(tagged("---\nlang: ru\n---\nПАШИНЯН: Мы готовы.\n", "ru/b.md").passages[0].speakers[0].name, "Никол Пашинян");
}

TEST_F(Speakers, ALabelTheGazetteerDoesNotKnowStaysItsOwnSpeaker) {
  const Document doc = tagged("---\nlang: en\n---\nMODERATOR: Welcome.\n", "en/m.md");
  EXPECT_EQ(speaker_ids(doc.passages.at(0)), Ids{"moderator"});
  EXPECT_EQ(doc.passages[0].speakers[0].name, "Moderator");
}

TEST_F(Speakers, ANameWithAVerbOfSpeechIsTheSpeakerOfItsPassage) {
  const Document doc = tagged(
      "---\nlang: en\nkind: article\n---\nPrime Minister Nikol Pashinyan said the talks would go on.\n\n"
      "Pashinyan visited Karabakh in 2019.\n",
      "en/r.md");
  ASSERT_EQ(doc.passages.size(), 2u);
  EXPECT_EQ(speaker_ids(doc.passages[0]), Ids{"nikol-pashinyan"});
  EXPECT_TRUE(doc.passages[1].speakers.empty()) << "a name without a verb of speech is not a speaker";
  const Document ru = tagged("---\nlang: ru\n---\nПашинян заявил, что переговоры продолжатся.\n", "ru/r.md");
  EXPECT_EQ(speaker_ids(ru.passages.at(0)), Ids{"nikol-pashinyan"});
}

TEST_F(Speakers, AStatementsOtherPassagesHaveItsIssuer) {
  const Document doc = tagged(
      "---\nlang: en\nkind: statement\nsource: Office of Nikol Pashinyan\n---\nThe ceasefire holds.\n", "en/s.md");
  EXPECT_EQ(speaker_ids(doc.passages.at(0)), Ids{"nikol-pashinyan"});
  const Document report = tagged(
      "---\nlang: en\nkind: report\nsource: Office of Nikol Pashinyan\n---\nThe ceasefire holds.\n", "en/r2.md");
  EXPECT_TRUE(report.passages.at(0).speakers.empty()) << "only a statement speaks for its issuer";
}

TEST_F(Speakers, FrontMatterNamesAreResolvedToo) {
  const Document doc = tagged("---\nlang: en\nspeaker: Никол Пашинян\n---\nMODERATOR: Hello.\n", "en/f.md");
  EXPECT_EQ(speaker_ids(doc.passages.at(0)), Ids{"nikol-pashinyan"});
}

}  // namespace
}  // namespace liaison

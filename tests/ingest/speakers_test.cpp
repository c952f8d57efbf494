// Speaker turns found in the text itself (core/ingest/speakers.h), on documents parsed as the
// loader parses a corpus file.
#include "core/ingest/speakers.h"

#include <gtest/gtest.h>

#include "core/ingest/loader.h"

namespace liaison {
namespace {

std::vector<std::string> speaker_ids(const Passage& passage) {
  std::vector<std::string> ids;
  for (const Speaker& speaker : passage.speakers) ids.push_back(speaker.id);
  return ids;
}

using Ids = std::vector<std::string>;

TEST(TurnLabel, CapitalisedLabelsAndInterviewWordsAreTurns) {
  EXPECT_EQ(turn_label("MODERATOR: Good afternoon.", Language::English), "MODERATOR");
  EXPECT_EQ(turn_label("SPEAKER FROM BAKU: I will, thank you.", Language::English), "SPEAKER FROM BAKU");
  EXPECT_EQ(turn_label("Q: What could that be?", Language::English), "Q");
  EXPECT_EQ(turn_label("Вопрос: Что дальше?", Language::Russian), "Вопрос");
  EXPECT_EQ(turn_label("ՓԱՇԻՆՅԱՆ: Մենք պատրաստ ենք։", Language::Armenian), "ՓԱՇԻՆՅԱՆ");
}

TEST(TurnLabel, SentencesWithAColonAreNotTurns) {
  EXPECT_EQ(turn_label("The statement is short: nine numbered points.", Language::English), std::nullopt);
  EXPECT_EQ(turn_label("Note: the text is illustrative.", Language::English), std::nullopt);
  EXPECT_EQ(turn_label("ON 10 NOVEMBER: the fighting stopped.", Language::English), std::nullopt);
  EXPECT_EQ(turn_label("No colon at all", Language::English), std::nullopt);
  EXPECT_EQ(turn_label("A VERY LONG LABEL OF SIX WORDS: text", Language::English), std::nullopt);
}

TEST(SpeakerFromLabel, IdIsTheLabelLowerCasedAndTheNameInTitleCase) {
  const Speaker speaker = speaker_from_label("SPEAKER FROM BAKU");
  EXPECT_EQ(speaker.id, "speaker from baku");
  EXPECT_EQ(speaker.name, "Speaker From Baku");
  EXPECT_EQ(speaker_from_label("ВЕДУЩИЙ").name, "Ведущий");
}

TEST(MarkSpeakers, ATurnGoesOnUntilTheNextLabel) {
  const Document doc = parse_document(
      "---\nlang: en\nkind: transcript\n---\n"
      "MODERATOR: Welcome.\n\nSPEAKER FROM BAKU: It can be both.\n\nA quoted line without a label.\n\n"
      "MODERATOR: Thank you.\n",
      "en/roundtable.md");
  ASSERT_EQ(doc.passages.size(), 4u);
  EXPECT_EQ(speaker_ids(doc.passages[0]), Ids{"moderator"});
  EXPECT_EQ(speaker_ids(doc.passages[1]), Ids{"speaker from baku"});
  EXPECT_EQ(speaker_ids(doc.passages[2]), Ids{"speaker from baku"});
  EXPECT_EQ(speaker_ids(doc.passages[3]), Ids{"moderator"});
}

TEST(MarkSpeakers, TextBeforeTheFirstTurnHasNoSpeaker) {
  const Document doc = parse_document("---\nlang: en\n---\nAn introduction.\n\nQ: And then?\n", "en/q.md");
  ASSERT_EQ(doc.passages.size(), 2u);
  EXPECT_TRUE(doc.passages[0].speakers.empty());
  EXPECT_EQ(speaker_ids(doc.passages[1]), Ids{"q"});
}

TEST(MarkSpeakers, FrontMatterSpeakersWinOverTurns) {
  const Document doc = parse_document(
      "---\nlang: en\nspeakers: Nikol Pashinyan, Ilham Aliyev\n---\nMODERATOR: Welcome.\n\nThe leaders spoke.\n",
      "en/fm.md");
  ASSERT_EQ(doc.passages.size(), 2u);
  for (const Passage& passage : doc.passages) EXPECT_EQ(speaker_ids(passage), (Ids{"nikol pashinyan", "ilham aliyev"}));
  const Document single = parse_document("---\nspeaker: Nikol Pashinyan\n---\nText.\n", "en/one.md");
  EXPECT_EQ(speaker_ids(single.passages.at(0)), Ids{"nikol pashinyan"});
}

TEST(FrontMatter, TranslationsAndTranslationOfMakeTheVersionSet) {
  const Document linked = parse_document("---\ntranslations: set-1\ntranslation_of: en-a\n---\nText.\n", "hy/a.md");
  EXPECT_EQ(linked.version_set, "set-1");
  EXPECT_EQ(linked.translation_of, "en-a");
  // Naming only the original joins the original's own set: its id.
  const Document only_original = parse_document("---\ntranslation_of: en-a\n---\nText.\n", "ru/a.md");
  EXPECT_EQ(only_original.version_set, "en-a");
  EXPECT_TRUE(parse_document("---\nlang: en\n---\nText.\n", "en/a.md").version_set.empty());
}

}  // namespace
}  // namespace liaison

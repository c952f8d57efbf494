// The words of a country's own economy in the bundled domain (oil, investment, trade, energy …:
// thesaurus needs_conflict) are the peace process's only beside a word of the conflict: in a
// speech on many subjects, within a sentence of it; in a document about the conflict as a
// whole, anywhere in the passage, its neighbours or the title. Four languages.
#include <algorithm>
#include <array>
#include <ostream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "core/analysis/analyzer.h"
#include "core/tagging/cbm_tagger.h"
#include "tests/tagging/tagged_document.h"
#include "core/tagging/domain.h"
#include "tests/support/temp_dir.h"
#include "tests/tagging/bundled_tagger.h"

namespace liaison {
namespace {

struct Sentences {
  Language language;
  const char* anchor;   ///< the line of contact: a word of the conflict
  const char* economy;  ///< oil and investment grew
  const char* calm;     ///< nothing the domain knows
};

const std::array<Sentences, 4> kSentences = {{
    {Language::English, "The line of contact.", "Oil and investment grew.", "The weather was calm."},
    {Language::Russian, "Линия соприкосновения.", "Нефть и инвестиции росли.", "Погода была спокойной."},
    {Language::Armenian, "Շփման գիծ։", "Նավթ և ներդրումներ։", "Եղանակը հանգիստ էր։"},
    {Language::Azerbaijani, "Təmas xətti.", "Neft və investisiya artdı.", "Hava sakit idi."},
}};

void PrintTo(const Sentences& sentences, std::ostream* out) { *out << to_code(sentences.language); }

/// A speech that leaves the conflict for four passages: the economy one sentence from the line
/// of contact (passage 1), three sentences from it (2), then four calm passages and an anchor.
Document speech(const Sentences& s) {
  const std::string calm = s.calm;
  const std::vector<std::string> texts = {std::string(s.anchor) + " " + s.economy,
                                          std::string(s.anchor) + " " + calm + " " + calm + " " + s.economy,
                                          calm, calm, calm, calm, s.anchor};
  return testing::document_of(texts, s.language);
}

using testing::has_tag;

using EconomySenseTest = ::testing::TestWithParam<Sentences>;


TEST_P(EconomySenseTest, InASpeechTheOwnEconomyCountsOnlyNearTheConflict) {
  Document document = speech(GetParam());
  testing::bundled_tagger().tag(document);
  EXPECT_TRUE(has_tag(document.passages[0].areas, "economy"));
  EXPECT_TRUE(has_tag(document.passages[1].areas, "diplomacy"));
  EXPECT_FALSE(has_tag(document.passages[1].areas, "economy"));
}

TEST_P(EconomySenseTest, InADocumentAboutTheConflictThePassageIsNearEnough) {
  Document document = speech(GetParam());
  document.title = GetParam().anchor;
  testing::bundled_tagger().tag(document);
  EXPECT_TRUE(has_tag(document.passages[1].areas, "economy"));
}

INSTANTIATE_TEST_SUITE_P(FourLanguages, EconomySenseTest, ::testing::ValuesIn(kSentences),
                         [](const ::testing::TestParamInfo<Sentences>& param) {
                           return std::string(to_code(param.param.language));
                         });

}  // namespace
}  // namespace liaison

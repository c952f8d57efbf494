#include "core/lang/profile.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>

#include "core/analysis/stemmer.h"
#include "core/analysis/utf32.h"
#include "core/lang/detect.h"

namespace liaison {
namespace {

/// The script a word of `language`'s data is written in, as the analyzer would read it.
Script script_of_word(std::u32string_view word) {
  LetterCounts counts;
  for (const char32_t c : word) counts.add(static_cast<UChar32>(c));
  return counts.dominant_script();
}

Script script_of_word(std::string_view utf8) {
  return script_of_word(utf32::decode(utf8));
}

bool contains(const std::vector<Language>& languages, Language language) {
  return std::find(languages.begin(), languages.end(), language) != languages.end();
}

TEST(LanguageProfile, EveryLanguageHasACompleteProfile) {
  for (const Language language : kLanguages) {
    const LanguageProfile& profile = profile_of(language);
    SCOPED_TRACE(profile.code);
    EXPECT_EQ(profile.language, language);
    EXPECT_EQ(profile.code.size(), 2u);
    EXPECT_EQ(parse_language(profile.code), language);
    EXPECT_EQ(to_code(language), profile.code);
    EXPECT_FALSE(profile.langid.empty());
    EXPECT_NE(profile.script, Script::Other);
    EXPECT_FALSE(profile.stop_words.empty());
    EXPECT_FALSE(profile.name_keys.case_endings.empty());
    EXPECT_TRUE(stemmer_exists(profile.stemmer)) << profile.stemmer.name;
  }
}

TEST(LanguageProfile, CodesAndLangidsAreDistinct) {
  for (const Language a : kLanguages) {
    for (const Language b : kLanguages) {
      if (a == b) continue;
      EXPECT_NE(profile_of(a).code, profile_of(b).code);
      EXPECT_NE(profile_of(a).langid, profile_of(b).langid);
    }
  }
}

TEST(LanguageProfile, UnknownHasNothing) {
  const LanguageProfile& unknown = profile_of(Language::Unknown);
  EXPECT_EQ(unknown.language, Language::Unknown);
  EXPECT_EQ(unknown.code, "");
  EXPECT_EQ(to_code(Language::Unknown), "");
  EXPECT_EQ(unknown.script, Script::Other);
  EXPECT_EQ(unknown.stemmer.source, StemmerSource::None);
  EXPECT_TRUE(unknown.stop_words.empty());
  EXPECT_TRUE(unknown.name_keys.case_endings.empty());
  EXPECT_EQ(unknown.stem_extension.tagging_max_extra_letters, 0u);
  EXPECT_FALSE(parse_language("xx").has_value());
}

TEST(LanguageProfile, ScriptToLanguageAgreesWithEveryProfile) {
  for (const Language language : kLanguages) {
    const Script script = profile_of(language).script;
    SCOPED_TRACE(to_code(language));
    EXPECT_TRUE(contains(languages_of_script(script), language));
    EXPECT_EQ(profile_of(language_of_script(script)).script, script);
  }
  for (const Script script : {Script::Latin, Script::Cyrillic, Script::Armenian, Script::Other}) {
    for (const Language language : languages_of_script(script)) EXPECT_EQ(profile_of(language).script, script);
  }
  EXPECT_TRUE(languages_of_script(Script::Other).empty());
  EXPECT_EQ(language_of_script(Script::Other), Language::Unknown);
}

TEST(LanguageProfile, EachScriptHasOneDefaultLanguage) {
  for (const Script script : {Script::Latin, Script::Cyrillic, Script::Armenian}) {
    const auto& languages = languages_of_script(script);
    if (languages.empty()) continue;
    const auto defaults = std::count_if(languages.begin(), languages.end(),
                                        [](Language language) { return profile_of(language).script_default; });
    EXPECT_EQ(defaults, 1) << static_cast<int>(script);
  }
}

TEST(LanguageProfile, StopWordsAreWrittenInTheLanguagesScript) {
  for (const Language language : kLanguages) {
    const LanguageProfile& profile = profile_of(language);
    for (const std::string_view word : profile.stop_words) {
      SCOPED_TRACE(word);
      EXPECT_EQ(script_of_word(word), profile.script);
      EXPECT_TRUE(contains(languages_of_word(word), language));
    }
  }
}

TEST(LanguageProfile, EachDetectionCueAloneTellsItsLanguage) {
  for (const Language language : kLanguages) {
    const DetectionCues& cues = profile_of(language).detection;
    for (const std::string_view word : cues.common_words) {
      SCOPED_TRACE(word);
      EXPECT_LE(utf32::decode(word).size(), kLongestCueWord);
      EXPECT_EQ(script_of_word(word), profile_of(language).script);
      EXPECT_EQ(detect_language(word), language);
    }
    for (const char32_t letter : cues.typical_letters) {
      const std::string word = "k" + utf32::encode(std::u32string(1, letter)) + "k";
      SCOPED_TRACE(word);
      EXPECT_EQ(detect_language(word), language);
    }
  }
}

TEST(LanguageProfile, AnOwnLetterMakesAWordOfItsLanguage) {
  for (const Language language : kLanguages) {
    for (const char32_t letter : profile_of(language).detection.own_letters) {
      const std::string word = "k" + utf32::encode(std::u32string(1, letter)) + "k";
      SCOPED_TRACE(word);
      EXPECT_EQ(languages_of_word(word), std::vector<Language>{language});
      EXPECT_NE(languages_owning_letter(static_cast<UChar32>(letter)), 0u);
    }
  }
  EXPECT_EQ(languages_owning_letter(U'k'), 0u);
}

TEST(LanguageProfile, NameCaseEndingsAreWrittenInTheLanguagesScript) {
  for (const Language language : kLanguages) {
    const LanguageProfile& profile = profile_of(language);
    for (const std::u32string_view ending : profile.name_keys.case_endings) {
      const Script script = script_of_word(ending);
      if (script == Script::Other) continue;  // "'" has no letter
      EXPECT_EQ(script, profile.script) << to_code(language);
    }
  }
}

TEST(LanguageProfile, StemExtensionLimitsComeTogether) {
  for (const Language language : kLanguages) {
    const StemExtension& extension = profile_of(language).stem_extension;
    SCOPED_TRACE(to_code(language));
    // A listed stem may be extended only when it is long enough, and vice versa.
    EXPECT_EQ(extension.tagging_max_extra_letters == 0, extension.tagging_min_letters == 0);
    // Extending stems is for stemmers that leave endings on: the tagger and the query agree.
    EXPECT_EQ(extension.tagging_max_extra_letters == 0, extension.query_min_letters == 0);
  }
}

TEST(LanguageProfile, TurkicCasingIsForLatinScript) {
  for (const Language language : kLanguages) {
    const LanguageProfile& profile = profile_of(language);
    if (!profile.dotless_i && !profile.name_keys.azerbaijani_latin) continue;
    EXPECT_EQ(profile.script, Script::Latin) << to_code(language);
  }
}

TEST(LanguageProfile, StemmerNamesAreChecked) {
  EXPECT_FALSE(stemmer_exists({.source = StemmerSource::Snowball, .name = "klingon", .name_rule = false,
                               .kept_roots = {}, .whole_nouns = {}, .syncope_nouns = {}, .time_nouns = {},
                               .pronoun_forms = {}}));
  EXPECT_FALSE(stemmer_exists({.source = StemmerSource::Liaison, .name = "english", .name_rule = false,
                               .kept_roots = {}, .whole_nouns = {}, .syncope_nouns = {}, .time_nouns = {},
                               .pronoun_forms = {}}));
  EXPECT_FALSE(stemmer_exists({.source = StemmerSource::Snowball, .name = "english", .name_rule = true,
                               .kept_roots = {}, .whole_nouns = {}, .syncope_nouns = {}, .time_nouns = {},
                               .pronoun_forms = {}}));
  EXPECT_TRUE(stemmer_exists({.source = StemmerSource::None, .name = "", .name_rule = false,
                               .kept_roots = {}, .whole_nouns = {}, .syncope_nouns = {}, .time_nouns = {},
                               .pronoun_forms = {}}));
}

}  // namespace
}  // namespace liaison

#pragma once
// The language profile: what the pipeline needs to know of one language, in one table per
// language (profile_<code>.cpp). The analyzer, stemmer, stop words, name keys, tagger, passage
// splitter, citations and query builder read it instead of switching on the language, so that a
// new language is one more table plus its data (a stop-word list, a stemmer).
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/lang/language.h"
#include "core/lang/script.h"

namespace liaison {

/// Where a language's stemmer comes from.
enum class StemmerSource {
  None,      ///< a term is its own stem
  Snowball,  ///< Xapian::Stem of the algorithm `StemmerChoice::name`
  Liaison,   ///< our own rule-based stemmer, registered under `StemmerChoice::name` in core/analysis/stemmer.cpp
};

struct StemmerChoice {
  StemmerSource source = StemmerSource::None;
  std::string_view name;  ///< "english" (Snowball), "armenian" (our own)
  /// Capitalised words (names) have a stem rule of their own, registered under `name` in
  /// core/analysis/stemmer.cpp: Russian cuts case endings only (Мамедова → мамедов, where
  /// Snowball cuts мамед).
  bool name_rule = false;
  /// Roots that end like a suffix or an ending of our own stemmer (Azerbaijani Laçın, qanun,
  /// təqdim): normalised, lowercase. No ending is read into one, and a form that reaches one
  /// keeps it whole as its stem (Laçına, Laçından → laçın; not laç, with qanun not qan).
  std::span<const std::string_view> kept_roots;
  /// Nouns and adjectives that are also the stem plus an ending of a verb (Azerbaijani keçmiş,
  /// the past, is keç-miş; çəki, weight, is çək-i): kept whole alone or before a noun's suffix
  /// (keçmişdə → keçmiş), while verb endings still follow the verb (keçmişdir → keç).
  std::span<const std::string_view> whole_nouns;
  /// Nouns whose last vowel drops before a vowel suffix (Azerbaijani fikir, fikri; şəkil, şəkli):
  /// the bare form is a whole root, spelled without that vowel as its stem (fikr, şəkl).
  std::span<const std::string_view> syncope_nouns;
  /// Nouns of time that take the attributive -kI on their bare form (Azerbaijani günkü, axşamkı,
  /// həftəki): the -kI goes after them (gün, axşam, həftə), not after other words (bankı, parkı
  /// are bank-ı, park-ı).
  std::span<const std::string_view> time_nouns;
  /// Personal, demonstrative and question pronouns with their case and plural forms, one entry a
  /// pronoun: its lemma, then its forms, space-separated (Azerbaijani "o onu ona ondan onun …"). A
  /// form's stem is the lemma: their short oblique stems (on-, bun-) are no other word's (on, ten).
  std::span<const std::string_view> pronoun_forms;
};

/// How far a longer stem may extend a shorter one and still be taken for the same word. Some
/// stemmers leave endings on (ականազերծում → ականազերծ but ականազերծման → ականազերծմ; Пашинян →
/// пашиня but Пашиняном → пашинян); where they do not, all zero: a stem stands only for itself
/// (in Azerbaijani extending would join müəllif and müəllim).
struct StemExtension {
  /// Query builder (core/query/builder.cpp, a word of a cross-language form): a stem of at least
  /// this many letters also finds the longer indexed stems that start with it. 0: never.
  std::size_t query_min_letters = 0;
  /// Tagger (core/tagging/phrase_matcher.cpp): a passage word whose stem is a listed stem plus
  /// at most this many letters matches that listed stem. 0: never.
  std::size_t tagging_max_extra_letters = 0;
  /// ... provided the listed stem has at least this many letters.
  std::size_t tagging_min_letters = 0;
};

/// Compounds that are written together, apart or hyphenated (peacebuilding, peace building,
/// peace-building): the query joins two words and splits one where the index holds the parts.
struct CompoundRules {
  bool written_three_ways = false;  ///< the language writes compounds so
  /// First parts shorter than a word's usual three letters that still make compounds (de-mining).
  std::span<const std::string_view> short_first_parts;
  /// Compounds known to be written so, as one word or hyphenated, lower case ("cross-border",
  /// "peacekeeping"): two query words that make one of them (or one of its inflections) are
  /// that compound, a phrase, also where the index holds no joined form.
  std::span<const std::string_view> known{};
};

/// The rules of name keys (core/analysis/name_key.h) that differ between languages.
struct NameKeyRules {
  /// Case endings that hold a consonant: a word ending so also gets the key of the word without
  /// it (Пашиняном → Пашинян). Vowel endings need none, vowels are dropped.
  std::span<const std::u32string_view> case_endings;
  /// Latin c reads as j (a sibilant) and x as kh (a velar), as Azerbaijani spells them; else
  /// c is k, or s before e i y, and x is ks, as in English.
  bool azerbaijani_latin = false;
};

/// What tells a language from the others written in its script (detect.h): each cue in a
/// passage's words of that script counts for it, and the language with most wins.
struct DetectionCues {
  /// Short frequent words, lowercase and at most kLongestCueWord letters, that are rare in the
  /// script's other languages (və, ilə; the, and).
  std::span<const std::string_view> common_words;
  /// Letters typical of the language among those of its script, both cases (ə ğ ş …).
  std::u32string_view typical_letters;
  /// Letters no other language of its script writes: a word of that script holding one is in
  /// this language whatever its passage (ə Ə ı İ, and the Cyrillic ә typed for ə, are az).
  std::u32string_view own_letters;
};
inline constexpr std::size_t kLongestCueWord = 6;

/// How a transcript or article of the language says who speaks (core/ingest/speakers.h,
/// core/tagging/speakers.h). Every word lower-case, as the analyzer writes it.
struct SpeechCues {
  /// Turn labels of an interview's questions and answers ("Q:", "Question:"): the questions
  /// are the interviewer's, the answers the interviewee's.
  std::span<const std::string_view> question_labels;
  std::span<const std::string_view> answer_labels;
  /// Verbs of reported speech that follow or precede a speaker's name ("Pashinyan said"), as
  /// their lower-cased word forms.
  std::span<const std::string_view> said_verbs;
};

struct LanguageProfile {
  Language language = Language::Unknown;
  std::string_view code;          ///< ISO 639-1: "en"; "" for Unknown
  std::string_view langid;        ///< language name of BibLaTeX's langid field: "english"
  std::string_view english_name;  ///< its English name, as RIS's LA field writes it: "English"
  Script script = Script::Other;  ///< the alphabet its words are written in
  /// The language a word of `script` is taken to be in when nothing else tells (a Latin word in
  /// a Russian passage is English): exactly one language per script.
  bool script_default = false;
  DetectionCues detection;
  StemmerChoice stemmer;
  std::span<const std::string_view> stop_words;  ///< normalised: lowercase, ё as е, և as եւ
  StemExtension stem_extension;
  /// Turkic casing: I lowers to dotless ı (İ lowers to i in every language).
  bool dotless_i = false;
  NameKeyRules name_keys;
  CompoundRules compounds{};
  SpeechCues speech{};
};

/// The profile of `language`; for Unknown, one with no script, stemmer or stop words.
const LanguageProfile& profile_of(Language language);

/// The languages written in `script`, in kLanguages order ({en, az} for Latin); none for Other.
const std::vector<Language>& languages_of_script(Script script);

/// The language a word of `script` is taken to be in when nothing else tells (the profile with
/// `script_default`): Latin → en, Cyrillic → ru, Armenian → hy; Unknown for Other.
Language language_of_script(Script script);

/// The languages that list `c` among their own letters (DetectionCues::own_letters), as bits:
/// bit i for kLanguages[i]; 0 for most letters.
std::uint32_t languages_owning_letter(UChar32 c);

}  // namespace liaison

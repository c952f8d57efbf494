// The English profile (core/lang/profile.h) and its data.
#include <array>

#include "core/lang/profile.h"

namespace liaison {
namespace {

constexpr std::array<std::string_view, 62> kStopWords = {
    "a",    "about", "after", "all",  "also", "an",    "and",  "any",  "are",   "as",    "at",
    "be",   "been",  "but",   "by",   "can",  "could", "do",   "does", "for",   "from",  "had",
    "has",  "have",  "he",    "her",  "his",  "i",     "if",   "in",   "into",  "is",    "it",
    "its",  "may",   "more",  "no",   "not",  "of",    "on",   "or",   "other", "our",   "she",
    "so",   "such",  "than",  "that", "the",  "their", "them", "then", "there", "these", "they",
    "this", "to",    "was",   "we",   "were", "which", "with"};

// Frequent here, rare in Azerbaijani.
constexpr std::array<std::string_view, 12> kCommonWords = {"the",  "and", "of",   "to", "in",  "is",
                                                           "that", "for", "with", "on", "are", "by"};

constexpr std::array<std::u32string_view, 2> kNameCaseEndings = {U"'s", U"'"};

// Prefixes of two letters written as part of a word or hyphenated before it.
constexpr std::array<std::string_view, 3> kShortFirstParts = {"de", "co", "re"};
// Compounds of the peace process's vocabulary that texts write joined, hyphenated or apart.
constexpr std::array<std::string_view, 34> kKnownCompounds = {
    "ceasefire",      "lawmakers",        "peacekeeping",     "peacekeepers",    "peacebuilding",
    "peacemaking",    "peacemakers",      "landmines",        "minefields",      "demining",
    "deminers",       "hotline",          "checkpoint",       "roadmap",         "cross-border",
    "post-war",       "pre-war",          "wartime",          "war-torn",        "well-being",
    "decision-making", "state-building",  "nation-building",  "confidence-building", "trust-building",
    "policy-making",  "fact-finding",     "self-determination", "de-escalation", "co-chairs",
    "counter-terrorism", "socio-economic", "timeframe",       "stakeholders"};
// Speech cues (SpeechCues): interview labels and verbs of reported speech.
constexpr std::array<std::string_view, 2> kQuestionLabels = {"q", "question"};
constexpr std::array<std::string_view, 2> kAnswerLabels = {"a", "answer"};
constexpr std::array<std::string_view, 8> kSaidVerbs = {"said", "says", "stated", "told", "declared", "noted", "stressed", "added"};

}  // namespace

extern constexpr LanguageProfile kEnglishProfile = {
    .language = Language::English,
    .code = "en",
    .langid = "english",
    .english_name = "English",
    .script = Script::Latin,
    .script_default = true,
    .detection = {.common_words = kCommonWords, .typical_letters = U"", .own_letters = U""},
    .stemmer = {.source = StemmerSource::Snowball, .name = "english", .name_rule = false, .kept_roots = {},
                .whole_nouns = {}, .syncope_nouns = {}, .time_nouns = {},
                .pronoun_forms = {}},
    .stop_words = kStopWords,
    .stem_extension = {.query_min_letters = 0, .tagging_max_extra_letters = 0, .tagging_min_letters = 0},
    .dotless_i = false,
    .name_keys = {.case_endings = kNameCaseEndings, .azerbaijani_latin = false},
    .compounds = {.written_three_ways = true, .short_first_parts = kShortFirstParts, .known = kKnownCompounds},
    .speech = {.question_labels = kQuestionLabels, .answer_labels = kAnswerLabels, .said_verbs = kSaidVerbs},
};

}  // namespace liaison

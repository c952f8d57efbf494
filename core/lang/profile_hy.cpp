// The Armenian profile (core/lang/profile.h) and its data.
#include <array>

#include "core/lang/profile.h"

namespace liaison {
namespace {

constexpr std::array<std::string_view, 44> kStopWords = {
    "եւ",  "և",   "ու",   "է",   "են",    "եմ",  "ես",   "ենք",    "եք",    "էր",  "էին",
    "որ",  "այդ", "այս",  "այն", "իր",    "նա",  "մենք", "դուք",   "նրանք", "ի",   "չի",
    "չեն", "էլ",  "նաեւ", "կամ", "բայց",  "թե",  "եթե",  "համար",  "հետ",   "մեջ", "վրա",
    "մի",  "ով",  "ինչ",  "որը", "որոնք", "այլ", "ըստ",  "մինչեւ", "դեպի",  "առ",  "կողմից"};

constexpr std::array<std::u32string_view, 4> kNameCaseEndings = {U"ից", U"ում", U"ով", U"ին"};

// Speech cues (SpeechCues): interview labels and verbs of reported speech.
constexpr std::array<std::string_view, 1> kQuestionLabels = {"հարց"};
constexpr std::array<std::string_view, 1> kAnswerLabels = {"պատասխան"};
constexpr std::array<std::string_view, 7> kSaidVerbs = {"ասաց", "հայտարարեց", "նշեց", "ընդգծեց", "ասել", "հայտարարել", "նշել"};

}  // namespace

extern constexpr LanguageProfile kArmenianProfile = {
    .language = Language::Armenian,
    .code = "hy",
    .langid = "armenian",
    .english_name = "Armenian",
    .script = Script::Armenian,
    .script_default = true,
    .detection = {.common_words = {}, .typical_letters = U"", .own_letters = U""},  // the only language of its script
    .stemmer = {.source = StemmerSource::Liaison, .name = "armenian", .name_rule = false, .kept_roots = {},
                .whole_nouns = {}, .syncope_nouns = {}, .time_nouns = {},
                .pronoun_forms = {}},
    .stop_words = kStopWords,
    // Armenian endings are longer than Russian ones.
    .stem_extension = {.query_min_letters = 4, .tagging_max_extra_letters = 3, .tagging_min_letters = 5},
    .dotless_i = false,
    .name_keys = {.case_endings = kNameCaseEndings, .azerbaijani_latin = false},
    .compounds = {.written_three_ways = false, .short_first_parts = {}, .known = {}},
    .speech = {.question_labels = kQuestionLabels, .answer_labels = kAnswerLabels, .said_verbs = kSaidVerbs},
};

}  // namespace liaison

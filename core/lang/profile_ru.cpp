// The Russian profile (core/lang/profile.h) and its data.
#include <array>

#include "core/lang/profile.h"

namespace liaison {
namespace {

// The reflexive possessive (свой, in every case) is here as "our", "their" are in English, "öz" in
// Azerbaijani and "իր" in Armenian: it neither starts nor breaks a phrase, so «Знай соседей»
// matches the alias «Знай своих соседей».
constexpr std::array<std::string_view, 78> kStopWords = {
    "а",     "без",   "бы", "был",  "была",   "были", "было", "быть", "в",     "во",  "вот",
    "все",   "всех",  "вы", "где",  "да",     "даже", "для",  "до",   "его",   "ее",  "если",
    "есть",  "еще",   "же", "за",   "и",      "из",   "или",  "им",   "их",    "к",   "как",
    "когда", "кто",   "ли", "мы",   "на",     "над",  "не",   "него", "нет",   "ни",  "но",
    "о",     "об",    "он", "она",  "они",    "от",   "по",   "под",  "при",   "с",   "со",
    "так",   "также", "то", "того", "только", "у",    "уже",  "что",  "чтобы", "это", "этот",
    "свой",  "своя",  "свое", "свои", "своего", "своей", "своему", "свою", "своим",
    "своем", "своих", "своими"};

constexpr std::array<std::u32string_view, 8> kNameCaseEndings = {U"ами", U"ом", U"ем", U"ым", U"ой", U"ах", U"ам", U"ов"};

// Speech cues (SpeechCues): interview labels and verbs of reported speech.
constexpr std::array<std::string_view, 2> kQuestionLabels = {"вопрос", "в"};
constexpr std::array<std::string_view, 2> kAnswerLabels = {"ответ", "о"};
constexpr std::array<std::string_view, 9> kSaidVerbs = {"заявил", "заявила", "сказал", "сказала", "отметил", "отметила", "подчеркнул", "подчеркнула", "говорит"};

}  // namespace

extern constexpr LanguageProfile kRussianProfile = {
    .language = Language::Russian,
    .code = "ru",
    .langid = "russian",
    .english_name = "Russian",
    .script = Script::Cyrillic,
    .script_default = true,
    .detection = {.common_words = {}, .typical_letters = U"", .own_letters = U""},  // the only language of its script
    .stemmer = {.source = StemmerSource::Snowball, .name = "russian", .name_rule = true, .kept_roots = {},
                .whole_nouns = {}, .syncope_nouns = {}, .time_nouns = {},
                .pronoun_forms = {}},
    .stop_words = kStopWords,
    .stem_extension = {.query_min_letters = 5, .tagging_max_extra_letters = 2, .tagging_min_letters = 5},
    .dotless_i = false,
    .name_keys = {.case_endings = kNameCaseEndings, .azerbaijani_latin = false},
    .compounds = {.written_three_ways = false, .short_first_parts = {}, .known = {}},
    .speech = {.question_labels = kQuestionLabels, .answer_labels = kAnswerLabels, .said_verbs = kSaidVerbs},
};

}  // namespace liaison

// The Azerbaijani profile (core/lang/profile.h) and its data.
#include <array>

#include "core/lang/profile.h"

namespace liaison {
namespace {

constexpr std::array<std::string_view, 60> kStopWords = {
    "və",    "ilə",   "bu",    "da",     "də",     "ki",       "üçün", "bir",   "o",     "onun",
    "onlar", "biz",   "siz",   "mən",    "sən",    "həm",      "ya",   "yaxud", "amma",  "lakin",
    "ancaq", "isə",   "olan",  "olaraq", "olub",   "olunur",   "edir", "kimi",  "görə",  "qədər",
    "sonra", "əvvəl", "artıq", "hər",    "heç",    "bütün",    "çox",  "daha",  "ən",    "belə",
    "həmin", "öz",    "bunu",  "buna",   "bunun",  "onu",      "ona",  "deyil", "var",   "yox",
    "necə",  "nə",    "əgər",  "çünki",  "yalnız", "həmçinin", "bəzi", "digər", "başqa", "hansı"};

// Frequent here, rare in English.
constexpr std::array<std::string_view, 14> kCommonWords = {
    "və", "ilə", "bu", "üçün", "ki", "da", "də", "olan", "isə", "bir", "olaraq", "bütün", "həm", "ya"};

// ə ı ğ ş ç ö ü in both cases, İ, and the Cyrillic ә (Ә) often typed for ə.
constexpr std::u32string_view kTypicalLetters = U"\u0259\u018F\u0131\u0130\u011F\u011E\u015F\u015E\u00E7\u00C7\u00F6\u00D6\u00FC\u00DC\u04D9\u04D8";

// ə Ə ı İ, and the Cyrillic ә (Ә) typed for ə: English has none of them.
constexpr std::u32string_view kOwnLetters = U"\u0259\u018F\u0131\u0130\u04D9\u04D8";

constexpr std::array<std::u32string_view, 22> kNameCaseEndings = {
    U"ndan", U"ndən", U"nın", U"nin", U"nun", U"nün", U"dan", U"dən", U"nda", U"ndə", U"da",
    U"də",   U"ın",   U"in",  U"un",  U"ün",  U"la",  U"lə",  U"ya",  U"yə",  U"na",  U"nə"};

// Roots the stemmer keeps whole (StemmerChoice::kept_roots), normalised. First the one-word
// place and person names of corpus/domain/gazetteer.json (a test keeps the two in step), whose
// ends read as suffixes (Laçın as laç-ın, Zəngilan as zəngil-an, Gorus as gor-us); then common
// words the review of the corpus and NTREX stems found cut into another word's stem: qanun
// (law) as qan-un (blood), təqdim, təqdir, təqib as one təq, oyun (game) as oy (vote), bədən
// (body) as bəd (bad), aydın (clear) as ay (month), dollar as dol-lar, forum and forma as for
// (Ford), təlim (training) as tələ (trap), rəqib (rival) as rəqs (dance), qara (black) as qar
// (snow), qayda (rule) as qay-ıda (returning), dərin (deep) and dəri (skin) as dər-di (his pain),
// milli (national) as mil, kilsə (church) as kil (clay), əmin (sure) as əm, isti (hot) as ist-ərdi,
// güllə (bullet) as gül (laugh), qoşun (army) as qoş-ulmaq (join). Roots ending in k or q
// are left out: their forms before a vowel are spelled with y or ğ, which no prefix test sees.
constexpr std::array<std::string_view, 149> kKeptRoots = {
    // gazetteer names
    "ermənistan", "azərbaycan", "gürcüstan",  "rusiya",     "türkiyə",   "iran",      "fransa",
    "almaniya",   "qarabağ",    "zəngəzur",   "sünik",      "syunik",    "tavuş",     "gegarkunik",
    "göyçə",      "dərələyəz",  "naxçıvan",   "kaxeti",     "irəvan",    "yerevan",   "bakı",
    "tbilisi",    "moskva",     "brüssel",    "vaşinqton",  "praqa",     "soçi",      "almatı",
    "ankara",     "tehran",     "strasburq",  "haaqa",      "xankəndi",  "stepanakert", "şuşa",
    "laçın",      "ağdam",      "füzuli",     "kəlbəcər",   "cəbrayıl",  "zəngilan",  "qubadlı",
    "xocalı",     "hadrut",     "ağdərə",     "xocavənd",   "mehri",     "meğri",     "gorus",
    "qorus",      "qafan",      "sisyan",     "sisian",     "cermuk",    "istisu",    "icevan",
    "noyemberyan", "berd",      "yeğeqnadzor", "keşişkənd", "voskepar",  "əskipara",  "kirants",
    "kirans",     "bağanis",    "berkaber",   "xeyrimli",   "qızılhacılı", "qazax",   "tovuz",
    "gəncə",      "bərdə",      "tərtər",     "culfa",      "zod",       "soteq",     "horadiz",
    "ağbənd",     "xudavəng",   "gəncəsər",   "əliyev",     "paşinyan",  "mirzoyan",  "bayramov",
    "mişel",      "putin",      "ərdoğan",    "erdoğan",    "tramp",     "makron",    "şolts",
    "blinken",    "lavrov",     "mnatsakanyan", "mustafayev", "overçuk", "borrel",    "köçəryan",
    "medvedev",   "qafqaz",
    // places of other conflicts (the gazetteer's "elsewhere" entries); not Sudan, whose sudan is
    // also su-dan (from water), the commoner word
    "suriya",     "hələb",      "iraq",       "livan",      "liviya",    "darfur",    "yəmən",
    // common words
    "qanun", "təqdim", "təqdir", "təqib", "oyun", "bədən", "aydın", "dollar", "forum", "təlim",
    "rəqib", "rəqs", "plan", "forma", "qara", "qayda", "dərin", "dəri", "milli", "kilsə", "əmin", "isti",
    "güllə", "qoşun",
    // olduqca (quite) as ol-duqca (while being), hissə (part) as hiss (feeling), yarı (half) as
    // yar-ı, oğlan (boy) as oğl-an, üçün (for) as üç-ün (of three)
    "olduqca", "hissə", "yarı", "oğlan", "üçün",
    // müəllim (teacher) as müəl-lim, like the 1st-person -Im; yorğun (tired) as yorğ-un
    "müəllim", "yorğun",
    // verb stems in -Ar, -Ir whose past reads as a shorter stem plus -ArdI, -IrdI (ap-ardı, as
    // al-ırdı): only those with no verb in the shorter stem (keçir, bitir are keç-ir, bit-ir too)
    "apar", "gətir", "götür", "otur", "ayır", "itir", "çağır", "bağır", "çevir", "göstər", "qaytar"};

// Nouns and adjectives that are also a verb form (StemmerChoice::whole_nouns): kept whole alone and
// before a noun's suffix, while the verb's endings still go (keçmişdə → keçmiş, keçmişdir → keç).
// keçmiş (past, former), keçən and ötən (last: keçən il), çəki (weight), dolu (full), ayrı
// (separate): keç-miş, keç-ən, öt-ən, çək-i, dol-u, ayr-ı.
constexpr std::array<std::string_view, 6> kWholeNouns = {"keçmiş", "keçən", "ötən", "çəki", "dolu", "ayrı"};

// Nouns that drop their last vowel before a vowel suffix (StemmerChoice::syncope_nouns): fikir,
// fikri, fikrincə → fikr. Not alın, qarın, boyun, ağıl (al-ın, qar-ın, boy-un, ağla- read so too)
// nor könül (könüllü, volunteer, would join it).
constexpr std::array<std::string_view, 19> kSyncopeNouns = {
    "fikir", "şəkil", "nəsil", "sinif", "oğul", "uğur", "ağız", "ömür", "burun", "səbir",
    "ətir",  "qəbir", "zehin", "beyin", "isim", "cisim", "fəsil", "xeyir", "eyib"};

// Nouns of time that take the attributive -kI bare (StemmerChoice::time_nouns): bugünkü, dünənki,
// axşamkı, səhərki, gecəki, həftəki. Not il (ilki is ilk-i, the first one), nor əvvəl and indi:
// əvvəlki (previous) and indiki (present) are adjectives of their own.
constexpr std::array<std::string_view, 7> kTimeNouns = {"gün", "bugün", "dünən", "axşam", "səhər", "gecə", "həftə"};

// Pronouns and their forms (StemmerChoice::pronoun_forms): the lemma first. Their stems are short
// and oblique (o: on-u, on-a; bu: bun-u; nə: nəy-i), so the stemmer's rules would leave on (ten),
// bun, nəy; and mənim, bizimki are not mən-im, biz-im-ki of another word. kimi (like) stays whole.
// With them their spoken forms: ilə and the ablative after n as -nAn (mənnən, onnan, kiminnən),
// üçün as -çün (mənimçün), the plural after n as -nAr (onnar, bunnara); and ora, bura, hara with
// their spoken syncope (orda, burdan, harda), which the rules would cut to or, bur, har; sonra
// (after) and üçün (for) as spoken, sora, çün.
constexpr std::array<std::string_view, 15> kPronounForms = {
    "mən məni mənə məndə məndən mənim mənimlə mənimki mənimkini mənimdir mənəm mənnən mənimnən mənimçün",
    "sən səni sənə səndə səndən sənin səninlə səninki səninkini sənindir sənsən sənnən səninnən səninçün",
    "o onu ona onda ondan onun onunla onunçün onunku onlar onları onlara onlarda onlardan onların "
    "onlarla onlarınkı onlarındır onnan onunnan onuçün onnar onnarı onnara onnarda onnardan onnarın onnarnan "
    "onnarçün onlarçün",
    "biz bizi bizə bizdə bizdən bizim bizimlə bizimki bizimkini bizimkindən bizimdir bizik bizimnən bizimçün",
    "siz sizi sizə sizdə sizdən sizin sizinlə sizinki sizinkini sizindir sizsiniz sizinnən sizinçün",
    "bu bunu buna bunda bundan bunun bununla bunlar bunları bunlara bunlarda bunlardan bunların bunlarla "
    "bunnan bununnan bunuçün bunnar bunnarı bunnara bunnarda bunnardan",
    "şu şunu şuna şunda şundan şunun şununla şunlar şunları",
    "kim kimə kimdə kimdən kimin kiminlə kimlə kimlər kimləri kimdir kimindir kimnən kiminnən kiminçün",
    "nə nəyi nəyə nədə nədən nəyin nəylə nədir nələr nələri nəyçün nəynən",
    "öz özü özüm özün özümüz özünüz özləri özümü özünü özümə özünə özündən özümdən özümüzü özünüzü",
    "ora orada oraya oradan orda ordan oralar oralarda",
    "bura burada buraya buradan burda burdan buralar buralarda",
    "hara harada haraya haradan harda hardan haralar",
    "sonra sora",
    "üçün çün"};

// Speech cues (SpeechCues): interview labels and verbs of reported speech.
constexpr std::array<std::string_view, 1> kQuestionLabels = {"sual"};
constexpr std::array<std::string_view, 1> kAnswerLabels = {"cavab"};
constexpr std::array<std::string_view, 7> kSaidVerbs = {"dedi", "bildirdi", "bildirib", "deyib", "qeyd", "vurğuladı", "bəyan"};

}  // namespace

extern constexpr LanguageProfile kAzerbaijaniProfile = {
    .language = Language::Azerbaijani,
    .code = "az",
    .langid = "azerbaijani",
    .english_name = "Azerbaijani",
    .script = Script::Latin,
    .script_default = false,
    .detection = {.common_words = kCommonWords, .typical_letters = kTypicalLetters, .own_letters = kOwnLetters},
    .stemmer = {.source = StemmerSource::Liaison, .name = "azerbaijani", .name_rule = false, .kept_roots = kKeptRoots,
                .whole_nouns = kWholeNouns, .syncope_nouns = kSyncopeNouns, .time_nouns = kTimeNouns,
                .pronoun_forms = kPronounForms},
    .stop_words = kStopWords,
    // Our stemmer leaves no endings on; extending would join müəllif and müəllim.
    .stem_extension = {.query_min_letters = 0, .tagging_max_extra_letters = 0, .tagging_min_letters = 0},
    .dotless_i = true,
    .name_keys = {.case_endings = kNameCaseEndings, .azerbaijani_latin = true},
    .compounds = {.written_three_ways = false, .short_first_parts = {}, .known = {}},
    .speech = {.question_labels = kQuestionLabels, .answer_labels = kAnswerLabels, .said_verbs = kSaidVerbs},
};

}  // namespace liaison

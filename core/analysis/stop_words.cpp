#include "core/analysis/stop_words.h"

#include <array>
#include <unordered_set>

namespace liaison {
namespace {

constexpr std::array<std::string_view, 62> kEnglish = {
    "a",    "about", "after", "all",  "also", "an",    "and",  "any",  "are",   "as",    "at",
    "be",   "been",  "but",   "by",   "can",  "could", "do",   "does", "for",   "from",  "had",
    "has",  "have",  "he",    "her",  "his",  "i",     "if",   "in",   "into",  "is",    "it",
    "its",  "may",   "more",  "no",   "not",  "of",    "on",   "or",   "other", "our",   "she",
    "so",   "such",  "than",  "that", "the",  "their", "them", "then", "there", "these", "they",
    "this", "to",    "was",   "we",   "were", "which", "with"};

// The reflexive possessive (свой, in every case) is here as "our", "their" are in English, "öz" in
// Azerbaijani and "իր" in Armenian: it neither starts nor breaks a phrase, so «Знай соседей»
// matches the alias «Знай своих соседей».
constexpr std::array<std::string_view, 78> kRussian = {
    "а",     "без",   "бы", "был",  "была",   "были", "было", "быть", "в",     "во",  "вот",
    "все",   "всех",  "вы", "где",  "да",     "даже", "для",  "до",   "его",   "ее",  "если",
    "есть",  "еще",   "же", "за",   "и",      "из",   "или",  "им",   "их",    "к",   "как",
    "когда", "кто",   "ли", "мы",   "на",     "над",  "не",   "него", "нет",   "ни",  "но",
    "о",     "об",    "он", "она",  "они",    "от",   "по",   "под",  "при",   "с",   "со",
    "так",   "также", "то", "того", "только", "у",    "уже",  "что",  "чтобы", "это", "этот",
    "свой",  "своя",  "свое", "свои", "своего", "своей", "своему", "свою", "своим",
    "своем", "своих", "своими"};

constexpr std::array<std::string_view, 44> kArmenian = {
    "եւ",  "և",   "ու",   "է",   "են",    "եմ",  "ես",   "ենք",    "եք",    "էր",  "էին",
    "որ",  "այդ", "այս",  "այն", "իր",    "նա",  "մենք", "դուք",   "նրանք", "ի",   "չի",
    "չեն", "էլ",  "նաեւ", "կամ", "բայց",  "թե",  "եթե",  "համար",  "հետ",   "մեջ", "վրա",
    "մի",  "ով",  "ինչ",  "որը", "որոնք", "այլ", "ըստ",  "մինչեւ", "դեպի",  "առ",  "կողմից"};

constexpr std::array<std::string_view, 60> kAzerbaijani = {
    "və",    "ilə",   "bu",    "da",     "də",     "ki",       "üçün", "bir",   "o",     "onun",
    "onlar", "biz",   "siz",   "mən",    "sən",    "həm",      "ya",   "yaxud", "amma",  "lakin",
    "ancaq", "isə",   "olan",  "olaraq", "olub",   "olunur",   "edir", "kimi",  "görə",  "qədər",
    "sonra", "əvvəl", "artıq", "hər",    "heç",    "bütün",    "çox",  "daha",  "ən",    "belə",
    "həmin", "öz",    "bunu",  "buna",   "bunun",  "onu",      "ona",  "deyil", "var",   "yox",
    "necə",  "nə",    "əgər",  "çünki",  "yalnız", "həmçinin", "bəzi", "digər", "başqa", "hansı"};

}  // namespace

std::span<const std::string_view> stop_words(Language language) {
  switch (language) {
    case Language::English:
      return kEnglish;
    case Language::Russian:
      return kRussian;
    case Language::Armenian:
      return kArmenian;
    case Language::Azerbaijani:
      return kAzerbaijani;
    case Language::Unknown:
      break;
  }
  return {};
}

bool is_stop_word(std::string_view term, Language language) {
  using WordSet = std::unordered_set<std::string_view>;
  const auto make_set = [](Language of) {
    const auto words = stop_words(of);
    return WordSet(words.begin(), words.end());
  };
  // Built once, read-only afterwards: safe to share between threads.
  static const std::array<WordSet, 5> sets = {make_set(Language::English), make_set(Language::Armenian),
                                              make_set(Language::Azerbaijani), make_set(Language::Russian),
                                              WordSet{}};
  return sets[static_cast<std::size_t>(language)].contains(term);
}

}  // namespace liaison

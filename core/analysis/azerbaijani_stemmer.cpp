#include "core/analysis/azerbaijani_stemmer.h"

#include <algorithm>
#include <array>
#include <span>
#include <vector>

#include "core/analysis/azerbaijani_grammar.h"
#include "core/analysis/azerbaijani_letters.h"
#include "core/analysis/azerbaijani_lists.h"
#include "core/analysis/azerbaijani_spoken.h"
#include "core/analysis/azerbaijani_suffixes.h"
#include "core/analysis/azerbaijani_verbs.h"
#include "core/analysis/utf32.h"

namespace liaison {
namespace {

using namespace azerbaijani;  // letters, suffix tables, verb endings: the stemmer's own parts


// Vowel-final roots frequent in the peace-process texts, and vowel-final function words whose
// last vowel is no suffix (kimi is not kim+i): stripping stops when one is reached, and a suffix
// that leaves one is preferred.
// Kin, whose 1st-person -m (anam, atam) is read as after ölkə, and whose 2nd-person -n (anan, atan)
// is the possessive, not the participle -An (at-an).
constexpr std::u32string_view kKin[] = {U"ana", U"ata", U"nənə", U"baba", U"xala", U"dayı", U"əmi", U"bibi", U"bacı", U"ailə"};

constexpr std::u32string_view kVowelFinalRoots[] = {
    U"müqavilə",    U"məsələ", U"ölkə",          U"layihə",  U"nümayəndə",
    U"sülhməramlı", U"sahə",   U"erməni",        U"azərbaycanlı", U"bakı",    U"gəncə",
    U"şuşa",        U"xocalı", U"şəki",          U"füzuli",       U"türkiyə", U"avropa",
    U"amerika",     U"moskva", U"soçi",          U"qala",         U"dünya",   U"rusiya",
    U"nəticə",      U"icma",   U"tələbə",        U"platforma",    U"media",   U"zona",
    U"mina",        U"bölgə",  U"minatəmizləmə", U"birgə",        U"ağdərə",  U"xankəndi",
    U"kimi",        U"belə",   U"üzrə",          U"daha",         U"necə",    U"neçə",
    U"hələ",        U"görə",   U"indi",          U"geri",         U"yeni",    U"eyni",
    U"orta",        U"hava",   U"yazı",          U"dəfə",         U"bəzi",    U"sonra",    U"su",
    // everyday nouns whose bare form would lose its vowel to another word (gecə, night: gec, late)
    U"gecə",
    // function words of a two-letter root's shape plus -ə
    U"ilə",         U"elə",    U"isə",    U"nəinki",
    // loanwords in -iyə, -iya, whose last syllable is no dative (tövsi-yə)
    U"tövsiyə",     U"strategiya", U"komissiya",  U"kampaniya",   U"texnologiya"};




// Nouns that end like a verb form (nazir-lər like gəl-irlər): no verb ending is read in them, and
// their final m or s is the root's (yardım is no yard-ım, dərs-ə no dər-sə).
constexpr std::u32string_view kNounsLikeVerbs[] = {
    U"nazir", U"fikir", U"fikr",  U"təsir",   U"səfir", U"dəmir", U"zəncir", U"əsir", U"xəmir",
    U"tədbir", U"təmir", U"mühacir", U"məmur", U"şüur",  U"qürur", U"əmir",   U"vəzir", U"şair",
    U"müdir", U"yardım", U"addım", U"kömək", U"ordu", U"dair", U"sair", U"ətir", U"hazır", U"insan",
    U"zaman", U"meydan", U"iran", U"quran", U"yalan", U"ilan", U"qazan", U"duman", U"ağır", U"bəzən", U"asan", U"təsəvvür", U"təşəkkür",
    U"qurum", U"mühüm", U"yarım", U"dərs", U"elm", U"deyil", U"prinsip", U"uğur",
    // nouns made of verbs with -Im, whose m is no possessive (seçim is no seç-im, my choosing)
    U"seçim", U"geyim", U"ölüm", U"bölüm", U"yayım", U"baxım",
    U"yüksək"};  // high: no yük-sək (load, conditional)

constexpr std::size_t kMinimumStemLetters = 3;


/// A two-letter root, a vowel then a consonant (ev, il, iş, əl), takes the suffixes that begin
/// with a consonant or a narrow vowel (ev-də, il-lər, iş-i, ev-imiz), not -a -ə (ata is no at-a)
/// nor the equative -cA (incə is no in-cə).
bool is_short_root_with(std::u32string_view stem, std::u32string_view suffix) {
  if (stem.size() != kMinimumStemLetters - 1 || !is_vowel(stem[0]) || is_vowel(stem[1])) return false;
  return suffix.front() != U'a' && suffix.front() != U'ə' && suffix.front() != U'c';
}

/// But the front dative -ə after such a root is read (ev-ə, iş-ə, əl-ə; ilə, elə, isə are
/// listed): the back -a is not, ata, ada, oda are no at-a, ad-a, od-a.
bool is_short_root_dative(std::u32string_view word) {
  return word.size() == kMinimumStemLetters && word.back() == U'ə' && is_front_vowel(word[0]) && !is_vowel(word[1]);
}

/// The dative, locative and ablative with the buffer n (-nA, -ndA, -ndAn, -ndAkI) follow the
/// 3rd-person possessive only (ölkə-si-ndə, but ölkə-də, ölkə-yə), whose vowel is narrow: after
/// a or ə they are the end of a root (koma-nda is komanda, həbsxa-na həbsxana).
bool is_buffered_case_after_root(std::u32string_view stem, std::u32string_view suffix) {
  if (suffix.size() < 2 || suffix.front() != U'n' || is_narrow_vowel(suffix[1])) return false;  // -nIn, -nI: any vowel
  if (suffix == U"nan" || suffix == U"nən") return false;  // spoken ilə: metronan, adamnan
  return !is_narrow_vowel(stem.back());
}

bool is_kin(std::u32string_view word) {
  return std::find(std::begin(kKin), std::end(kKin), word) != std::end(kKin);
}

bool is_vowel_final_root(std::u32string_view word) {
  if (word.empty() || !is_vowel(word.back())) return false;  // cheap rejection of most words
  return is_kin(word) ||
         std::find(std::begin(kVowelFinalRoots), std::end(kVowelFinalRoots), word) != std::end(kVowelFinalRoots);
}

bool may_strip(std::u32string_view word, const Suffix& suffix) {
  if (!word.ends_with(suffix.text)) return false;
  const std::u32string_view stem = word.substr(0, word.size() - suffix.text.size());
  if (!stem.empty() && is_buffered_case_after_root(stem, suffix.text)) return false;
  // Three letters even before a suffix of one vowel: dil-i, göz-ü, yol-u (bakı, kimi are listed).
  // su (water), listed, takes its suffixes too: suda, sular, suya
  const bool long_enough = (stem.size() >= kMinimumStemLetters && std::any_of(stem.begin(), stem.end(), is_vowel)) ||
                           is_vowel_final_root(stem);
  if (!long_enough && !is_short_root_with(stem, suffix.text)) return false;
  if (suffix.attach == Attach::AfterVowel && !is_vowel(stem.back())) return false;
  if (suffix.attach == Attach::AfterConsonant && is_vowel(stem.back())) return false;
  return harmonises(stem, suffix.text);
}


/// Where stripping stops: a listed vowel-final root, a kept root, a whole or a syncope noun.
bool is_whole_root(std::u32string_view word) {
  return is_vowel_final_root(word) || is_kept_root(word) || is_whole_noun(word) || is_syncope_noun(word);
}

/// Whether `stem` ends in -lı -li -lu -lü, as a noun in -lIK does before its softened k.
bool ends_like_lik(std::u32string_view stem) {
  return stem.size() >= 4 && is_narrow_vowel(stem.back()) && stem[stem.size() - 2] == U'l';
}

/// Length of the suffix of `slot` to strip from `word`, 0 for none. A suffix that leaves a
/// known vowel-final root wins; otherwise the first (longest) one that may be stripped.
std::size_t suffix_to_strip(std::u32string_view word, std::span<const Suffix> slot) {
  std::size_t chosen = 0;
  if (word.empty()) return chosen;
  for (const Suffix& suffix : slot) {
    if (suffix.text.back() != word.back() || !may_strip(word, suffix)) continue;
    const std::u32string_view stem = word.substr(0, word.size() - suffix.text.size());
    if (cuts_into_kept_root(word, stem.size()) || cuts_into_listed_verb(word, stem.size())) continue;
    if (is_whole_root(stem)) return suffix.text.size();
    // -yA after -lI is the -lIK noun's softened k and its dative (təhlükəsizliy-ə), not lI-yA.
    if (suffix.text.front() == U'y' && suffix.text.size() == 2 && ends_like_lik(stem)) continue;
    if (chosen == 0) chosen = suffix.text.size();
  }
  return chosen;
}

/// The attributive -kI makes a new noun of a locative or a genitive (evdəki, kitabımızınkı), which
/// takes a plural and a case of its own (evdəkilər, evdəkilərdən): these go with the -kI after a
/// genitive, and those after -dAkI, which the case slot reads, so that the base's suffixes follow.
void cut_attributive_ki(std::u32string& word) {
  static constexpr std::u32string_view kAfterKi[] = {
      U"lar", U"lər", U"ları", U"ləri", U"ların", U"lərin", U"lara", U"lərə", U"larda", U"lərdə", U"lardan",
      U"lərdən", U"larla", U"lərlə", U"nı", U"ni", U"nın", U"nin", U"na", U"nə", U"ndan", U"ndən", U"nda",
      U"ndə", U"lardır", U"lərdir", U""};
  static constexpr std::u32string_view kGenitiveKi[] = {U"ınkı", U"inki", U"unku", U"ünkü"};
  for (std::u32string_view rest : kAfterKi) {
    if (!std::u32string_view(word).ends_with(rest)) continue;
    const std::size_t base = time_noun_before_ki(std::u32string_view(word).substr(0, word.size() - rest.size()));
    if (base > 0 && (rest.empty() || harmonises(word.substr(0, base), rest))) {
      word.resize(base);  // günkü, axşamkılar → gün, axşam
      return;
    }
  }
  for (std::u32string_view rest : kAfterKi) {
    if (word.size() < rest.size() + 6 || !std::u32string_view(word).ends_with(rest)) continue;
    const std::u32string_view head = std::u32string_view(word).substr(0, word.size() - rest.size());
    if (!rest.empty() && !harmonises(head, rest)) continue;
    if (!rest.empty() && (head.ends_with(U"dakı") || head.ends_with(U"dəki"))) {
      word.resize(head.size());
      return;
    }
    const auto genitive = [head](std::u32string_view ending) { return head.ends_with(ending); };
    if (std::any_of(std::begin(kGenitiveKi), std::end(kGenitiveKi), genitive)) {
      word.resize(head.size() - 2);  // kitabımızın-kı → kitabımızın
      return;
    }
  }
}

/// The accusative -I after a possessive that ends in z (-ImIz, -InIz: kitabımızı, fikrimizi) or
/// after -lArIm (baxışlarımı), which the possessive slot, taking that -I, would leave whole.
void drop_accusative_after_possessive(std::u32string& word) {
  constexpr std::size_t kShortest = 6;  // a root of two letters and -ImIz-I
  if (word.size() < kShortest || !is_narrow_vowel(word.back())) return;
  const std::u32string_view rest = std::u32string_view(word).substr(0, word.size() - 1);
  const std::size_t n = rest.size();
  const bool plural_person = rest[n - 1] == U'z' && is_narrow_vowel(rest[n - 2]) &&
                             (rest[n - 3] == U'm' || rest[n - 3] == U'n') && is_vowel(rest[n - 4]);
  const bool my_plural = rest.ends_with(U"larım") || rest.ends_with(U"lərim");
  if ((plural_person || my_plural) && harmonises(rest, word.substr(word.size() - 1))) word.pop_back();
}

/// The passive -n- after a vowel-final verb stem (imzala-n-dı, oxu-n-ur), once the verb ending is
/// gone: as the buffer n below, but also from four letters with two vowels (oxun; bren-di is brend's).
void drop_passive_n(std::u32string& stem) {
  if (is_whole_listed_verb(stem)) return;  // inan-ır, öyrən-ir: the n is the verb's
  if (stem.size() < 4 || stem.back() != U'n' || !is_vowel(stem[stem.size() - 2])) return;
  if (stem.size() >= 5 || std::count_if(stem.begin(), stem.end(), is_vowel) >= 2) stem.pop_back();
}

/// A final n or s after a vowel is a buffer consonant in one reading and part of the root in
/// another (Azərbaycan+ın or Azərbayca+nın; proses+i or prose+si): dropped from every word long
/// enough, both readings give one stem.
void drop_buffer_consonant(std::u32string& word) {
  if (word.size() >= 5 && (word.back() == U'n' || word.back() == U's') && is_vowel(word[word.size() - 2])) {
    word.pop_back();
  }
}


bool is_noun_like_verb(std::u32string_view word) {
  return std::find(std::begin(kNounsLikeVerbs), std::end(kNounsLikeVerbs), word) != std::end(kNounsLikeVerbs);
}

/// The 1st-person possessive -Im is one reading of a final m after ı i u ü and part of the root
/// in another (dost-um, kitab-ım, bacı-m; seçim, ölüm): dropped from every word long enough but
/// the listed nouns, the readings meet (seçim, seçimi → seç; dostum, dost → dost). After a and ə
/// the m stays (adam, rəqəm, proqram are more frequent than ana-m) but after a listed root (ölkə-m).
void drop_final_m(std::u32string& word) {
  if (word.size() < 4 || word.back() != U'm') return;
  const bool listed_root = is_vowel_final_root(std::u32string_view(word).substr(0, word.size() - 1));
  if (!listed_root && !(is_narrow_vowel(word[word.size() - 2]) && !is_noun_like_verb(word))) return;
  word.pop_back();
  // after a root's n or s the -Im goes whole, so that the root's end is then read as in its bare
  // form (maşın-ım → maşın, whose n goes as maşın's does; ərazi-m keeps its i)
  const std::size_t n = word.size();
  if (!listed_root && n >= 5 && (word[n - 2] == U'n' || word[n - 2] == U's') && is_vowel(word[n - 3])) word.pop_back();
}

/// A final s after a consonant is the conditional's or the imperative's -s- in one reading
/// (düşün-sə, gəl-sin) and the root's in another (konfrans-a, konfrans-ın): dropped, they meet.
bool drop_s_after_consonant(std::u32string& word) {
  if (word.size() < 4 || word.back() != U's' || is_vowel(word[word.size() - 2]) || is_noun_like_verb(word)) {
    return false;
  }
  word.pop_back();
  return true;
}

/// Whether `word` ends in -lAm with at least two letters before it: the verbal noun of a verb
/// in -lA (yoxla-ma, işlə-mə) once its vowel is gone, or a root that ends so (qələm, salam).
bool ends_in_verbal_noun_of_la(std::u32string_view word) {
  if (word.size() < 5 || !word.ends_with(U'm') || word[word.size() - 3] != U'l') return false;
  return word[word.size() - 2] == U'a' || word[word.size() - 2] == U'ə';
}

/// The verbal noun -mA (gəlmə, alma, as gəl-mə-nin) loses its m after a consonant once the vowel
/// is gone; a root's m after a consonant goes in all its forms alike (film, filmə → fil). So does
/// the m of -lAm (yoxlama, yoxlamaq → yoxla; qələm, qələmi → qələ, one stem still).
void drop_verbal_noun_m(std::u32string& word) {
  if (word == U"dem" || word == U"yem") {  // de-mə, ye-mə (do not say, do not eat), as de-di, ye-di
    word.pop_back();
    return;
  }
  if (word.size() < 3 || word.back() != U'm') return;
  if (is_vowel(word[word.size() - 2]) && !ends_in_verbal_noun_of_la(word)) return;  // alm-a, olm-a
  if (is_noun_like_verb(word)) return;
  word.pop_back();
  if (word.back() == U'l') drop_passive(word);  // vurul-ma, çəkil-mə as vurulması: vur, çək
}

/// Root-final consonants change before a vowel (dəstək → dəstəyi, azadlıq → azadlığı) and a
/// doubled one loses a letter before a consonant (xətt, xətlər): each stem ends the one way.
void meet_consonant_alternations(std::u32string& word) {
  const bool after_vowel = word.size() >= 4 && is_vowel(word[word.size() - 2]);
  if (after_vowel && word.back() == U'y') word.back() = U'k';
  if (after_vowel && word.back() == U'q') word.back() = U'ğ';
  if (after_vowel && word.back() == U'x' && is_back_vowel(word[word.size() - 2])) word.back() = U'ğ';  // uşax as uşaq
  if (word.size() >= 4 && word.back() == word[word.size() - 2] && !is_vowel(word.back())) word.pop_back();
}




/// Whether a listed vowel-final root begins `word` and holds the first two letters of the ending
/// read after `stem_letters` (platfor-ması in platforma; görə-n is still gör-ən, qala-n qal-an).
bool ends_inside_listed_root(std::u32string_view word, std::size_t stem_letters) {
  return std::any_of(std::begin(kVowelFinalRoots), std::end(kVowelFinalRoots), [&](std::u32string_view root) {
    return root.size() >= stem_letters + 2 && word.starts_with(root);
  });
}

/// Length of the verb ending of `word`, 0 when it has none: the first the grammar allows
/// (azerbaijani_verbs.h) that cuts into no listed root, none in a noun that ends like a verb form.
std::size_t verb_ending_length(std::u32string_view word) {
  for (const std::size_t length : verb_ending_lengths(word)) {
    const std::size_t stem_letters = word.size() - length;
    // nazir-lər is no naz-irlər; hazır-ladı, qazan-dığı are verbs made of (or like) the noun
    const auto cut_noun = [&](std::u32string_view root) {
      return stem_letters < root.size() && word.starts_with(root);
    };
    if (std::any_of(std::begin(kNounsLikeVerbs), std::end(kNounsLikeVerbs), cut_noun)) continue;
    if (ends_inside_listed_root(word, stem_letters)) continue;  // platforma-sı is no platfor-ması
    if (cuts_into_kept_root(word, stem_letters)) continue;       // laç-ın, təq-dir
    if (cuts_into_listed_verb(word, stem_letters)) continue;     // bişir-dim is no biş-irdim
    return length;
  }
  return 0;
}


/// A final d is the past tense's in one reading and the root's in another (gəl+di, kənd+i):
/// dropped from every word long enough, both readings give one stem.
/// Then an n before it is read as the verb stem's passive -n-, as after a verb ending
/// (düşündü → düşü like düşünür, imzalandı → imzala like imzalayır).
void drop_final_d(std::u32string& word) {
  if (word.size() < 3 || word.back() != U'd') return;
  if (word.size() >= 4 || !is_vowel(word[1])) {  // ald → al; vəd stays (və)
    word.pop_back();
    drop_buffer_consonant(word);
  }
}

/// The question particle -mI is written on the word it asks about (gördünüzmü, bilməzdimi,
/// yoldurmu): it goes after a verb form or a copula, not from a noun that ends so (adamı, qələmi).
void drop_question_particle(std::u32string& word) {
  constexpr std::size_t kShortestAsked = 4;  // letters before the particle
  if (word.size() < kShortestAsked + 2 || word[word.size() - 2] != U'm' || !is_narrow_vowel(word.back())) return;
  const std::u32string_view asked = std::u32string_view(word).substr(0, word.size() - 2);
  if (!harmonises(asked, word.substr(word.size() - 1))) return;
  const auto cut_noun = [&](std::u32string_view root) {
    return asked.size() < root.size() && std::u32string_view(word).starts_with(root);
  };
  if (std::any_of(std::begin(kNounsLikeVerbs), std::end(kNounsLikeVerbs), cut_noun)) return;  // yardım-ı
  if (cuts_into_kept_root(word, asked.size())) return;
  const bool copula = std::any_of(kCopula.begin(), kCopula.end(), [asked](const Suffix& suffix) {
    return may_strip(asked, suffix);  // yoldurmu, evdəsənmi, hazırsınızmı
  });
  if (copula || verb_ending_length(asked) > 0) word.resize(asked.size());
}

/// Whether `word` is a kin noun with the 2nd-person possessive -n (anan, atan, ailən: your mother,
/// ...), which the participle -An would take for a verb's (at-an).
bool is_possessed_kin(std::u32string_view word) {
  return word.size() >= 4 && word.back() == U'n' && is_kin(word.substr(0, word.size() - 1));
}

/// The stem of a word that ends in a verb ending `verb` letters long: the ending, then negation,
/// voice and causative, the way back to the verb's root.
std::u32string stem_of_verb_form(std::u32string word, std::size_t verb) {
  const std::u32string ending = word.substr(word.size() - verb);
  word.resize(word.size() - verb);
  if (is_noun_like_verb(word)) return word;  // deyil-di: the root is whole
  drop_negation(word, ending);
  drop_passive(word);
  drop_causative(word);  // yazdır-dı, oxut-du: yaz, oxu
  if (is_noun_like_verb(word)) return word;  // qazan-ma-yan, qazan-ıl-an: qazan is listed whole
  unvoice_verb_stem(word);
  drop_passive_n(word);  // imzalanmış as imzalayıb, oxunur as oxuyur
  meet_consonant_alternations(word);  // mirzoy-an, as mirzoyan-ın
  return word;
}

/// Whether `word`, with the impossibility's -Am- gone, is a negative verb form: its present (tapmırsan)
/// after any verb, its other tenses after a listed one (görmərəm; Məhəmmədi is no məh-mədi).
bool reads_as_impossibility(std::u32string_view word) {
  const std::size_t verb = verb_ending_length(word);
  if (verb < 2 || word[word.size() - verb] != U'm') return false;
  return is_narrow_vowel(word[word.size() - verb + 1]) || is_listed_common_verb(word.substr(0, word.size() - verb));
}

/// Whether the past -dI (-dIlAr) that ends `word`, `verb` letters, is the copula -dIr as spoken after a
/// noun (işdədi, dadlıdı, mahnısıdı, həkimdi: is at work, is tasty, ...): after a locative, an
/// adjective in -lI, a 3rd-person possessive or a listed vowel-final root, and after the -Im that the
/// noun slots read (həkim-di). After other vowels the -dI is a verb's (başla-dı) or a d-final noun's
/// possessive (sənəd-i, ümid-i), which the final d's rule already meets.
bool is_spoken_copula_of_noun(std::u32string_view word, std::size_t verb) {
  const std::u32string_view ending = word.substr(word.size() - verb);
  if (ending.size() != 2 && ending.size() != 5) return false;
  if (ending[0] != U'd' || !is_narrow_vowel(ending[1]) || (ending.size() == 5 && !ending.substr(2).starts_with(U"l"))) {
    return false;
  }
  const std::u32string_view stem = word.substr(0, word.size() - verb);
  if (stem.size() < kMinimumStemLetters) return false;
  if (!is_vowel(stem.back())) {
    return stem.back() == U'm' && is_narrow_vowel(stem[stem.size() - 2]) && !is_noun_like_verb(stem);
  }
  const char32_t before_vowel = stem[stem.size() - 2];
  const bool locative = before_vowel == U'd' && (stem.back() == U'a' || stem.back() == U'ə');
  const bool lI_or_sI = (before_vowel == U'l' || before_vowel == U's') && is_narrow_vowel(stem.back());
  return (locative || lI_or_sI || is_vowel_final_root(stem)) && !is_listed_common_verb(stem);  // elə-di
}

/// The stem of a word with no verb ending: the noun slots from the end (copula, case,
/// possessive, plural, a verb's), then what a root's last letters may still carry.
std::u32string stem_of_noun_form(std::u32string word) {
  if (is_short_root_dative(word)) {
    word.pop_back();
    unvoice_verb_stem(word);  // ed-ə: et
    return word;
  }
  cut_attributive_ki(word);
  drop_accusative_after_possessive(word);
  const std::array<std::span<const Suffix>, 5> slots = {kCopula, kCase, kPossessive, kPlural, kVerb};
  bool bare_dative = false;  // a perfect -Ib takes no dative: təcrüb-ə is no təcr-üb-ə
  for (std::span<const Suffix> slot : slots) {
    if (is_whole_root(word)) return word;
    if (is_whole_listed_verb(word)) {  // öyrən-in, düşün-ün, ed-in: stop at the verb, as spelled
      unvoice_verb_stem(word);
      return word;
    }
    if (slot.data() == kVerb.data() && bare_dative) break;
    const std::size_t strip = suffix_to_strip(word, slot);
    bare_dative = bare_dative || (slot.data() == kCase.data() && strip == 1);
    word.resize(word.size() - strip);
  }
  if (is_whole_root(word)) return word;
  drop_final_m(word);
  drop_buffer_consonant(word);
  if (is_whole_root(word)) return word;
  if (const std::size_t vowel = suffix_to_strip(word, kBareVowel); vowel > 0) {
    word.resize(word.size() - vowel);
    drop_buffer_consonant(word);  // hadisə-si → hadis → hadi, as hadis-ə (the dative's reading) → hadi
  }
  if (drop_s_after_consonant(word)) drop_buffer_consonant(word);  // düşün-sə as düşün-dü → düşü
  drop_verbal_noun_m(word);
  meet_consonant_alternations(word);
  unvoice_verb_stem(word);  // ged-in, ed-ək read as nouns: get, et
  drop_final_d(word);
  return word;
}

/// The lemma of a pronoun form with a copula or a person written on (nədir, kimdi, hardasan,
/// ordaydıx, burdayam: what is it, ... we were there), empty for other words. The copula's 3rd
/// person and 2nd plural are spoken -dI, -sIz; read after a bare pronoun or its locative only
/// (sənə-di is sənəd-i, a document).
std::u32string_view pronoun_lemma_before_copula(std::u32string_view word) {
  static constexpr std::u32string_view kSpokenCopula[] = {U"dı", U"di", U"du", U"dü", U"sız", U"siz"};
  const auto before = [word](std::u32string_view ending) {
    return word.size() > ending.size() && word.ends_with(ending) ? word.substr(0, word.size() - ending.size())
                                                                 : std::u32string_view();
  };
  for (const Suffix& copula : kCopula) {
    const std::u32string_view base = before(copula.text);
    if (base.empty()) continue;
    if (const std::u32string_view lemma = pronoun_lemma(base); !lemma.empty()) return lemma;
  }
  for (std::u32string_view copula : kSpokenCopula) {
    const std::u32string_view base = before(copula);
    if (base.empty()) continue;
    const std::u32string_view lemma = pronoun_lemma(base);
    if (!lemma.empty() && (base == lemma || base.ends_with(U"da") || base.ends_with(U"də"))) return lemma;
  }
  return {};
}

/// The stem of `word`; a syncope noun's bare form is left whole (stem_azerbaijani respells it).
std::u32string stem_word(std::u32string word) {
  // Proper nouns may take their suffixes after an apostrophe: Qarabağ'ın, Bakı'da.
  if (const auto apostrophe = word.find(U'\''); apostrophe != std::u32string::npos && apostrophe > 0) {
    word.resize(apostrophe);
  }
  if (const std::u32string_view lemma = pronoun_lemma(word); !lemma.empty()) return std::u32string(lemma);
  if (const std::u32string_view lemma = pronoun_lemma_before_copula(word); !lemma.empty()) return std::u32string(lemma);
  if (is_form_of_deyil(word)) return std::u32string(U"deyil");
  if (is_whole_root(word) || is_whole_listed_verb(word)) return word;
  if (const std::size_t verb = listed_verb_before_bare_ma(word); verb > 0) return word.substr(0, verb);
  if (const std::size_t verb = listed_verb_before_contracted_aorist(word); verb > 0) {
    std::u32string stem = word.substr(0, verb);
    unvoice_verb_stem(stem);
    return stem;
  }
  if (drop_family_gil(word) && is_whole_root(word)) return word;  // xalamgil → xalam → xala below
  respell_plural_after_n(word);  // maşınnar, olsunnar
  drop_conditional_after_copula(word);  // evdədir-sə, yorğunsan-sa
  if (const std::size_t root = kept_root_before_person(word); root > 0) return word.substr(0, root);
  if (is_form_of_su(word)) return std::u32string(U"su");
  drop_person_after_ablative(word);
  if (is_possessed_kin(word)) return word.substr(0, word.size() - 1);  // ana-n, ata-n
  drop_question_particle(word);
  if (std::u32string standard = standard_spelling_of_narrowed_vowel(word);
      !standard.empty() && verb_ending_length(standard) > 0) {
    word = std::move(standard);  // istiyir, gəlmiyən as istəyir, gəlməyən
  }
  if (std::u32string able = spelling_without_impossibility(word); !able.empty() && reads_as_impossibility(able)) {
    word = std::move(able);  // tapammırsan as tapmırsan
  }
  const std::size_t verb = verb_ending_length(word);
  if (verb > 0 && is_spoken_copula_of_noun(word, verb)) return stem_of_noun_form(word.substr(0, word.size() - verb));
  if (verb > 0) return stem_of_verb_form(std::move(word), verb);
  return stem_of_noun_form(std::move(word));
}

/// Letters of the shortest word without ə whose later e is read as ə: shorter ones are as often
/// foreign names (Eden, Mine) as Azerbaijani typed without ə.
constexpr std::size_t kShortestChatRespelling = 5;

/// Whether `word` is a word of the stemmer's or the profile's lists (a pronoun form, a listed root
/// or verb): a word typed without ə is read as it when it spells it with e (men, bele, gel: mən,
/// belə, gəl). Not the nouns that end like verb forms: demir is de-mir, no dəmir (iron).
bool is_listed_word(std::u32string_view word) {
  return !pronoun_lemma(word).empty() || is_whole_root(word) || is_listed_common_verb(word);
}

std::u32string with_schwa_for_e(std::u32string word) {
  std::replace(word.begin(), word.end(), U'e', U'ə');
  return word;
}

/// The stem of a word as the noun slots and verb endings read it, and of a reduplicated word's half.
std::u32string stem_of_spelling(const std::u32string& word) {
  const std::u32string_view half = reduplicated_half(word);  // gülə-gülə as gülə
  std::u32string stem = stem_word(half.empty() ? word : std::u32string(half));
  if (is_syncope_noun(stem)) drop_syncope_vowel(stem);
  return stem;
}

}  // namespace

std::string stem_azerbaijani(std::string_view term) {
  std::u32string word = utf32::decode(term);
  const bool has_e = word.find(U'e') != std::u32string::npos;
  const bool kept = has_e && cuts_into_kept_root(word, 0);  // Yerevan, as listed
  // typed without ə (gelirem, men): read with ə where a suffix or a listed word wants it
  const bool typed_without_schwa = has_e && !kept && word.find(U'ə') == std::u32string::npos;
  std::u32string listed = typed_without_schwa ? with_schwa_for_e(word) : std::u32string();
  if (typed_without_schwa && is_listed_word(listed)) {
    word = std::move(listed);
  } else if (has_e && !kept && (!typed_without_schwa || word.size() >= kShortestChatRespelling)) {
    write_later_e_as_schwa(word);  // problemi as problemlər: one spelling of the loan for the rules
  }
  std::u32string stem = stem_of_spelling(word);
  if (has_e && !kept) write_later_e_as_schwa(stem);  // otel as otelin, which the rules read respelled
  if (typed_without_schwa && stem.find(U'e') != std::u32string::npos) {
    if (std::u32string schwa = with_schwa_for_e(stem); is_listed_word(schwa)) stem = std::move(schwa);  // gel-irem: gəl
  }
  return utf32::encode(stem);
}

}  // namespace liaison

#include "core/analysis/azerbaijani_verbs.h"

#include <algorithm>
#include <iterator>
#include <stdexcept>
#include <unordered_map>

#include "core/analysis/azerbaijani_letters.h"
#include "core/analysis/azerbaijani_verb_patterns.h"

namespace liaison::azerbaijani {
namespace {

// The verb stems whose final t is d before a vowel (get-: gedir): a stem read before a vowel
// ending in d must be one of them, else the d is a suffix's (tərəfin-dən, ölkə-dir).
constexpr std::u32string_view kVoicedVerbStems[] = {U"ed",    U"ged",   U"qayıd",  U"yarad", U"öyrəd",
                                                     U"eşid",  U"unud",  U"dağıd",  U"sarsıd", U"qorxud",
                                                     U"azald", U"boşald", U"yüksəld", U"uzad", U"islad", U"düzəld"};

// The commonest verbs, as spelled before a vowel: their bare aorist -Ar (-yAr after a vowel) and
// its plural are read (bilər, olar, gələrlər → bil, ol, gəl). For other words -Ar is left, since
// nouns and plurals end so (xəbər, şəhər, kitablar); none of these stems plus -Ar is a noun.
constexpr std::u32string_view kAoristVerbStems[] = {
    U"ol",  U"bil", U"gəl", U"al",  U"qal", U"ver", U"ged", U"ed",  U"gör", U"tut", U"bax",
    U"çək", U"düş", U"keç", U"tap", U"gir", U"otur", U"gətir", U"istə", U"işlə", U"de", U"ye",
    // and the commonest of conversation (içək, minək, oxuyaq, görüşək: let us drink, ride, read,
    // meet); not yat-, qaç-, aç-, yaz-, çıx-, whose yataq, qaçaq, açar, yazar, çıxar are words too
    U"iç", U"min", U"danış", U"görüş", U"oxu", U"gəz", U"soruş", U"çalış", U"düşün", U"sev", U"oyna",
    U"yaşa", U"tanı", U"ödə", U"elə", U"apar", U"götür", U"çağır", U"qaytar", U"göstər", U"bişir",
    // common verbs whose aorist, optative and converb make no noun (seçər, seçək, seçə); not dur-,
    // dön-, tik-, qaz-, dayan-, at- (duraq, dönər, tikə, qazaq, dayanaq, ata are words)
    U"seç", U"vur", U"ayır", U"göndər", U"qalx", U"öyrən", U"sat", U"axtar", U"ölç", U"bacar", U"tələs",
    U"inan", U"bitir", U"qoru", U"qoy",
    // and of the colloquial list (gecikər, qurtarar: no noun ends so)
    U"gecik", U"qurtar",
    // verbs in -In of the grammar book's examples, whose n is no passive's (sevindi is no sevi-n-di)
    U"sevin", U"geyin", U"evlən"};

struct VerbEnding {
  std::u32string text;
  Attach attach;
};

// Participles and the infinitive take a noun's possessive and case (edəcəyini, olanlara,
// etdiklərimizin, olmağı): each is written with its final Q as G before a vowel, and each takes
// the chains of kNounTails.
struct Participle {
  std::u32string_view before_consonant;
  std::u32string_view before_vowel;
};
constexpr Participle kParticiples[] = {{U"dIQ", U"dIG"},     {U"mAdIQ", U"mAdIG"},     {U"YAcAQ", U"YAcAG"},
                                       {U"mAyAcAQ", U"mAyAcAG"}, {U"mAQ", U"mAG"},         {U"YAn", U"YAn"},
                                       {U"mAyAn", U"mAyAn"}};

// Possessive, plural and case after a participle: the 3rd person's -I and -lArI take the buffer
// n before a case, the other persons and the plural take the case bare.
constexpr std::u32string_view kNounTails[] = {
    U"I", U"InI", U"InA", U"IndA", U"IndAn", U"InIn", U"Im", U"ImA", U"ImI", U"ImIn", U"ImdAn", U"ImIz",
    U"ImIzA", U"ImIzI", U"ImIzIn", U"InIz", U"InIzA", U"InIzI", U"InIzIn", U"A", U"In", U"lAr", U"lArA",
    U"lArI", U"lArIn", U"lArdA", U"lArdAn", U"lArInI", U"lArInA", U"lArIndA", U"lArIndAn", U"lArInIn",
    U"lArIm", U"lArImIz", U"lArImIzIn", U"lArImIzA", U"lArImIzI", U"ImIzdA", U"ImIzdAn", U"lArImIzdAn"};

/// Whether `ending` is the participle -An (or -mAyAn) with a bare case or the 3rd-person -I, which
/// reads a vowel-final noun's case as a verb's (ölk-ənin, an-anı are ölkə-nin, ana-nı): read
/// after the listed common verbs only (ed-ənin, ol-anı, gəl-ənə).
bool is_case_after_participle_an(std::u32string_view ending) {
  if (ending.starts_with(U"ma") || ending.starts_with(U"mə")) ending.remove_prefix(2);
  if (ending.starts_with(U"y")) ending.remove_prefix(1);
  if (ending.size() < 3 || (ending[0] != U'a' && ending[0] != U'ə') || ending[1] != U'n') return false;
  const std::u32string_view tail = ending.substr(2);
  const bool case_or_i = (tail.size() == 1 && is_vowel(tail[0])) ||
                         (tail.size() == 2 && is_narrow_vowel(tail[0]) && tail[1] == U'n');
  return case_or_i;
}

/// The patterns of kParticiples followed by each of kNounTails.
std::vector<std::u32string> participle_patterns() {
  std::vector<std::u32string> patterns;
  for (const Participle& participle : kParticiples) {
    for (std::u32string_view tail : kNounTails) {
      const bool vowel_first = tail.front() == U'A' || tail.front() == U'I';
      patterns.push_back(std::u32string(vowel_first ? participle.before_vowel : participle.before_consonant) +
                         std::u32string(tail));
    }
  }
  return patterns;
}

/// Every spelling of `pattern` from position `at`, after the suffix letters `done` whose last
/// vowel is `previous` (0 before the first: each harmony class is spelled).
void spell(std::u32string_view pattern, std::size_t at, std::u32string done, char32_t previous, Attach attach,
           std::vector<VerbEnding>& out) {
  if (at == pattern.size()) {
    out.push_back({std::move(done), attach});
    return;
  }
  const char32_t c = pattern[at];
  const bool back = is_back_vowel(previous);
  const auto next = [&](char32_t letter, char32_t vowel) {
    spell(pattern, at + 1, done + letter, vowel, attach, out);
  };
  if (c == U'A' || c == U'I') {
    static constexpr std::u32string_view kA = U"aə", kI = U"ıiuü";
    if (previous == 0) {
      for (char32_t v : c == U'A' ? kA : kI) next(v, v);
    } else if (c == U'A') {
      next(back ? U'a' : U'ə', back ? U'a' : U'ə');
    } else {
      const bool round = previous == U'o' || previous == U'u' || previous == U'ö' || previous == U'ü';
      const char32_t v = back ? (round ? U'u' : U'ı') : (round ? U'ü' : U'i');
      next(v, v);
    }
  } else if (c == U'Q' || c == U'G') {
    next(c == U'Q' ? (back ? U'q' : U'k') : (back ? U'ğ' : U'y'), previous);
    if (c == U'Q') next(U'x', previous);  // spoken and often written so: olacax, getdix, gedirix
  } else {
    next(c, is_vowel(c) ? c : previous);
  }
}

/// Every spelling of each of `patterns`, a leading Y spelled y after a vowel and left out after a
/// consonant.
void spell_each(const std::vector<std::u32string>& patterns, std::vector<VerbEnding>& out) {
  for (std::u32string_view pattern : patterns) {
    if (pattern.front() == U'Y') {
      spell(pattern, 1, U"y", 0, Attach::AfterVowel, out);
      spell(pattern, 1, U"", 0, Attach::AfterConsonant, out);
    } else {
      spell(pattern, 0, U"", 0, Attach::Any, out);
    }
  }
}

/// The verb endings, longest first.
const std::vector<VerbEnding>& verb_endings() {
  static const std::vector<VerbEnding> endings = [] {
    std::vector<VerbEnding> all;
    std::vector<std::u32string> patterns(std::begin(kVerbPatterns), std::end(kVerbPatterns));
    for (std::size_t i = 0, n = patterns.size(); i < n; ++i) {  // the perfect as spoken: alıp, gəlipsən
      if (const auto at = patterns[i].find(U"Ib"); at != std::u32string::npos) {
        patterns.push_back(patterns[i]);
        patterns.back()[at + 1] = U'p';
      }
    }
    spell_each(patterns, all);
    spell_each(participle_patterns(), all);
    // A participle's chain may spell an ending kVerbPatterns has too: each is kept once.
    const auto key = [](const VerbEnding& e) { return std::pair(std::u32string_view(e.text), e.attach); };
    std::sort(all.begin(), all.end(), [&](const auto& a, const auto& b) { return key(a) < key(b); });
    all.erase(std::unique(all.begin(), all.end(), [&](const auto& a, const auto& b) { return key(a) == key(b); }),
              all.end());
    std::stable_sort(all.begin(), all.end(),
                     [](const auto& a, const auto& b) { return a.text.size() > b.text.size(); });
    return all;
  }();
  return endings;
}

/// The verb endings by their last letter, longest first within each: a word can only end with
/// those of its own last letter, so verb_ending_lengths reads a few dozen, not all of them.
const std::unordered_map<char32_t, std::vector<const VerbEnding*>>& verb_endings_by_last_letter() {
  static const std::unordered_map<char32_t, std::vector<const VerbEnding*>> by_last = [] {
    std::unordered_map<char32_t, std::vector<const VerbEnding*>> out;
    for (const VerbEnding& ending : verb_endings()) {
      if (ending.text.empty()) throw std::logic_error("an empty Azerbaijani verb ending");
      out[ending.text.back()].push_back(&ending);
    }
    return out;
  }();
  return by_last;
}

/// -yAn, -yAnlAr: the participle after a vowel, which Armenian surnames resemble.
bool is_buffered_participle(std::u32string_view ending) {
  return ending == U"yan" || ending == U"yən" || ending == U"yanlar" || ending == U"yənlər";
}

/// The converb -(y)AlI (gələli, oxuyalı: since coming, reading), which a noun's -alı, -əli resembles.
bool is_converb_since(std::u32string_view ending) {
  return ending == U"alı" || ending == U"əli" || ending == U"yalı" || ending == U"yəli";
}

/// Whether `ending` is the past aorist's 2nd person -(y)ArdIn (görərdin), which a noun in -ard's
/// genitive resembles, the aorist's spoken -(y)ArsIz (baxarsız; dəyərsiz, yararsız are adjectives in
/// -sIz), the present's spoken -(y)IllAr (gedillər; dəlillər, mənzillər are plurals) or the spoken
/// converb -(y)AnnAn (yeyənnən; dükan-nan is a noun's ilə): read after listed verbs only.
bool is_ending_of_listed_verbs(std::u32string_view ending) {
  static constexpr std::u32string_view kEndings[] = {
      U"ardın", U"ərdin", U"yardın", U"yərdin", U"arsız",  U"ərsiz", U"yarsız",  U"yərsiz", U"ıllar",  U"illər",
      U"ullar", U"üllər", U"yıllar", U"yillər", U"yullar", U"yüllər", U"annan", U"ənnən",   U"yannan", U"yənnən"};
  return std::find(std::begin(kEndings), std::end(kEndings), ending) != std::end(kEndings);
}

/// Whether a -dI, -mIş or -sA ending after `stem` is the copula's, written on with a buffer y
/// after a vowel (evdə-ydi, yaxşı-ymış, ölkə-ysə), rather than a verb's whose stem ends in y (qoy-du).
bool is_copula_after_vowel(std::u32string_view stem, std::u32string_view ending) {
  if (stem.size() < 4 || stem.back() != U'y' || !is_vowel(stem[stem.size() - 2])) return false;
  return ending.front() == U'd' || ending.front() == U'm' || ending.front() == U's';
}

/// de- (say) and ye- (eat), the verbs of two letters ending in a vowel (dedi, deyir, yeyəcək).
bool is_two_letter_verb(std::u32string_view stem) {
  return stem == U"de" || stem == U"ye";
}

bool is_voiced_verb_stem(std::u32string_view stem) {
  return std::find(std::begin(kVoicedVerbStems), std::end(kVoicedVerbStems), stem) != std::end(kVoicedVerbStems);
}
/// The optative -yA and its -yAQ (deyə, edək), which nouns' datives and ends resemble.
bool is_optative(std::u32string_view ending) {
  static constexpr std::u32string_view kOptatives[] = {
      U"ya", U"yə", U"a",  U"ə",  U"yaq", U"yək", U"aq",  U"ək",  U"yax", U"yəx", U"ax",  U"əx",
      U"ım", U"im", U"um", U"üm", U"yım", U"yim", U"yum", U"yüm"};
  return std::find(std::begin(kOptatives), std::end(kOptatives), ending) != std::end(kOptatives);
}

/// Whether `ending` is the bare aorist of `stem`, or the aorist and its plural: -Ar after a
/// consonant, -yAr after a vowel, in harmony with the stem's last vowel.
bool is_aorist_of(std::u32string_view stem, std::u32string_view ending) {
  const auto vowel = std::find_if(stem.rbegin(), stem.rend(), is_vowel);
  if (vowel == stem.rend()) return false;
  const bool back = is_back_vowel(*vowel);
  const std::u32string_view aorist = is_vowel(stem.back()) ? (back ? U"yar" : U"yər") : (back ? U"ar" : U"ər");
  return ending == aorist || (ending.starts_with(aorist) && ending.substr(aorist.size()) == (back ? U"lar" : U"lər"));
}

// Endings that make verbs of nouns and verbs (-lA, -lAş, -lAn, the causative -dIr): a stem ending
// so is a verb, so -Ar and -yIn after it are the aorist and the imperative (başla-yar, razılaş-ar,
// bildir-ər, imzala-yın); no noun ends in -layar, -laşar, -dırar.
constexpr std::u32string_view kVerbMakingEndings[] = {U"la", U"lə", U"laş", U"ləş", U"lan", U"lən",
                                                      U"dır", U"dir", U"dur", U"dür"};

constexpr std::size_t kShortestDerivedVerb = 4;  // işlə, başla; not ala-r, dura-r

bool ends_in_verb_making_ending(std::u32string_view stem) {
  if (stem.size() < kShortestDerivedVerb) return false;
  return std::any_of(std::begin(kVerbMakingEndings), std::end(kVerbMakingEndings),
                     [stem](std::u32string_view ending) { return stem.ends_with(ending); });
}

// Endings of derived verb stems besides kVerbMakingEndings: the passive or reflexive -Il, -In and
// the reciprocal -Iş (göstəril-ir, yüksəl-ir, düşün-ür, danış-ır).
constexpr std::u32string_view kDerivedVerbEndings[] = {U"ıl", U"il", U"ul", U"ül", U"ın", U"in",
                                                       U"un", U"ün", U"ış", U"iş", U"uş", U"üş"};

/// An underived verb stem has at most two syllables (danış-, öyrən-); a longer stem before the
/// present -Ir is a noun's (temperat-ur, temperat-urlar are temperatur), unless a derivation ends it.
bool is_verb_stem_for_present(std::u32string_view stem) {
  constexpr std::ptrdiff_t kLongestUnderivedStem = 2;  // vowels
  if (std::count_if(stem.begin(), stem.end(), is_vowel) <= kLongestUnderivedStem) return true;
  const auto ends = [stem](std::u32string_view ending) { return stem.ends_with(ending); };
  return ends_in_verb_making_ending(stem) ||
         std::any_of(std::begin(kDerivedVerbEndings), std::end(kDerivedVerbEndings), ends);
}

/// Whether `ending` is the present -(y)Ir with or without a person, plural or past after it.
bool is_present(std::u32string_view ending) {
  const std::u32string_view tense = ending.front() == U'y' ? ending.substr(1) : ending;
  return tense.size() >= 2 && is_narrow_vowel(tense[0]) && tense[1] == U'r';
}

/// Length of the bare aorist (and its plural) after a listed common verb or a derived verb, 0
/// when `word` is none.
std::size_t aorist_ending_length(std::u32string_view word) {
  for (std::u32string_view stem : kAoristVerbStems) {
    if (word.size() > stem.size() && word.starts_with(stem) && is_aorist_of(stem, word.substr(stem.size()))) {
      return word.size() - stem.size();
    }
  }
  for (std::u32string_view stem : kVoicedVerbStems) {  // qayıdar, yaradar: no noun ends so
    if (word.size() > stem.size() && word.starts_with(stem) && is_aorist_of(stem, word.substr(stem.size()))) {
      return word.size() - stem.size();
    }
  }
  for (const std::size_t length : {6, 5, 3, 2}) {  // -yArlAr, -ArlAr, -yAr, -Ar
    if (word.size() <= length) continue;
    const std::u32string_view stem = word.substr(0, word.size() - length);
    if (ends_in_verb_making_ending(stem) && is_aorist_of(stem, word.substr(stem.size()))) return length;
  }
  return 0;
}

/// Whether `stem` and a d are a voiced verb stem (qayı + d): an ending read after it that begins
/// with that d would cut the stem (qayı-dın is qayıd-ın, return!).
bool is_voiced_stem_but_its_d(std::u32string_view stem) {
  return std::any_of(std::begin(kVoicedVerbStems), std::end(kVoicedVerbStems), [stem](std::u32string_view voiced) {
    return voiced.size() == stem.size() + 1 && voiced.starts_with(stem);
  });
}

/// de- and ye-, the voiced stems and the listed common verbs: stems no noun shares.
bool is_listed_verb(std::u32string_view stem) {
  return is_two_letter_verb(stem) || is_voiced_verb_stem(stem) ||
         std::find(std::begin(kAoristVerbStems), std::end(kAoristVerbStems), stem) != std::end(kAoristVerbStems);
}

/// Length of the imperative of the plural -yIn, -yInIz after a derived verb in -lA (işlə-yin,
/// imzala-yın) or a listed vowel-final verb (de-yin, oxu-yun), 0 when `word` ends in none: after other
/// vowels -yIn is no ending (ürə-yin is ürək's), nor after a short -VlA (külə-yin is külək's).
std::size_t imperative_ending_length(std::u32string_view word) {
  for (const std::size_t length : {5, 3}) {  // -yInIz, -yIn
    if (word.size() < length + kMinimumVerbStemLetters) continue;
    const std::u32string_view stem = word.substr(0, word.size() - length);
    const std::u32string_view ending = word.substr(stem.size());
    const bool derived = stem.size() >= kShortestDerivedVerb && (stem.ends_with(U"la") || stem.ends_with(U"lə")) &&
                         !(stem.size() == kShortestDerivedVerb && is_vowel(stem[stem.size() - 3]));  // külə-yin is külək's
    // de-yin, oxu-yun: say, read! (istə-yin is istək's, of the wish)
    if (!derived && !(is_vowel(stem.back()) && is_listed_verb(stem) && stem != U"istə")) continue;
    const bool narrow_harmonic = is_narrow_vowel(ending[1]) && harmonises(stem, ending.substr(1, 1));
    if (ending[0] == U'y' && ending[2] == U'n' && narrow_harmonic && (length == 3 || ending.substr(3) == U"ız" ||
                                                                       ending.substr(3) == U"iz")) {
      return length;
    }
  }
  return 0;
}

/// Whether `stem` is a verb in -lA made of a consonant-final word (baş-la, iz-lə, təsdiq-lə): not
/// fasilə, pillə, külə(k), whose -lA follows a vowel or an l.
bool is_verb_in_la(std::u32string_view stem) {
  if (stem.size() < kShortestDerivedVerb || !(stem.ends_with(U"la") || stem.ends_with(U"lə"))) return false;
  const char32_t before_la = stem[stem.size() - 3];
  return !is_vowel(before_la) && before_la != U'l';
}

/// Whether `stem` takes the optative or converb -(y)A (ala bilər, başlaya, qayıda) and, for the
/// -(y)AQ, the optative's 1st person plural (edək): de- and ye-, the voiced stems, the listed
/// common verbs and their passives (edilə, görülə) and the verbs in -lA made of a
/// consonant-final word (baş-la, iz-lə, təsdiq-lə).
/// After other stems these are a noun's dative or end (bazara, ölkəyə, fasiləyə, pilləyə, küləyə
/// of külək; ürək, torpaq).
bool takes_optative(std::u32string_view stem, std::u32string_view ending) {
  if (is_two_letter_verb(stem)) return true;
  if (ending.size() > 1 && is_voiced_verb_stem(stem)) return true;
  if (is_listed_verb(stem)) return true;  // alaq, olaq, gələk: let us take, be, come
  if (ending.back() == U'q' || ending.back() == U'k') return is_verb_in_la(stem);  // başlayaq, işləyək
  std::u32string active(stem);
  drop_passive(active);  // edilə, görülə bilər: the passive of a listed verb
  if (active.size() < stem.size() && is_listed_verb(active)) return true;
  return is_verb_in_la(stem);
}

/// Whether `ending` is the negative aorist -mAz (with its copula) after a passive -Il, or -In
/// after l: an adjective (çıxılmaz, qaçınılmazdır, inanılmaz, əvəzolunmaz), not a verb form.
bool is_adjective_in_ilmaz(std::u32string_view stem, std::u32string_view ending) {
  static constexpr std::u32string_view kEndings[] = {U"maz", U"məz", U"mazdır", U"məzdir"};
  if (std::find(std::begin(kEndings), std::end(kEndings), ending) == std::end(kEndings)) return false;
  if (stem.size() < 4 || !is_narrow_vowel(stem[stem.size() - 2])) return false;
  return stem.back() == U'l' || (stem.back() == U'n' && stem[stem.size() - 3] == U'l');  // düşün-məz is a verb
}

/// Whether an ending in s after `stem` is a noun's copula or case rather than a verb's: the
/// conditional -sA(n) after a vowel but a listed verb's or one in -lA (haqlı-san, tələbə-sən are the
/// copula's 2nd person, avtobu-sa is avtobus-a; istə-sən, imzala-sa are verbs), and the participle
/// -An after a vowel and s, which the copula reading also explains (hazır-san, necə-sən are no
/// hazırs-an, necəs-ən).
bool is_noun_reading_of_s_ending(std::u32string_view stem, std::u32string_view ending) {
  static constexpr std::u32string_view kEndings[] = {U"san", U"sən", U"sa", U"sə", U"sın", U"sin", U"sun", U"sün"};
  if (std::find(std::begin(kEndings), std::end(kEndings), ending) != std::end(kEndings)) {
    const bool in_la = stem.size() >= kShortestDerivedVerb && (stem.ends_with(U"la") || stem.ends_with(U"lə"));
    return is_vowel(stem.back()) && !is_listed_verb(stem) && !in_la;  // imzala-sa, işlə-sən
  }
  const bool participle = ending == U"an" || ending == U"ən";
  return participle && stem.size() >= 4 && stem.back() == U's' && is_vowel(stem[stem.size() - 2]);
}

/// Whether the grammar allows `ending` after `stem` (see verb_ending_lengths).
bool allows(std::u32string_view stem, std::u32string_view ending, Attach attach) {
  if (stem.size() < kMinimumVerbStemLetters || std::none_of(stem.begin(), stem.end(), is_vowel)) return false;
  if (stem.size() == kMinimumVerbStemLetters && is_vowel(stem.back()) && !is_two_letter_verb(stem)) {
    return false;  // və-di: vəd+i
  }
  if (attach == Attach::AfterVowel && !is_vowel(stem.back())) return false;
  if (attach == Attach::AfterConsonant && is_vowel(stem.back())) return false;
  if (stem.back() == U'd' && is_vowel(ending.front()) && !is_voiced_verb_stem(stem)) return false;
  if (ending.front() == U'd' && is_voiced_stem_but_its_d(stem)) return false;  // qayıd-ın is no qayı-dın
  if (ending.front() == U's' && stem.back() == U'n' && !is_listed_verb(stem)) {
    return false;  // konfrans-a, Frans-a: no -sA; düşün-sə is
  }
  if (is_copula_after_vowel(stem, ending)) return false;            // evdə-ydi is no evdəy-di
  if (is_present(ending) && !is_verb_stem_for_present(stem)) return false;
  if (is_adjective_in_ilmaz(stem, ending)) return false;
  if (is_noun_reading_of_s_ending(stem, ending)) return false;
  if (is_case_after_participle_an(ending) && !is_listed_verb(stem)) return false;
  if ((ending == U"an" || ending == U"ən") && stem.size() >= 2 &&
      ((stem.back() == U'n' && !is_vowel(stem[stem.size() - 2])) || stem.back() == U'c')) {
    return false;  // adam-nan, kredit-nən, axşama-can: the spoken ilə and dək, no participle
  }
  if (is_converb_since(ending) && !takes_optative(stem, ending)) return false;  // qal-alı is no noun's
  if (is_ending_of_listed_verbs(ending) && !is_listed_verb(stem) && !ends_in_verb_making_ending(stem)) {
    return false;  // milyard-ın, dəyər-siz, mənz-illər
  }
  if (is_optative(ending) && !takes_optative(stem, ending)) {
    return false;  // de-yə, ed-ək, ala, başlaya; bazar-a, ölkə-yə are datives, ürək and torpaq nouns
  }
  if (is_buffered_participle(ending) && !(stem.size() >= 4 && (stem.back() == U'a' || stem.back() == U'ə')) &&
      !(stem.size() >= 3 && is_narrow_vowel(stem.back())) && !is_two_letter_verb(stem)) {
    return false;  // Mirzoyan, Babayan are names; işləyən, yaşayan, oxuyan participles
  }
  return harmonises(stem, ending);
}

}  // namespace

std::size_t listed_verb_before_bare_ma(std::u32string_view word) {
  constexpr std::size_t kMa = 2;
  if (word.size() < kMa + kMinimumVerbStemLetters || word[word.size() - 2] != U'm') return 0;
  const std::u32string_view stem = word.substr(0, word.size() - kMa);
  if (!is_listed_verb(stem) || !harmonises(stem, word.substr(stem.size()))) return 0;
  return (word.back() == U'a' || word.back() == U'ə') ? stem.size() : 0;
}

bool is_listed_common_verb(std::u32string_view stem) { return is_listed_verb(stem); }

bool is_derived_verb_in_la(std::u32string_view stem) { return is_verb_in_la(stem); }

bool cuts_into_listed_verb(std::u32string_view word, std::size_t stem_letters) {
  return std::any_of(std::begin(kAoristVerbStems), std::end(kAoristVerbStems), [&](std::u32string_view verb) {
    return stem_letters < verb.size() && word.starts_with(verb) && is_whole_listed_verb(verb);
  });
}

bool is_whole_listed_verb(std::u32string_view word) {
  return !word.empty() && (!is_vowel(word.back()) || is_narrow_vowel(word.back())) && is_listed_verb(word);
}

std::vector<std::size_t> verb_ending_lengths(std::u32string_view word) {
  std::vector<std::size_t> lengths;
  if (const std::size_t aorist = aorist_ending_length(word); aorist > 0) lengths.push_back(aorist);
  if (const std::size_t imperative = imperative_ending_length(word); imperative > 0) lengths.push_back(imperative);
  if (word.empty()) return lengths;
  const auto& by_last = verb_endings_by_last_letter();
  const auto candidates = by_last.find(word.back());
  if (candidates == by_last.end()) return lengths;
  for (const VerbEnding* ending : candidates->second) {
    if (!word.ends_with(ending->text)) continue;
    if (allows(word.substr(0, word.size() - ending->text.size()), ending->text, ending->attach)) {
      lengths.push_back(ending->text.size());
    }
  }
  return lengths;
}

void drop_negation(std::u32string& stem, std::u32string_view ending) {
  if (ending.empty() || is_vowel(ending.front()) || stem.size() < kMinimumVerbStemLetters + 2) return;
  if (!stem.ends_with(U"ma") && !stem.ends_with(U"mə")) return;
  const std::u32string_view verb = std::u32string_view(stem).substr(0, stem.size() - 2);
  if (std::none_of(verb.begin(), verb.end(), is_vowel) || !harmonises(verb, stem.substr(stem.size() - 1))) return;
  if (verb.size() == kMinimumVerbStemLetters && is_vowel(verb.back()) && !is_two_letter_verb(verb)) return;
  stem.erase(stem.size() - 2);  // the -mA-
}

void drop_passive(std::u32string& stem) {
  const std::size_t n = stem.size();
  if (n < kMinimumVerbStemLetters + 2 || !is_narrow_vowel(stem[n - 2])) return;
  const std::u32string_view active = std::u32string_view(stem).substr(0, n - 2);
  if (std::none_of(active.begin(), active.end(), is_vowel) || !harmonises(active, stem.substr(n - 2))) return;
  if ((stem.back() == U'l' && !is_vowel(active.back())) || (stem.back() == U'n' && active.back() == U'l')) {
    stem.resize(n - 2);
  }
}

void unvoice_verb_stem(std::u32string& stem) {
  if (is_voiced_verb_stem(stem)) stem.back() = U't';
}

}  // namespace liaison::azerbaijani

#pragma once
#include <string>
#include <string_view>

namespace liaison {

/// A light suffix stripper for Azerbaijani (Snowball has no Azerbaijani stemmer and the
/// Turkish one mangles ə and ğ). Input: a normalised term (lowercase, ə not ә).
///
/// It cuts at an apostrophe (Qarabağ'ın → qarabağ). A word that ends in a verb ending (tense or
/// mood, then person, plural or copula, with negation: gəlmədilər, gələcəyik, oxuyur, edən →
/// gəl, oxu, et; conditional gəlsə, imperative gəlsin, converbs gələndə, gəlincə, the verbal noun
/// gəlmənin, gəlməsi, the participle gəldikləri) loses it, unless it is a listed noun that ends
/// like one (nazir, insan, dərs); a passive -Il- or -In- after l goes with it (yazıldı, olunur →
/// yaz, ol); a stem whose t is voiced before a vowel is spelled with t (gedir → get). The bare
/// aorist -Ar is read only after the commonest verbs (bilər, olar → bil, ol): xəbər, şəhər-lər
/// end so. Other words are nouns: at most one suffix per slot is stripped, outermost first:
///   1. copula            -dır -dir -dur -dür (-dırlar …), predicate persons -yAm -yIQ
///                        after a vowel, -sAn, -sInIz; -ydI -ymIş -ysA after a vowel
///   2. case              ablative -dan -dən -ndan -ndən; locative -da -də -nda -ndə (and
///                        -dakı -dəki -ndakı -ndəki); genitive -ın -in -un -ün -nın -nin -nun
///                        -nün; dative -a -ə -ya -yə -na -nə; accusative -nı -ni -nu -nü;
///                        instrumental -la -lə -yla -ylə
///   3. possessive        -ın -in -un -ün, -ımız … -mız …, -ınız … -nız …,
///                        -sı -si -su -sü, -ları -ləri, -ı -i -u -ü (also the bare accusative)
///   4. plural            -lar -lər
///   5. past -dı, evidential -mış, perfect -ıb … left after the noun slots
///   6. a last bare vowel (-a -ə -ı -i -u -ü) after a consonant, so
///      that a vowel-final word and its inflected forms share one stem (gömrükçü,
///      gömrükçüsü, gömrükçülər → gömrükç).
/// A suffix is stripped only when:
///   - at least 3 letters remain (2 before a verb ending) and they hold a vowel;
///   - its vowel agrees in backness with the last vowel of what remains (back a ı o u,
///     front e ə i ö ü: vowel harmony);
///   - buffer rules hold: -y-, -s- and -n- forms follow a vowel, vowel-initial forms a
///     consonant. A case form with buffer -n- is read only after a 3rd-person possessive
///     (-sı, -ları), a noun in -iya/-iyə or a known vowel-final root: otherwise Azərbaycanın
///     would lose the n of its root. Its price: an unlisted vowel-final noun keeps an n in
///     the accusative (gömrükçünü → gömrükçün). Likewise -sı is read as the
///     possessive after a vowel, not as -ı after an s-final noun (təşəbbüsü → təşəbb).
/// A final d goes too (kənd-i reads like gəl-di: kənd → kən, gəldi → gəl); so do, with the same
/// aim of one stem for both readings, a final m after ı i u ü (the 1st-person -Im: dostum, seçim
/// → dost, seç) or after a consonant once a vowel is gone (gəlmə, filmə → gəl, fil), and a final
/// s after a consonant (konfrans, konfransa → konfran, as gəlsə → gəl). A two-letter root with
/// its vowel first takes the suffixes that do not begin with a or ə (evdə, evlər, evi → ev).
/// A list of common vowel-final roots and function words (müqavilə, ölkə, Bakı, kimi, görə …)
/// stops stripping when reached, and a suffix leaving one is preferred, so they keep readable
/// stems: Bakı, Bakıya, Bakının → bakı; müqavilə-lərin → müqavilə; kimi is not kim-i.
/// The profile's kept roots (StemmerChoice::kept_roots: the gazetteer's names, qanun, təqdim) are
/// never cut into and stop stripping too: Laçından → laçın, qanunu → qanun (not qan, blood).
/// The m of -lAm goes as the verbal noun's after a consonant (yoxlama → yoxla, as yoxladı).
/// Verbs of two letters ending in a vowel are de- and ye- only (dedi, deyir → de; vədi is vəd-i).
/// The copula's past, evidential and conditional written on after a vowel go with the case
/// before them (evdəydi, evdəymiş → ev), a two-letter root takes the front dative (evə, işə →
/// ev, iş), and a -yA after -lI is the dative of a noun in -lIK (təhlükəsizliyə).
/// Participles (-dIQ, -AcAQ, -An, their negatives) and the infinitive take a noun's possessive,
/// plural and case as verb endings (edəcəyini, olanlara, etdiklərimizin, olmağı → et, ol); the
/// negative -mA- goes with the ending after it (olmaması, etməmək → ol, et); the passive goes
/// before a verbal noun read as a noun (vurulma → vur). A present -Ir wants a stem of at most two
/// syllables or a derived one (temperatur is no temperat-ur); -nA, -ndA, -ndAn follow the
/// possessive's narrow vowel only (Vyana is no Vya-na).
/// The converb and optative -(y)A follow de-, ye-, the voiced and the common verbs, their
/// passives and the verbs in -lA made of a consonant-final word (ala, qayıda, edilə, başlaya); the
/// participle -An takes a bare case after those verbs only (edənin; ölkənin is ölkə's). The
/// question particle -mI goes after a verb form or a copula (gördünüzmü); -IlmAz makes adjectives
/// (qaçınılmaz); the equative -cA follows a consonant (fikrincə). The profile's whole nouns are
/// whole roots of the noun slots only (keçmişdə → keçmiş, keçmişdir → keç), its syncope nouns
/// lose their last vowel (fikir → fikr, as fikri), its time nouns take the attributive -kI bare
/// (günkü → gün); nouns made with -Im keep their m (seçim).
/// Spoken forms (azerbaijani_spoken.h and the profile's pronoun forms): a pronoun's forms take its
/// lemma (onu, bunlardan → o, bu); kin take the 2nd-person -n (anan → ana, not at-an); the family
/// -gil, a person after an ablative and deyil's persons go (atamgilə, Gəncədənəm, deyiləm); the
/// optative -(y)AQ follows the listed and the -lA verbs (olaq, gözləyək), and -sA(n) after a vowel
/// only those (istəsən; haqlısan, avtobusa are nouns); after a root's n or s the -Im goes whole
/// (maşınım → maşın → maşı, as maşın).
/// A listed common verb that ends in a consonant or in ı i u ü is a whole stem: stripping stops at
/// it, no noun suffix cuts into it and its n is no passive's (tələs, öyrən-in, düşün-ün, inan-mır
/// → tələs, öyrən, düşün, inan); its bare -mA (oxuma, istəmə) and its -sA after n (düşünsə) are
/// its own; the voiced stems take the bare aorist (qayıdar → qayıt).
/// Informal written forms (azerbaijani_spoken.h): q and k written x at an ending's end (olacax,
/// getdix), the perfect -Ip, a or ə narrowed before y (istiyirəm), -sIz, -IllAr, the spoken ilə
/// -nAn, -ynAn and dək -cAn (dostumnan, axşamacan), -nAr after n, the copula -dI after a locative,
/// an -lI adjective or a possessive (işdədi); chat typed without ə has an e after a word's first
/// vowel read as ə (gelirem → gəl, problemi as problemlər), a listed word spelled with e as itself
/// (men, bele → mən, belə).
std::string stem_azerbaijani(std::string_view term);

}  // namespace liaison

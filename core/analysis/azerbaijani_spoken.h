#pragma once
// Forms of spoken Azerbaijani for the stemmer (azerbaijani_stemmer.h) that the written noun slots
// and verb endings misread: the family suffix -gil, a predicate person after an ablative, and the
// negative copula deyil with its persons.
#include <string>
#include <string_view>

namespace liaison::azerbaijani {

/// The family or home suffix -gil with its case (atamgil, xalamgilə, nənəmizgildən, Əligilə: at my
/// father's, ...) goes, leaving the possessed noun (atam): true if it went.
bool drop_family_gil(std::u32string& word);

/// A predicate person after an ablative (Gəncədənəm, haradansan, Bakıdanıq: I am from Gəncə, ...)
/// goes, leaving the ablative for the case slot. Only after -dAn: adam, qələm, balıq end so too.
void drop_person_after_ablative(std::u32string& word);

/// Whether `word` is deyil (is not) or deyil with a person or tense (deyiləm, deyilik, deyildi), or
/// its regional döyül.
bool is_form_of_deyil(std::u32string_view word);

/// Length of the listed verb that `word` is with its aorist's 1st person contracted as spoken
/// (gəlləm, göndərrəm, ollam: gələrəm, göndərərəm, olaram), 0 for other words.
std::size_t listed_verb_before_contracted_aorist(std::u32string_view word);

/// An e after the first vowel of a word is written ə. Chat typed without ə writes e for it
/// (gelirem, evdeyem, dersden: gəlirəm, evdəyəm, dərsdən), and a suffix has no e: a word's own e
/// stands in its first syllable but in loans (prezident, problem), which are then spelled one way
/// in all their forms, typed with ə or without (problemi, problemlər). The first syllable's e is
/// left, as it may be either (ev, get; gəl typed gel).
void write_later_e_as_schwa(std::u32string& word);

/// The spoken impossibility -AmmA-, -AmmI- (yatammadım, tapammırsan, gedəmmərəm: I could not sleep,
/// you cannot find, I shall not be able to go) with its -A and one m gone, the verb's negative as
/// the stemmer reads it (yatmadım, tapmırsan, gedmərəm); empty for a word without it.
std::u32string spelling_without_impossibility(std::u32string_view word);

/// The plural -lAr spoken and written -nAr after an n (maşınnar, qoyunnarı, olsunnar: maşınlar,
/// qoyunları, olsunlar) is spelled -lAr.
void respell_plural_after_n(std::u32string& word);

/// The standard spelling of a verb form whose a or ə before the buffer y is spoken and written
/// narrow (istiyirəm, gözliyir, oynuyur, diyir, gəlmiyən, olmuyacax: istəyirəm, gözləyir, oynayır,
/// deyir, gəlməyən, olmayacax), the narrow vowels after it unrounded as harmony then wants; empty
/// when the word is none: the vowel is read so only after what would be a listed verb, a verb in
/// -lA or the negative -mA (Bakıya, ərazidə, niyə keep theirs).
std::u32string standard_spelling_of_narrowed_vowel(std::u32string_view word);

}  // namespace liaison::azerbaijani

#pragma once
// Forms of the grammar book's constructions that the stemmer's noun slots and verb endings
// (azerbaijani_stemmer.h) leave whole: the reduplicated converb, the conditional written on after a
// copula, a predicate person after a kept root, su's possessive.
#include <string>
#include <string_view>

namespace liaison::azerbaijani {

/// The half that a reduplicated word repeats (gülə-gülə, qaça-qaça, ağlaya-ağlaya: laughing,
/// running, crying all along), empty for other words (Qarabağ-Bakı, sülh-məramlı).
std::u32string_view reduplicated_half(std::u32string_view word);

/// The conditional -sA written on after a noun's copula (evdədirsə, yorğunsansa: if he is at home,
/// if you are tired) goes, leaving the copula for the noun slots. Only after -dIr, -sAn, -sInIz: a
/// word that ends in sa or sə otherwise keeps it (Fransa, kassa).
void drop_conditional_after_copula(std::u32string& word);

/// Length of the kept root (azerbaijani_lists.h) that `word` is with a predicate person -Am, -IQ
/// after it (müəlliməm, müəllimik: I am, we are teachers), 0 if none: after other consonants those
/// are a root's end (adam, balıq).
std::size_t kept_root_before_person(std::u32string_view word);

/// The causative -dIr after a common consonant-final verb or de-, ye- (yaz-dır, sevin-dir, ye-dir)
/// and -t after a listed vowel-final verb or one in -lA (oxu-t, ağla-t) goes from a verb stem,
/// leaving the verb it is made of; not from the causatives whose sense is their own (bil-dir
/// announce, qal-dır raise, işlə-t use, başla-t launch, anla-t explain).
void drop_causative(std::u32string& stem);

/// Whether `word` is su (water) with its 3rd-person possessive -yU and a case after it (suyu,
/// suyun, suyundan), which the noun slots would leave as suy.
bool is_form_of_su(std::u32string_view word);

}  // namespace liaison::azerbaijani

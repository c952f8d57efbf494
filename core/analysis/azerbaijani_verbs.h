#pragma once
// Verb endings of Azerbaijani for the stemmer (azerbaijani_stemmer.h): which endings the
// grammar allows at the end of a word, and the stem changes that go with them. Which words are
// nouns that only look like verb forms (nazir, Laçın) is the stemmer's business.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace liaison::azerbaijani {

/// Verb stems are short (al-, ol-, et-): two letters with a vowel; the endings are long.
inline constexpr std::size_t kMinimumVerbStemLetters = 2;

/// The lengths of the verb endings `word` may end in, the bare aorist of a listed common verb
/// first (bilər, olar), then longest first: each leaves a stem of a verb's shape (two letters
/// with a vowel; de-, ye- the only two ending in a vowel), attached and in harmony as the ending
/// wants. Not read: a vowel ending after a d but of a voiced stem (tərəfin-dən), -sA after n
/// (Frans-a), the copula written on after a vowel (evdə-ydi), -yAn after a short stem (Mirzoyan).
std::vector<std::size_t> verb_ending_lengths(std::u32string_view word);

/// Whether `word` is a listed common verb's stem whose bare form is no other word's form: one that
/// ends in a consonant or in ı i u ü (tələs, düşün, oxu), not in a or ə (yaşa is yaş's dative).
/// Stripping stops at it, and its n is no passive's (inan, öyrən are no ina-n, öyrə-n).
bool is_whole_listed_verb(std::u32string_view word);

/// Whether leaving the first `stem_letters` letters of `word` would cut into a whole listed verb it
/// begins with (düşü-nün in düşünün: the verb's imperative or genitive-like -In is düşün-ün).
bool cuts_into_listed_verb(std::u32string_view word, std::size_t stem_letters);
/// de-, ye-, the voiced stems and the listed common verbs (the bare aorist's verbs: bil-, gəl-, oxu-).
bool is_listed_common_verb(std::u32string_view stem);

/// Whether `stem` is a verb in -lA made of a consonant-final word (baş-la, iz-lə, ağ-la).
bool is_derived_verb_in_la(std::u32string_view stem);

/// Length of the listed verb that `word` is with the bare -mA after it (oxu-ma, istə-mə, düşün-mə:
/// its verbal noun or its negative imperative), 0 for other words: read as a noun, its m and its
/// vowel would both go, or the m would stay (ox, istəm), where the verb's other forms keep the
/// verb (oxudu, istəmənin → oxu, istə).
std::size_t listed_verb_before_bare_ma(std::u32string_view word);
/// The negative -mA- before an ending that follows it (olma-ması, etmə-mək, bilmə-yən) goes with
/// the ending: `stem` is what the ending left, `ending` the ending. Not before a vowel ending:
/// the negative present is -mIr, and -mA- then a vowel is no form.
void drop_negation(std::u32string& stem, std::u32string_view ending);

/// The passive -Il- after a consonant (yaz-ıl-dı, ed-il-ib, veril-məsi) and -In- after an l
/// (ol-un-ur, al-ın-ıb) go: the active's stem, as the passive -n- after a vowel (imzala-n-dı).
void drop_passive(std::u32string& stem);

/// A voiced verb stem is spelled with its t (gedir → get, as getdi; ed-ə → et).
void unvoice_verb_stem(std::u32string& stem);

}  // namespace liaison::azerbaijani

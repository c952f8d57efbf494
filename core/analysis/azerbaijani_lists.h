#pragma once
// The Azerbaijani profile's word lists (core/lang/profile_az.cpp: StemmerChoice's kept roots, whole
// nouns, syncope nouns and time nouns) as the stemmer (azerbaijani_stemmer.cpp) reads them,
// decoded once.
#include <cstddef>
#include <string>
#include <string_view>

namespace liaison::azerbaijani {

/// A kept root (Laçın, qanun): no ending is read into it and stripping stops at it.
bool is_kept_root(std::u32string_view word);

/// Whether leaving the first `stem_letters` letters of `word` would cut into a kept root it
/// begins with (laç-ın in laçın, qan-un in qanun).
bool cuts_into_kept_root(std::u32string_view word, std::size_t stem_letters);

/// A whole noun (keçmiş, çəki): a whole root of the noun slots, not of the verb endings.
bool is_whole_noun(std::u32string_view word);

/// A syncope noun's bare form (fikir, şəkil).
bool is_syncope_noun(std::u32string_view word);

/// A syncope noun's stem: its last vowel goes (fikir → fikr), as in its inflected forms (fikri).
void drop_syncope_vowel(std::u32string& noun);

/// The lemma of a pronoun form of the profile (onu, bunlardan → o, bu), empty for other words.
std::u32string_view pronoun_lemma(std::u32string_view word);

/// Length of the time noun that `head` is with the attributive -kI after it (gün-kü, axşam-kı),
/// 0 if none.
std::size_t time_noun_before_ki(std::u32string_view head);

}  // namespace liaison::azerbaijani

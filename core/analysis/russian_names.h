#pragma once
#include <optional>
#include <vector>
#include <string>
#include <string_view>

namespace liaison {

/// Stems for Russian names, where Snowball cuts what only looks like an ending: Алиев → ал,
/// Карабах → караб, Пашинян → пашиня, while Алиева → алиев, Карабаха → карабах. Input: a
/// normalised term (lowercase, е for ё).

/// The stem of a form of a known name: the names of the places and people of the peace process
/// (one word each, as the gazetteer spells them in Russian: Карабах, Алиев, Армения, Нахичевань),
/// in any singular or plural case, and their adjectives in -ск- (карабахских, нахичеванской). The
/// stem is the name without its final vowel, ь or й: карабах, алиев, армени, нахичеван. Nothing
/// for any other word. It depends on the term alone, so lower-case queries and texts get it too.
std::optional<std::string> known_russian_name_stem(std::string_view term);

/// The stem of a word written like a name (capitalised), when it reads as one: a known name as
/// above, else the word without one singular case ending (-а -у -е -ом -ым -ой -ы -и -ю -я -ем
/// -ей -ью -ь), kept only when what remains ends in a consonant (Мамедова, Мамедовым → мамедов;
/// Галстаняном → галстанян; Италии, Италией → итали). Nothing for words shaped like adjectives
/// (Российская, Южный) or that would lose a vowel of their root: Snowball treats those alike.
std::optional<std::string> russian_name_stem(std::string_view term);

/// The one-word Russian names that `known_russian_name_stem` knows, as the gazetteer writes
/// them (for the test that keeps the two in step).
const std::vector<std::string_view>& known_russian_names();

}  // namespace liaison

#pragma once
// Latin spellings of one word that differ as transliterations do.
#include <string>
#include <string_view>

namespace liaison {

/// The key that Latin spellings of one word share when they differ only as transliterations of
/// Azerbaijani, Armenian and Russian words do: Azerbaijani letters as English writes them (ş sh,
/// ç ch, ğ gh, x kh, ə e, ı i, ö o, ü u), then q as k, gh as g, y as i (-yan -ian, -yev -iev),
/// doubled letters once; for a common word an English plural ending dropped (kolkhozes,
/// kolxoz), for a name (`name`: typed with a capital) a final vowel (Shushi, Shusha, Şuşa).
/// From a normalised (lowercase) term. "" for a word of other letters, of fewer than five
/// letters, or whose key would have fewer than three.
std::string latin_variant_key(std::string_view term, bool name);

}  // namespace liaison

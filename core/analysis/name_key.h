#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/lang/language.h"

namespace liaison {

/// The keys of a name, the same for its spellings in the four languages' scripts, so that a Latin
/// query finds names that no gazetteer holds in Cyrillic, Armenian and Azerbaijani text:
/// Pashinyan, Пашиняна, Փաշինյանի, Paşinyanın → "psnn"; Galstanyan, Галстаняном → "klstnn".
///
/// From a normalised term (lowercase) in `language`, the key of the word and, when it ends like a
/// case form, the key without that ending (the language profile's NameKeyRules: ru -ом -ем -ым
/// -ой -ах -ам -ов; hy -ից -ում -ով -ին; az -ın -nın -da -dan -la -ya -na …; en -'s): the index
/// holds both and a query looks for both,
/// so a name in any case meets its nominative while a name that merely ends so (Պուտին) keeps its
/// own key. Vowel endings need no cut (vowels are dropped). A key is made so:
///   1. letters become coarse sound classes, digraphs first: k for velars and h (k q g gh kh x h ğ
///      г к х; գ կ ք խ ղ հ), s for sibilants and affricates (s z sh ch zh j ts dz ş ç c(az); ж ш
///      щ ч ц з с; ջ ժ շ չ ճ ց ծ ձ զ ս), p b t d v f l m n r themselves; y/й/յ and signs dropped;
///   2. vowels are dropped except at the start (marked "a"), and a consonant class repeated with no
///      vowel between counts once (doubled letters, kh+h).
/// No key when it would have fewer than 3 consonants (too many words would share it) or the term
/// has letters of no known script (digits).
std::vector<std::string> name_keys(std::string_view term, Language language);

/// True when a surface word is written like a name: its first letter is upper case.
bool looks_like_name(std::string_view surface);

}  // namespace liaison

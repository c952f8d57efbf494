#pragma once
#include <string>
#include <string_view>

namespace liaison {

/// A light suffix stripper for Azerbaijani nouns (Snowball has no Azerbaijani stemmer and the
/// Turkish one mangles ə and ğ). Input: a normalised term (lowercase, ə not ә).
///
/// It cuts at an apostrophe (Qarabağ'ın → qarabağ), then strips at most one suffix per slot,
/// outermost first:
///   1. copula            -dır -dir -dur -dür
///   2. case              ablative -dan -dən -ndan -ndən; locative -da -də -nda -ndə (and
///                        -dakı -dəki -ndakı -ndəki); genitive -ın -in -un -ün -nın -nin -nun
///                        -nün; dative -a -ə -ya -yə -na -nə; accusative -nı -ni -nu -nü;
///                        instrumental -la -lə -yla -ylə
///   3. possessive        -ım -im -um -üm, -ın -in -un -ün, -ımız … -mız …, -ınız … -nız …,
///                        -sı -si -su -sü, -ları -ləri, -ı -i -u -ü (also the bare accusative)
///   4. plural            -lar -lər
///   5. a last bare vowel (-a -ə -ı -i -u -ü) after a consonant, so
///      that a vowel-final word and its inflected forms share one stem (gömrükçü,
///      gömrükçüsü, gömrükçülər → gömrükç).
/// A suffix is stripped only when:
///   - at least 3 letters remain (4 for a one-vowel suffix) and they hold a vowel (no
///     over-stemming of short roots: suda, evdə, Bakı, ölkə stay);
///   - its vowel agrees in backness with the last vowel of what remains (back a ı o u,
///     front e ə i ö ü: vowel harmony);
///   - buffer rules hold: -y-, -s- and -n- forms follow a vowel, vowel-initial forms a
///     consonant. A case form with buffer -n- is read only after a 3rd-person possessive
///     (-sı, -ları), a noun in -iya/-iyə or a known vowel-final root: otherwise Azərbaycanın
///     would lose the n of its root. Its price: an unlisted vowel-final noun keeps an n in
///     the accusative (gömrükçünü → gömrükçün). Likewise -sı is read as the
///     possessive after a vowel, not as -ı after an s-final noun (təşəbbüsü → təşəbb).
/// A list of common vowel-final roots (müqavilə, məsələ, ölkə, Bakı, Gəncə, Şuşa, erməni …)
/// stops stripping when reached, and a suffix leaving one is preferred, so they keep readable
/// stems: Bakı, Bakıya, Bakının → bakı; müqavilələrin → müqavilə. Verbs are not handled.
std::string stem_azerbaijani(std::string_view term);

}  // namespace liaison

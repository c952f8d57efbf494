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
///                        -nün; dative -a -ə -ya -yə -na -nə; accusative -ı -i -u -ü -nı -ni -nu
///                        -nü; instrumental -la -lə -yla -ylə
///   3. possessive        -ım -im -um -üm, -ımız … -mız …, -ınız … -nız …, -sı -si -su -sü,
///                        -ları -ləri, -ı -i -u -ü
///   4. plural            -lar -lər
///   5. a last bare vowel (-a -ə -ı -i -u -ü) left after a consonant, so that a vowel-final
///      word and its inflected forms share one stem (ölkə, ölkəni, ölkələr → ölk).
/// A suffix is stripped only when:
///   - at least 3 letters remain and they hold a vowel (no over-stemming of short roots);
///   - its vowel agrees in backness with the last vowel of what remains (back a ı o u,
///     front e ə i ö ü: vowel harmony);
///   - buffer rules hold: -n-, -y-, -s- forms follow a vowel, vowel-initial forms a consonant.
/// A short list of common vowel-final roots (müqavilə, məsələ, ölkə, Bakı, Gəncə, Şuşa,
/// erməni …) stops stripping as soon as it is reached, so they keep readable stems:
/// Bakı, Bakıya, Bakıda → bakı; müqavilələrin → müqavilə. Verbs are not handled.
std::string stem_azerbaijani(std::string_view term);

}  // namespace liaison

#pragma once
#include <string>
#include <string_view>

namespace liaison {

/// The Armenian stemmer: inflectional rules of our own, in place of Snowball's "armenian".
/// Input: a normalised term (lowercase, և as եւ, in-word marks removed).
///
/// Snowball's Armenian stemmer strips suffixes only inside its R2 region, so short and medium
/// words keep their case endings (գյուղի, բանի), the definite article -ը/-ն is never stripped
/// (Երեւանը stays whole while Երեւան → երեւ), the oblique stem's lost vowel splits a noun
/// (պայմանագիր / պայմանագրի) and -ություն meets -ության only sometimes (UD ArmTDP dev: 42 % of
/// multi-form lemmas get one stem). These rules, outermost suffix first, one cut per step:
///   1. the -ություն paradigm (-ության, -ությամբ, -ությունը, -ությունների …) → -ությ, and stop;
///   2. article -ը, or -ն after a consonant (-ներն, -ումն);
///   3. one case ending: -ից -ում -ով -ին -ի -ու -ուց -վա and the glide forms -յի -յից -յում -յով -յին;
///   4. plural -ներ / -եր;
///   5. verb endings: infinitive -ել/-ալ, participles -ած -ող -ելու -ելով -ելիս, aorist -եց -աց
///      -եցին, passive -վել -վեց -ված -վող;
///   6. the -ում / -ման of nouns of action (լուծում, լուծման → լուծ, as the verb լուծել);
///   7. a ն after a vowel (Երեւան, ապագան, Բաքուն) is dropped from words long enough;
///   8. alternations of the oblique stem: a final վ after a consonant (Բաքվ- of Բաքու) and the ի or
///      ու of a closed last syllable (պայմանագիր → պայմանագր, գլուխ → գլխ) are dropped;
///   9. a final vowel is dropped from words long enough, so that a noun and all its forms meet
///      whatever its last letters.
/// Each step keeps at least two letters (three before -ի). Chaining Snowball after these rules, or
/// using it for the words they leave alone, lowered F1 on UD dev (bench/stemming/README.md), so it
/// is not used for Armenian any more.
std::string stem_armenian(std::string_view term);

}  // namespace liaison

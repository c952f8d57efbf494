#pragma once
// The noun slots of the Azerbaijani stemmer (azerbaijani_stemmer.h): copula, case, possessive,
// plural, the verb forms left after them and a last bare vowel, each suffix with where it attaches.
#include <array>
#include <string_view>

#include "core/analysis/azerbaijani_letters.h"

namespace liaison::azerbaijani {

struct Suffix {
  std::u32string_view text;
  Attach attach;
};

// Each slot lists its suffixes longest first: the first one that may be stripped is.
// The 3rd-person -dIr(lAr) and the persons a vowel-final or s-free word takes as predicate
// (tələbə-yəm, hazır-sınız); -Am after a consonant is left: adam, axşam, qələm end so.
inline constexpr std::array kCopula = {
    Suffix{U"dırlar", Attach::Any}, Suffix{U"dirlər", Attach::Any}, Suffix{U"durlar", Attach::Any},
    Suffix{U"dürlər", Attach::Any}, Suffix{U"sınız", Attach::Any},  Suffix{U"siniz", Attach::Any},
    Suffix{U"sunuz", Attach::Any},  Suffix{U"sünüz", Attach::Any},  Suffix{U"dır", Attach::Any},
    Suffix{U"dir", Attach::Any},    Suffix{U"dur", Attach::Any},    Suffix{U"dür", Attach::Any},
    Suffix{U"yam", Attach::AfterVowel}, Suffix{U"yəm", Attach::AfterVowel}, Suffix{U"yıq", Attach::AfterVowel},
    Suffix{U"yik", Attach::AfterVowel}, Suffix{U"yuq", Attach::AfterVowel}, Suffix{U"yük", Attach::AfterVowel},
    // the 1st person plural as spoken, its q or k written x (evdəyix, yoldayıx)
    Suffix{U"yıx", Attach::AfterVowel}, Suffix{U"yix", Attach::AfterVowel}, Suffix{U"yux", Attach::AfterVowel},
    Suffix{U"yüx", Attach::AfterVowel},
    Suffix{U"san", Attach::Any},    Suffix{U"sən", Attach::Any},
    // The copula's past, evidential and conditional after a vowel (evdə-ydi, yaxşı-ymış,
    // ölkə-ysə: i-di, i-miş, i-sə written on); after a consonant they read as -dI -mIş -sA.
    Suffix{U"ydılar", Attach::AfterVowel}, Suffix{U"ydilər", Attach::AfterVowel},
    Suffix{U"ymış", Attach::AfterVowel}, Suffix{U"ymiş", Attach::AfterVowel}, Suffix{U"ymuş", Attach::AfterVowel},
    Suffix{U"ymüş", Attach::AfterVowel}, Suffix{U"ydı", Attach::AfterVowel}, Suffix{U"ydi", Attach::AfterVowel},
    Suffix{U"ydu", Attach::AfterVowel}, Suffix{U"ydü", Attach::AfterVowel}, Suffix{U"ysa", Attach::AfterVowel},
    Suffix{U"ysə", Attach::AfterVowel},
    // and the past's persons (evdəydim, kənddəydik, haradaydın, evdəydiniz)
    Suffix{U"ydınız", Attach::AfterVowel}, Suffix{U"ydiniz", Attach::AfterVowel}, Suffix{U"ydım", Attach::AfterVowel},
    Suffix{U"ydim", Attach::AfterVowel}, Suffix{U"ydıq", Attach::AfterVowel}, Suffix{U"ydik", Attach::AfterVowel},
    Suffix{U"ydın", Attach::AfterVowel}, Suffix{U"ydin", Attach::AfterVowel},
    Suffix{U"ydıx", Attach::AfterVowel}, Suffix{U"ydix", Attach::AfterVowel}};  // -ydIQ as spoken

inline constexpr std::array kCase = {
    Suffix{U"ndakı", Attach::AfterVowel}, Suffix{U"ndəki", Attach::AfterVowel},
    Suffix{U"ndan", Attach::AfterVowel}, Suffix{U"ndən", Attach::AfterVowel}, Suffix{U"dakı", Attach::Any},
    Suffix{U"dəki", Attach::Any},
    // ilə as spoken and written on: -ynAn after a vowel, -nAn after a consonant (nənəynən,
    // dostumnan), which is also the ablative after an n (imtahannan, üstünnən)
    Suffix{U"ynan", Attach::AfterVowel}, Suffix{U"ynən", Attach::AfterVowel}, Suffix{U"nan", Attach::Any},
    Suffix{U"nən", Attach::Any},
    // the spoken -cAn (until) after the dative (axşamacan, evəcən, indiyəcən: until the evening, ...)
    Suffix{U"yacan", Attach::AfterVowel}, Suffix{U"yəcən", Attach::AfterVowel},
    Suffix{U"acan", Attach::AfterConsonant}, Suffix{U"əcən", Attach::AfterConsonant},
    Suffix{U"nda", Attach::AfterVowel}, Suffix{U"ndə", Attach::AfterVowel},
    Suffix{U"dan", Attach::Any}, Suffix{U"dən", Attach::Any}, Suffix{U"nın", Attach::AfterVowel},
    Suffix{U"nin", Attach::AfterVowel}, Suffix{U"nun", Attach::AfterVowel},
    Suffix{U"nün", Attach::AfterVowel}, Suffix{U"yla", Attach::AfterVowel},
    Suffix{U"ylə", Attach::AfterVowel}, Suffix{U"da", Attach::Any}, Suffix{U"də", Attach::Any},
    Suffix{U"ın", Attach::AfterConsonant}, Suffix{U"in", Attach::AfterConsonant},
    Suffix{U"un", Attach::AfterConsonant}, Suffix{U"ün", Attach::AfterConsonant},
    Suffix{U"ya", Attach::AfterVowel}, Suffix{U"yə", Attach::AfterVowel}, Suffix{U"na", Attach::AfterVowel},
    Suffix{U"nə", Attach::AfterVowel}, Suffix{U"nı", Attach::AfterVowel}, Suffix{U"ni", Attach::AfterVowel},
    Suffix{U"nu", Attach::AfterVowel}, Suffix{U"nü", Attach::AfterVowel},
    Suffix{U"la", Attach::AfterConsonant}, Suffix{U"lə", Attach::AfterConsonant},
    // the equative -cA after a consonant (fikrincə, müddətcə, ardınca); after a vowel it is the
    // dative of a c-final noun (ehtiyac-a, xaric-ə) or a root's end (dərəcə)
    Suffix{U"ca", Attach::AfterConsonant}, Suffix{U"cə", Attach::AfterConsonant},
    // A bare accusative -ı -i -u -ü is left to the possessive slot, which strips the same
    // letters after a consonant but prefers the 3rd-person -sı after a vowel.
    Suffix{U"a", Attach::AfterConsonant}, Suffix{U"ə", Attach::AfterConsonant}};

inline constexpr std::array kPossessive = {Suffix{U"ımız", Attach::AfterConsonant},
                                    Suffix{U"imiz", Attach::AfterConsonant},
                                    Suffix{U"umuz", Attach::AfterConsonant},
                                    Suffix{U"ümüz", Attach::AfterConsonant},
                                    Suffix{U"ınız", Attach::AfterConsonant},
                                    Suffix{U"iniz", Attach::AfterConsonant},
                                    Suffix{U"unuz", Attach::AfterConsonant},
                                    Suffix{U"ünüz", Attach::AfterConsonant},
                                    Suffix{U"larım", Attach::Any},  // with the plural: -Im alone is read last
                                    Suffix{U"lərim", Attach::Any},
                                    Suffix{U"ları", Attach::Any},
                                    Suffix{U"ləri", Attach::Any},
                                    Suffix{U"mız", Attach::AfterVowel},
                                    Suffix{U"miz", Attach::AfterVowel},
                                    Suffix{U"muz", Attach::AfterVowel},
                                    Suffix{U"müz", Attach::AfterVowel},
                                    Suffix{U"nız", Attach::AfterVowel},
                                    Suffix{U"niz", Attach::AfterVowel},
                                    Suffix{U"nuz", Attach::AfterVowel},
                                    Suffix{U"nüz", Attach::AfterVowel},
                                    Suffix{U"ın", Attach::AfterConsonant},
                                    Suffix{U"in", Attach::AfterConsonant},
                                    Suffix{U"un", Attach::AfterConsonant},
                                    Suffix{U"ün", Attach::AfterConsonant},
                                    Suffix{U"sı", Attach::AfterVowel},
                                    Suffix{U"si", Attach::AfterVowel},
                                    Suffix{U"su", Attach::AfterVowel},
                                    Suffix{U"sü", Attach::AfterVowel},
                                    Suffix{U"ı", Attach::AfterConsonant},
                                    Suffix{U"i", Attach::AfterConsonant},
                                    Suffix{U"u", Attach::AfterConsonant},
                                    Suffix{U"ü", Attach::AfterConsonant}};

inline constexpr std::array kPlural = {Suffix{U"lar", Attach::Any}, Suffix{U"lər", Attach::Any}};

// Verb forms frequent in news, after the plural (imzalayıblar → imzalayıb → imzala): perfect -ıb
// (-yıb after a vowel), evidential -mış, future -acaq, necessity -malı, infinitive -maq, past
// -dı. Present -ır and participle -an are left alone: nazir, Ermənistan end the same way.
inline constexpr std::array kVerb = {
    Suffix{U"yacaq", Attach::AfterVowel},     Suffix{U"yəcək", Attach::AfterVowel},
    Suffix{U"acaq", Attach::AfterConsonant},  Suffix{U"əcək", Attach::AfterConsonant},
    Suffix{U"malı", Attach::Any},             Suffix{U"məli", Attach::Any},
    Suffix{U"yıb", Attach::AfterVowel},       Suffix{U"yib", Attach::AfterVowel},
    Suffix{U"yub", Attach::AfterVowel},       Suffix{U"yüb", Attach::AfterVowel},
    Suffix{U"mış", Attach::Any},              Suffix{U"miş", Attach::Any},
    Suffix{U"muş", Attach::Any},              Suffix{U"müş", Attach::Any},
    Suffix{U"maq", Attach::Any},              Suffix{U"mək", Attach::Any},
    Suffix{U"yacax", Attach::AfterVowel},     Suffix{U"yəcəx", Attach::AfterVowel},  // q, k written x
    Suffix{U"acax", Attach::AfterConsonant},  Suffix{U"əcəx", Attach::AfterConsonant},
    Suffix{U"max", Attach::Any},              Suffix{U"məx", Attach::Any},
    Suffix{U"ıb", Attach::AfterConsonant},    Suffix{U"ib", Attach::AfterConsonant},
    Suffix{U"ub", Attach::AfterConsonant},    Suffix{U"üb", Attach::AfterConsonant},
    Suffix{U"dı", Attach::Any},               Suffix{U"di", Attach::Any},
    Suffix{U"du", Attach::Any},               Suffix{U"dü", Attach::Any}};

inline constexpr std::array kBareVowel = {
    Suffix{U"a", Attach::AfterConsonant}, Suffix{U"ə", Attach::AfterConsonant},
    Suffix{U"ı", Attach::AfterConsonant}, Suffix{U"i", Attach::AfterConsonant},
    Suffix{U"u", Attach::AfterConsonant}, Suffix{U"ü", Attach::AfterConsonant}};

}  // namespace liaison::azerbaijani

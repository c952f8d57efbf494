#pragma once
// The verb endings of Azerbaijani as patterns (azerbaijani_verbs.h spells them out).
#include <string_view>

namespace liaison::azerbaijani {

// Verb endings after the stem, as patterns: A is a/ə and I is ı/i/u/ü by vowel harmony, Q is
// q/k and G is ğ/y after the vowel before them, a leading Y is the buffer y after a vowel stem.
// Tense or mood first, then person, plural or copula; negative forms with -mA-/-m-. Only endings
// few nouns have, those nouns listed below (nazir, insan); the aorist -Ar (xəbər) and the
// conditional -sA (Fransa) are left alone.
inline constexpr std::u32string_view kVerbPatterns[] = {
    // future
    U"YAcAQ", U"YAcAGAm", U"YAcAGIQ", U"YAcAQsAn", U"YAcAQsInIz", U"YAcAQlAr", U"YAcAQdIr", U"YAcAQdI",
    U"YAcAGI", U"mAyAcAQ", U"mAyAcAGAm", U"mAyAcAGIQ", U"mAyAcAQlAr", U"mAyAcAQdIr",
    // present, past continuous
    U"YIr", U"YIrAm", U"YIrsAn", U"YIrIQ", U"YIrsInIz", U"YIrlAr", U"YIrdI", U"YIrdIm", U"YIrdIQ", U"YIrdIlAr",
    U"YIrmIş", U"mIr", U"mIrAm", U"mIrsAn", U"mIrIQ", U"mIrlAr", U"mIrdI",
    // past (kəndi, kəndim read so lose the d their stem loses anyway: drop_final_d)
    U"dI", U"dIm", U"dIn", U"dIQ", U"dInIz", U"dIlAr", U"mAdI", U"mAdIm", U"mAdIQ", U"mAdIlAr", U"mAdInIz",
    // perfect, evidential
    U"YIb", U"YIbdIr", U"YIblAr", U"YIbsAn", U"YIbdI", U"YIbdIlAr", U"mAyIb", U"mAyIbdIr",
    U"mIş", U"mIşdIr", U"mIşAm", U"mIşsAn", U"mIşIQ", U"mIşlAr", U"mIşdI", U"mIşdIlAr", U"mAmIş",
    U"mAmIşdIr",
    // negative aorist, necessity
    U"mAz", U"mAzlAr", U"mArAm", U"mArIQ", U"mAzsAn", U"mAzdI", U"mAlI", U"mAlIdIr", U"mAlIyAm",
    U"mAlIyIQ", U"mAlIydI", U"mAlIdIrlAr", U"mAmAlI", U"mAmAlIdIr",
    // converbs, participle in -dIGI, infinitive
    U"YArAQ", U"mAdAn", U"dIGI", U"dIGInI", U"dIGInA", U"dIGIndA", U"dIGIndAn", U"dIGInIn", U"dIGImIz",
    U"dIGIm", U"mAQ", U"mAGA", U"mAQdA", U"mAQdAn", U"mAQlA",
    // participle in -An, converbs in -AndA, -IncA
    U"YAn", U"YAnlAr", U"YAndA", U"YAndAn", U"YIncA",
    // aorist with a person or past (the bare -Ar only after the verbs of kAoristVerbStems)
    U"YArAm", U"YArIQ", U"YArsAn", U"YArsInIz", U"YArdI", U"YArdIm", U"YArdIQ", U"YArdIlAr", U"mAzlAr",
    // conditional, imperative and optative of the 3rd person
    U"sA", U"sAm", U"sAQ", U"sAnIz", U"sAlAr", U"sAydI", U"sAydIm", U"sAydIQ", U"sAydInIz", U"sAydIlAr",
    U"mAsA", U"sIn", U"sInlAr", U"mAsIn",
    // verbal noun in -mA with its cases (the bare -mA is left: proqram-a, film-ə)
    U"mAnIn", U"mAyA", U"mAsI", U"mAsInI", U"mAsInA", U"mAsIndA", U"mAsIndAn", U"mAsInIn", U"mAQdAdIr",
    // participle in -dIQ with possessive and case
    U"dIQlArI", U"dIQlArInI", U"dIQlArInA", U"dIQdA", U"dIQdAn", U"dIQcA", U"dIGInIz",
    // present and past negatives with a person
    U"mIrsInIz", U"mIrdIm", U"mIrdIlAr", U"mAyAcAGAm", U"mAyIblAr",
    // the persons of the pluperfect, the future in the past and the past continuous; the
    // evidential's 2nd person as written (gəlmisən); negatives of the conditional, the
    // imperative and the pluperfect; the converbs -Arkən (while; its kən keeps its vowel) and
    // -IncAyA (until)
    U"mIşdIm", U"mIşdIQ", U"mIşdInIz", U"YAcAQdIm", U"YAcAQdIQ", U"YAcAQdInIz", U"YAcAQdIlAr", U"YIrdInIz",
    U"mIsAn", U"mIsInIz", U"mAsAQ", U"mAsAnIz", U"mAyIn", U"mAyInIz", U"mAmIşdI", U"mAmIşdIm",
    U"YArkən", U"YIncAyA",
    // the converb -mAzdAn (before), the conditional after a tense (olarsa, gəlirsə, gəlmirsə,
    // başlamışdırsa), the perfect's evidential (gəlibmiş), and the converb -yA of de- and ye-
    // (deyə: after other stems it is the dative's, bazara)
    U"mAzdAn", U"YArsA", U"YIrsA", U"mIrsA", U"mIşdIrsA", U"YIbmIş", U"YA",
    // the optative's 1st person plural, read after a voiced stem or de-, ye- only (edək, gedək,
    // deyək): after others it is a noun's end (ürək, torpaq, uşaq)
    U"YAQ",
    // the necessity's and the negative aorist's 2nd persons (düşünməlisiniz, bilməzsiniz), the
    // copula after the infinitive, the verbal noun and the participle (deməkdir, olmamasıdır,
    // olunandır), the negative necessity's plural (göstərməməlidirlər)
    U"mAlIsAn", U"mAlIsInIz", U"mAzsInIz", U"mAQdIr", U"mAsIdIr", U"YAndIr", U"mAmAlIdIrlAr",
    // the negative optative's 1st person plural (baxmayaq)
    U"mAyAQ",
    // spoken forms: the negative past continuous's persons (bilmirdik, bilmirdin), the past
    // conditional's 2nd person (gəlsəydin), the conditional's 2nd person (getsən: after a vowel
    // only a listed verb's, istəsən; haqlısan, tələbəsən are nouns with the copula), the converb
    // -(y)AnAdAQ (until: görüşənədək, gələnədək)
    U"mIrdIQ", U"mIrdIn", U"mIrdInIz", U"sAydIn", U"sAn", U"YAnAdAQ",
    // the future's 1st person as spoken and often written (gələcəm, olacam for gələcəyəm, olacağam)
    U"YAcAm",
    // the persons of the pluperfect and the past negative aorist not listed above (gəlmişdin,
    // bilməzdim; not the past aorist's -YArdIn: milyard-ın), and the urging imperative -sAnA (alsana)
    U"mIşdIn", U"mAzdIm", U"mAzdIQ", U"mAzdIn", U"mAzdInIz", U"mAzdIlAr", U"sAnA",
    // the conditional after a present with a person (bilirsənsə, gedirəmsə, gəlmirəmsə), the
    // converb -(y)AlI (since: gələli, görməyəli; read after the optative's verbs only: other stems'
    // -alı, -əli are a noun's), after a listed verb the past aorist's 2nd person (görərdin;
    // milyard-ın is no verb's); not the past continuous's -YIrdIn: bitirdin is bitir-din, not bit-irdin
    U"YIrAmsA", U"YIrsAnsA", U"YIrIQsA", U"YIrsInIzsA", U"YIrlArsA", U"mIrAmsA", U"mIrsAnsA",
    U"YAlI", U"mAyAlI", U"YArdIn",
    // spoken: the future's 1st person plural with its ğ written y or its vowel narrowed
    // (çağıracayıq, oturacıyıx), the perfect's 2nd person plural (yazıbsınız, alıpsız)
    U"YAcAyIQ", U"YAcIyIQ", U"YIbsInIz", U"YIbsIz",
    // spoken: the 2nd person plural -sIz (gedirsiz, baxmısız, olacaxsız, baxarsız), the 3rd person
    // plural of the present with its r assimilated (gedillər, vermillər), the imperative -gInAn
    // (gəlginən: come!)
    U"YIrsIz", U"mIrsIz", U"mIsIz", U"YAcAQsIz", U"YArsIz", U"mAzsIz", U"mAlIsIz", U"YIllAr", U"mIllAr",
    U"gInAn",
    // spoken: the future in the past with its q gone (qalacaydıq), the necessity's copula -dI
    // (görməlidi), the optative's 1st person (alım, deyim, oynayım: read after the optative's verbs)
    U"YAcAydI", U"YAcAydIm", U"YAcAydIQ", U"YAcAydIn", U"YAcAydIlAr", U"mAlIdI", U"YIm",
    // the converb -AndAn (after) as spoken, -AnnAn (yeyənnən sonra: after eating)
    U"YAnnAn"};

}  // namespace liaison::azerbaijani

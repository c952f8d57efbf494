"""Regular paradigms of standard written Azerbaijani: a dev list for the stemmer (not a test).

Suffixes are written with A (a/ə) and I (ı/i/u/ü), resolved by vowel harmony against the word
built so far; Y is the buffer y after a vowel (dropped after a consonant); a final q/k of the
word softens to ğ/y before a vowel; a voiced stem (get -> ged) replaces t before a vowel.
"""
VOWELS = 'aıoueəiöü'
FOUR = {'a': 'ı', 'ı': 'ı', 'o': 'u', 'u': 'u', 'e': 'i', 'ə': 'i', 'i': 'i', 'ö': 'ü', 'ü': 'ü'}


def last_vowel(word):
    return next((c for c in reversed(word) if c in VOWELS), 'a')


def add(word, suffix, voiced=None):
    """`word` + `suffix` with harmony, buffers and softening."""
    out = word
    for c in suffix:
        at_boundary = out == word
        if c in 'YNS':  # buffer consonants, after a vowel only
            if out[-1] in VOWELS:
                out += c.lower()
            continue
        if c == 'J':  # a vowel dropped after a vowel (ölkə-m, kənd-im)
            if out[-1] in VOWELS:
                continue
            c = 'I'
        if c in 'QG':  # q/k and ğ/y by harmony
            back = last_vowel(out) in 'aıou'
            out += ('q' if back else 'k') if c == 'Q' else ('ğ' if back else 'y')
            continue
        if c in 'AI':
            letter = ('a' if last_vowel(out) in 'aıou' else 'ə') if c == 'A' else FOUR[last_vowel(out)]
            if at_boundary and voiced:
                out = voiced
            elif at_boundary and out[-1] in 'qk' and sum(ch in VOWELS for ch in out) > 1:  # not çək-ir, yük-ü
                out = out[:-1] + ('ğ' if out[-1] == 'q' else 'y')
            out += letter
            continue
        out += c
    return out


def chain(word, *suffixes, voiced=None):
    for n, s in enumerate(suffixes):
        word = add(word, s, voiced if n == 0 else None)
    return word


def verb_forms(stem, voiced=None):
    pres = chain(stem, 'YIr', voiced=voiced)
    fut = chain(stem, 'YAcAQ', voiced=voiced)
    perf = chain(stem, 'YIb', voiced=voiced)
    past = chain(stem, 'dI')
    forms = [chain(stem, 'mAQ'), pres, add(pres, 'lAr'), add(pres, 'Am'), add(pres, 'IQ'), add(pres, 'sAn'),
             past, add(past, 'lAr'), add(past, 'm'), add(past, 'Q'), add(past, 'nIz'),
             perf, add(perf, 'dIr'), add(perf, 'lAr'), chain(stem, 'mIş'), chain(stem, 'mIş', 'dIr'),
             fut, add(fut, 'IQ'), add(fut, 'Am'), add(fut, 'lAr'), add(fut, 'dIr'),
             chain(stem, 'mAz'), chain(stem, 'mA', 'dI'), chain(stem, 'mA', 'YAcAQ'), chain(stem, 'mIr'),
             chain(stem, 'YAn', voiced=voiced), chain(stem, 'YAn', 'lAr', voiced=voiced),
             chain(stem, 'YArAQ', voiced=voiced), chain(stem, 'YAndA', voiced=voiced),
             chain(stem, 'dIGI'), chain(stem, 'YAr', voiced=voiced), chain(stem, 'mAlI', 'dIr'),
             chain(stem, 'sA'), chain(stem, 'sIn'), chain(stem, 'mA'), chain(stem, 'mA', 'NIn'),
             chain(stem, 'mA', 'YA'),
             # the spoken standard: past continuous, persons of the evidential and the negative,
             # the conditional's past, imperatives of the plural
             add(pres, 'dI'), add(pres, 'dIm'), chain(stem, 'mIş', 'Am'), chain(stem, 'mIr', 'Am'),
             chain(stem, 'sA', 'YdI'), chain(stem, 'YIn', voiced=voiced), chain(stem, 'sIn', 'lAr')]
    return forms


def noun_forms(noun, soft=None):
    def f(*suffixes):
        word = noun
        for n, s in enumerate(suffixes):
            word = add(word, s, soft if n == 0 else None)
        return word
    pl = f('lAr')
    return [noun, f('NIn'), f('YA'), f('NI'), f('dA'), f('dAn'), f('YlA'), f('dIr'), f('dA', 'dIr'),
            f('Jm'), f('JmIz'), f('JmIz', 'In'), f('JmIz', 'A'), f('JmIz', 'dA'), f('JmIz', 'dAn'),
            f('SJ'), f('SJ', 'nIn'), f('SJ', 'nA'), f('SJ', 'ndA'), f('SJ', 'ndAn'), f('dAkI'),
            pl, add(pl, 'In'), add(pl, 'A'), add(pl, 'I'), add(pl, 'dA'), add(pl, 'dAn'), add(pl, 'lA'),
            add(pl, 'dIr'), add(pl, 'ImIz'), chain(pl, 'ImIz', 'In'), chain(pl, 'ImIz', 'A'),
            chain(pl, 'ImIz', 'dA'), chain(pl, 'ImIz', 'dAn'), chain(pl, 'I', 'nIn'), chain(pl, 'I', 'nA'),
            chain(pl, 'I', 'ndA'), chain(pl, 'I', 'ndAn'), add(pl, 'dAkI'), chain(pl, 'dA', 'dIr'),
            # the copula's past and evidential written on (evdəydi, kənddəymiş), with a 1st person
            f('dA', 'YdI'), f('dA', 'YmIş'), f('Jm', 'dIr'), f('Jm', 'A'), f('Jm', 'In')]


NOUNS = [('kənd', None), ('ev', None), ('ölkə', None), ('şəhər', None), ('torpaq', 'torpağ'), ('kitab', None),
         ('dost', None), ('xalq', None), ('sərhəd', None), ('ordu', None), ('əsgər', None), ('qaçqın', None),
         ('uşaq', 'uşağ'), ('ana', None), ('qardaş', None), ('bacı', None), ('məktəb', None), ('yol', None),
         ('iş', None), ('gün', None), ('il', None), ('söz', None), ('hökumət', None), ('ərazi', None),
         ('sənəd', None), ('danışıq', 'danışığ'), ('müharibə', None), ('prezident', None), ('nazir', None),
         ('sülh', None), ('həyat', None), ('tarix', None), ('xəbər', None), ('dil', None), ('bayraq', 'bayrağ'),
         ('körpü', None), ('qapı', None), ('göz', None), ('ürək', 'ürəy'), ('köməkçi', None),
         ('ata', None), ('nənə', None), ('yük', None), ('qız', None)]
VERBS = [('gəl', None), ('get', 'ged'), ('al', None), ('ver', None), ('yaz', None), ('oxu', None),
         ('bil', None), ('gör', None), ('işlə', None), ('danış', None), ('imzala', None), ('başla', None),
         ('qayıt', 'qayıd'), ('et', 'ed'), ('ol', None), ('qal', None), ('tap', None), ('yaşa', None),
         ('düşün', None), ('gözlə', None), ('razılaş', None), ('çalış', None), ('keç', None), ('qur', None),
         ('bağla', None), ('aç', None), ('çıx', None), ('gir', None), ('öyrən', None), ('istə', None),
         ('soruş', None), ('göndər', None), ('yoxla', None), ('qoru', None), ('tanı', None), ('ödə', None),
         ('seç', None), ('bildir', None), ('yarat', 'yarad'), ('apar', None), ('gətir', None), ('tut', None),
         ('öldür', None), ('vur', None), ('ayır', None), ('çək', None), ('yat', None), ('iç', None),
         ('de', None), ('ye', None), ('otur', None), ('qalx', None)]

if __name__ == '__main__':
    print('# Written for Liaison from the regular paradigms of standard Azerbaijani (az_paradigms.py):')
    print(f'# {len(NOUNS)} nouns with plural, possessive, case and copula chains; {len(VERBS)} verbs in their common')
    print('# finite and non-finite forms. A tuning list; lemma, UPOS, form')
    for noun, soft in NOUNS:
        for form in dict.fromkeys(noun_forms(noun, soft)):
            print(f'{noun}\tNOUN\t{form}')
    for stem, voiced in VERBS:
        lemma = chain(stem, 'mAQ')
        for form in dict.fromkeys(verb_forms(stem, voiced)):
            print(f'{lemma}\tVERB\t{form}')

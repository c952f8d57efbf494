#!/usr/bin/env python3
"""Writes a word list (data/az-dialogue-dev.tsv, az-grammar-dev.tsv, az-colloquial-dev.tsv) from its sentences file.

The sentences file carries the hand-written lemmas (form=lemma, form=lemma/UPOS, form/UPOS);
this script only collects the distinct (lemma, UPOS, form) rows. The list's header is the file's
"#> " lines, else the dialogue list's (below). UPOS of a word without a tag:
the @TAG lines, else a tag given to the same lemma elsewhere, else VERB for -maq/-mək, else NOUN.
Usage: az_dialogue_list.py SENTENCES > TSV
"""
import re
import sys

HEADER = """\
# Written for Liaison (issue 17, sixth pass): the distinct word forms of about 600 everyday
# Azerbaijani dialogue sentences composed for this project (az-dialogue-dev-sentences.txt: questions
# and answers, requests, plans, feelings, family, shopping, travel, work), lower-cased; lemmas and
# UPOS written by hand in the sentences before the stemmer was run on them, pronouns, particles and
# postpositions included. The noun yemək (food) has the lemma "yemək (food)". lemma, UPOS, form"""

LOWER = str.maketrans({"I": "ı", "İ": "i"})
PUNCTUATION = ",.?!;:"


def lower(word):
    return word.translate(LOWER).lower()


def parse(token):
    """(form, lemma or None, UPOS or None) of one annotated token."""
    form, _, rest = token.partition("=")
    lemma, upos = (rest or None), None
    if rest and "/" in rest:
        lemma, upos = rest.split("/")
    elif not rest and "/" in form:
        form, upos = form.split("/")
    return lower(form), lemma and lemma.replace("_", " "), upos


def main(path):
    lines = [line.strip() for line in open(path, encoding="utf-8")]
    header = "\n".join(line[3:] for line in lines if line.startswith("#> ")) or HEADER
    lines = [line for line in lines if line and not line.startswith("#")]
    tag_lists = [line for line in lines if line.startswith("@")]
    sentences = [line for line in lines if not line.startswith("@")]
    listed = {}
    for line in tag_lists:
        tag, *lemmas = line[1:].split()
        listed.update({lemma.replace("_", " "): tag for lemma in lemmas})
    tokens = [parse(t.strip(PUNCTUATION)) for s in sentences for t in s.split() if t.strip(PUNCTUATION)]
    tagged = {}
    for form, lemma, upos in tokens:
        if upos:
            tagged.setdefault(lemma or form, upos)
    rows = set()
    for form, lemma, upos in tokens:
        lemma = lemma or form
        upos = upos or listed.get(lemma) or tagged.get(lemma) or ("VERB" if re.search("m(aq|ək)$", lemma) else "NOUN")
        rows.add((lemma, upos, form))
    print(header)
    for row in sorted(rows):
        print("\t".join(row))


if __name__ == "__main__":
    main(sys.argv[1])

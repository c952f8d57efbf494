#!/usr/bin/env python3
"""Builds the word lists of bench/stemming/data from Universal Dependencies treebanks.

For each (language, split) it writes <lang>-ud-<split>.tsv: one line per distinct
(lemma, UPOS, form) of the content words (UPOS NOUN PROPN ADJ VERB ADV), lower-cased, from the
lemma, UPOS and form columns of the CoNLL-U file. Multiword-token lines and words with digits are
skipped. Usage: extract_ud_words.py EXTERNAL_DIR OUT_DIR
"""
import os
import sys

TREEBANKS = {
    ("hy", "dev"): "ud-armenian-armtdp/hy_armtdp-ud-dev.conllu",
    ("hy", "test"): "ud-armenian-armtdp/hy_armtdp-ud-test.conllu",
    ("ru", "dev"): "ud-russian-gsd/ru_gsd-ud-dev.conllu",
    ("ru", "test"): "ud-russian-gsd/ru_gsd-ud-test.conllu",
    ("en", "dev"): "ud-english-ewt/en_ewt-ud-dev.conllu",
    ("en", "test"): "ud-english-ewt/en_ewt-ud-test.conllu",
    ("az", "test"): "ud-azerbaijani-tuecl/az_tuecl-ud-test.conllu",
}
CONTENT = {"NOUN", "PROPN", "ADJ", "VERB", "ADV"}


def lower(text, lang):
    if lang == "az":  # Turkic casing: I -> ı, İ -> i
        text = text.replace("I", "ı").replace("İ", "i")
    return text.lower()


def words(path, lang):
    pairs = set()
    with open(path, encoding="utf-8") as conllu:
        for line in conllu:
            cols = line.rstrip("\n").split("\t")
            if len(cols) != 10 or not cols[0].isdigit() or cols[3] not in CONTENT:
                continue
            form, lemma = lower(cols[1], lang), lower(cols[2], lang)
            if lemma == "_":  # no gold lemma
                continue
            if any(c.isdigit() for c in form) or not form.isalpha() and "-" not in form:
                continue
            pairs.add((lemma, cols[3], form))
    return sorted(pairs)


def main():
    external, out = sys.argv[1], sys.argv[2]
    for (lang, split), relative in TREEBANKS.items():
        pairs = words(os.path.join(external, relative), lang)
        target = os.path.join(out, f"{lang}-ud-{split}.tsv")
        with open(target, "w", encoding="utf-8") as tsv:
            tsv.write(f"# Derived from {relative} (Universal Dependencies, CC BY-SA 4.0): lemma, UPOS, form\n")
            for lemma, upos, form in pairs:
                tsv.write(f"{lemma}\t{upos}\t{form}\n")
        print(target, len(pairs))


if __name__ == "__main__":
    main()

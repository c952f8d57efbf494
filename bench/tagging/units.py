#!/usr/bin/env python3
"""Cuts the UN General Assembly speeches (../shared/external/un-general-debate-arm-aze) into the
units that bench/tagging/un_labels.tsv labels, so that the labels hold no text of their own.

A unit is a run of whole sentences of at most MAX_WORDS words inside one paragraph of the speech
(a sentence longer than that is a unit alone). The texts are hard-wrapped: lines are joined first.
The cut is deterministic and independent of Liaison's own passage splitter, so a change in the
loader never moves a label.

Usage: units.py TEXTS_DIR [--speech 2007_ARM] [--format tsv|md]
  tsv: unit_id, sha1 prefix of the unit text, word count, text (one unit a line)
  md:  one Markdown document per speech on stdout is not useful; see write_corpus() instead.
"""
import argparse
import hashlib
import re
import sys
from pathlib import Path

MAX_WORDS = 120
HEADER = re.compile(r"^[a-z_]+: ")
# A sentence ends at . ! ? (optionally followed by a closing quote or bracket) before a space and
# an upper-case letter, a digit or an opening quote. "Mr. Smith", "U.N. forces" are rare enough in
# these texts; an abbreviation mis-cut only makes two units out of one sentence.
SENTENCE_END = re.compile(r'(?<=[.!?])["”’)]?\s+(?=[A-Z0-9"“‘(])')


def speech_id(path: Path) -> str:
    """2007_ARM_UNGA62.txt -> 2007_ARM"""
    return "_".join(path.stem.split("_")[:2])


def body_paragraphs(text: str) -> list[str]:
    """Paragraphs of the speech body (after the key: value header), hard-wrapped lines joined."""
    lines = text.split("\n")
    start = 0
    while start < len(lines) and HEADER.match(lines[start]):
        start += 1
    paragraphs, current = [], []
    for line in lines[start:] + [""]:
        if line.strip():
            current.append(line.strip())
        elif current:
            paragraphs.append(join_wrapped(current))
            current = []
    return paragraphs


def join_wrapped(lines: list[str]) -> str:
    joined = ""
    for line in lines:
        if joined.endswith("-") and len(joined) > 1 and joined[-2].isalpha():
            joined += line  # "peace-" + "building": keep the hyphenated word whole
        elif joined:
            joined += " " + line
        else:
            joined = line
    return re.sub(r"\s+", " ", joined)


def units_of(text: str) -> list[str]:
    units = []
    for paragraph in body_paragraphs(text):
        current, words = [], 0
        for sentence in SENTENCE_END.split(paragraph):
            n = len(sentence.split())
            if current and words + n > MAX_WORDS:
                units.append(" ".join(current))
                current, words = [], 0
            current.append(sentence)
            words += n
        if current:
            units.append(" ".join(current))
    return units


def fingerprint(unit: str) -> str:
    return hashlib.sha1(unit.encode("utf-8")).hexdigest()[:8]


def all_units(texts_dir: Path):
    """Yields (unit_id, fingerprint, text) for every speech in the folder, in file order."""
    for _, _, units in all_speeches(texts_dir):
        yield from units


def header_value(text: str, key: str) -> str:
    """A `key: value` line of the speech's header ("" when absent)."""
    for line in text.split("\n"):
        if not HEADER.match(line):
            break
        if line.startswith(key + ": "):
            return line[len(key) + 2:].strip()
    return ""


def all_speeches(texts_dir: Path):
    """Yields (speech_id, title, [(unit_id, fingerprint, text), …]) per speech, units in order."""
    for path in sorted(texts_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        units = [(f"{speech_id(path)}#{n}", fingerprint(unit), unit)
                 for n, unit in enumerate(units_of(text), start=1)]
        yield speech_id(path), header_value(text, "title"), units


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("texts_dir", type=Path)
    parser.add_argument("--speech", help="only this speech, e.g. 2007_ARM")
    args = parser.parse_args()
    for unit_id, print_, text in all_units(args.texts_dir):
        if args.speech and not unit_id.startswith(args.speech + "#"):
            continue
        print(f"{unit_id}\t{print_}\t{len(text.split())}\t{text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

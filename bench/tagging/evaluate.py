#!/usr/bin/env python3
"""Scores the CBM tagger against hand labels: the real-text labels of bench/tagging (UN speeches,
dev and held-out) and the project's own labels of its bundled corpus (tests/data/labels.tsv).

Usage: evaluate.py --indexer BIN --texts UN_TEXTS_DIR --repo REPO [--details] [--split S] [--mode M]
                   [--dev-labels context|alone|fresh|fresh2|both|all]
Prints, per split: per-area precision, recall and F1, the areas' macro-F1, and precision, recall
and F1 of measure references (every (unit, measure) pair). --details lists each disagreement.

The UN units are scored in two modes: each speech tagged as one document whose passages are its
units, in order (what the product does with any document it indexes: a unit takes context from
its neighbours and from the speech), and each unit tagged alone (the figures of rounds 1 to 5).

The dev units have two labellings: each unit read in its speech, by the held-out split's rules (the
default), and each unit read alone (the first labelling, rounds 1 to 6). The fresh split (speeches of
2004, 2005, 2010, 2014 and 2015, labelled in context by the held-out rules) is a third tuning labelling,
the fresh2 split (1992, 1993, 2016, 2017, 2022, 2023 and 2024, labelled the same way) a fourth:
--dev-labels fresh or fresh2 scores one alone, all scores both beside both dev labellings.
"""
import argparse
import json
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import units as units_module  # noqa: E402

AREAS = ["diplomacy", "communities", "economy", "education", "public-space"]


class Confusion:
    def __init__(self):
        self.tp = self.fp = self.fn = 0

    def add(self, expected, found):
        if expected and found:
            self.tp += 1
        elif found:
            self.fp += 1
        elif expected:
            self.fn += 1

    @staticmethod
    def ratio(a, b):
        return 1.0 if b == 0 else a / b  # nothing to find and nothing found counts as perfect

    def precision(self):
        return self.ratio(self.tp, self.tp + self.fp)

    def recall(self):
        return self.ratio(self.tp, self.tp + self.fn)

    def f1(self):
        p, r = self.precision(), self.recall()
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)


class Split:
    def __init__(self, name):
        self.name, self.units = name, 0
        self.areas = {a: Confusion() for a in AREAS}
        self.measures = Confusion()
        self.disagreements = []

    def add(self, key, gold_areas, gold_measures, found):
        found_areas, found_measures = tag_ids(found["areas"]), tag_ids(found["measures"])
        self.units += 1
        for area in AREAS:
            self.areas[area].add(area in gold_areas, area in found_areas)
        for measure in gold_measures | found_measures:
            self.measures.add(measure in gold_measures, measure in found_measures)
        if gold_areas != found_areas or gold_measures != found_measures:
            self.disagreements.append((key, gold_areas, gold_measures, found))

    def macro_f1(self):
        return sum(c.f1() for c in self.areas.values()) / len(AREAS)

    def report(self, details):
        print(f"{self.name}: {self.units} passages")
        for area, c in self.areas.items():
            print(f"  {area:13} P {c.precision():.3f}  R {c.recall():.3f}  F1 {c.f1():.3f}"
                  f"  (tp {c.tp}, fp {c.fp}, fn {c.fn})")
        print(f"  areas macro-F1 {self.macro_f1():.3f}")
        m = self.measures
        print(f"  measure references P {m.precision():.3f}  R {m.recall():.3f}  F1 {m.f1():.3f}"
              f"  (tp {m.tp}, fp {m.fp}, fn {m.fn})")
        if details:
            for key, gold_areas, gold_measures, found in self.disagreements:
                evidence = "; ".join(f"{t['id']} {t['score']}: {', '.join(t['evidence'])}"
                                     for t in found["areas"] + found["measures"])
                print(f"    {key}: gold {sorted(gold_areas)} {sorted(gold_measures)} | found {evidence}")


def ids(field):
    return set() if field in ("-", "") else set(field.split(","))


def tag_ids(tags):
    return {tag["id"] for tag in tags}


def read_tsv(path):
    """Rows of a label file; lines starting with # before the column names describe the file."""
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"))) for line in lines[1:] if line]


def run_indexer(indexer, args, stdin_text=""):
    done = subprocess.run([indexer, "tag", *args], input=stdin_text, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"indexer tag failed ({done.returncode}): {done.stderr}")
    return [json.loads(line) for line in done.stdout.splitlines() if line]


MODES = {"document": "speech as one document (the product)", "units": "units alone"}
DEV_LABELS = {"context": "un_labels_dev_context.tsv", "alone": "un_labels_dev.tsv", "fresh": "un_labels_fresh.tsv",
              "fresh2": "un_labels_fresh2.tsv"}
DEV_LABEL_SETS = {"both": ["context", "alone"], "all": list(DEV_LABELS)}
TUNING_SPLITS = {"dev", "fresh", "fresh2"}  # --split dev selects every split that may be tuned on


def units_request(speeches, labelled):
    return "\n".join(json.dumps({"id": unit_id, "text": text, "lang": "en"})
                     for _, _, units in speeches for unit_id, _, text in units if unit_id in labelled)


def documents_request(speeches, labelled):
    """Every speech with a labelled unit, whole: all its units are its passages."""
    return "\n".join(json.dumps({"id": speech, "title": title, "lang": "en",
                                 "passages": [{"id": unit_id, "text": text} for unit_id, _, text in units]})
                     for speech, title, units in speeches if any(u[0] in labelled for u in units))


def row_note(row):
    return f" (labels {row['labelling']})" if row.get("labelling") else ""


def real_text_splits(indexer, domain, texts, label_files, only, modes):
    speeches = list(units_module.all_speeches(texts))
    prints = {unit_id: print_ for _, _, units in speeches for unit_id, print_, _ in units}
    labels = [dict(row, labelling=note) for f, note in label_files for row in read_tsv(f)
              if only in ("", row["split"]) or (only == "dev" and row["split"] in TUNING_SPLITS)]
    stale = [row["unit_id"] for row in labels if prints.get(row["unit_id"], "") != row["fingerprint"]]
    if stale:
        sys.exit(f"labels name units whose text changed or is absent: {', '.join(stale[:5])} …")
    labelled = {row["unit_id"] for row in labels}
    splits = {}
    for mode in modes:
        request = (documents_request if mode == "document" else units_request)(speeches, labelled)
        tagged = {item["id"]: item for item in run_indexer(indexer, ["--domain", domain], request)}
        for row in labels:
            name = f"UN speeches, {row['split']}{row_note(row)}, {MODES[mode]}"
            split = splits.setdefault(name, Split(name))
            split.add(row["unit_id"], ids(row["areas"]), ids(row["measures"]), tagged[row["unit_id"]])
    return splits


def own_label_splits(indexer, domain, repo, only):
    tagged = {(item["doc"], item["n"]): item
              for item in run_indexer(indexer, ["--domain", domain, "--corpus", str(repo / "corpus" / "documents")])}
    splits = {}
    for row in read_tsv(repo / "tests" / "data" / "labels.tsv"):
        if only not in ("", row["split"]):
            continue
        name = f"bundled corpus, {row['split']}"
        split = splits.setdefault(name, Split(name))
        split.add(f"{row['doc_id']}#{row['passage_n']}", ids(row["areas"]), ids(row["measures"]),
                  tagged[(row["doc_id"], int(row["passage_n"]))])
    return splits


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--indexer", required=True)
    parser.add_argument("--texts", type=Path, required=True)
    parser.add_argument("--repo", type=Path, required=True)
    parser.add_argument("--details", action="store_true", help="list every disagreement with its evidence")
    parser.add_argument("--split", default="", help="only this split (dev, fresh, fresh2, train: the ones to tune on; "
                                                    "dev includes fresh and fresh2)")
    parser.add_argument("--mode", choices=[*MODES, "both"], default="both",
                        help="how the UN units are tagged: in their speech (document), alone (units), both")
    parser.add_argument("--dev-labels", choices=[*DEV_LABELS, *DEV_LABEL_SETS], default="context",
                        help="which tuning labels: dev read in their speech (context), dev alone, the fresh "
                             "split, the second fresh split (fresh2), both dev labellings, or all four")
    args = parser.parse_args()
    domain = str(args.repo / "corpus" / "domain")
    here = Path(__file__).resolve().parent
    dev_files = [(here / DEV_LABELS[k], "in context" if k == "context" else ("" if k in ("fresh", "fresh2") else k))
                 for k in DEV_LABEL_SETS.get(args.dev_labels, [args.dev_labels])]
    splits = real_text_splits(args.indexer, domain, args.texts,
                              dev_files + [(here / "un_labels_heldout.tsv", "")], args.split,
                              list(MODES) if args.mode == "both" else [args.mode])
    splits.update(own_label_splits(args.indexer, domain, args.repo, args.split))
    for split in splits.values():
        split.report(args.details)
    return 0


if __name__ == "__main__":
    sys.exit(main())

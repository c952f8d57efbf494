#!/usr/bin/env python3
"""Learns each area's per-passage decision from the tuning labels, with what the CBM rules weighed
as features (`indexer tag --features`), and compares it with the rules by cross-validation.

Usage: learn.py --indexer BIN --texts UN_TEXTS_DIR --repo REPO [--groups G,…] [--l2 X] [--un-only]
                [--details AREA]

Data: the UN tuning splits (dev read in context, fresh, fresh2; each speech tagged as one document,
as the product does) and the bundled corpus's train split. The UN held-out labels are never read.
Folds: each UN split is held back in turn (leave one year group out: the splits hold different
years) and fitted on the others and bundled train (--un-only: without it); then bundled train is
held back, fitted on the three UN splits. Each area's threshold is chosen inside the training folds
(the best F1 of their own leave-one-fold-out probabilities). Education is not fitted (seven
positive units in the UN splits): the rules decide it. A passage whose words give an area no
evidence never gets it, whatever the model.

Feature groups (--groups): evidence (what the rules weigh: evidence in and out of context, share of
the strongest area, anchoring, words of the conflict, neighbours' and document's support, full words
of the conflict, length, evidence strings), reliability (how often each concept that fired was right
in the other training folds), rules (whether the rules tagged the area), other-areas (the other
areas' evidence).
"""
import argparse
import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import evaluate  # noqa: E402
import units as units_module  # noqa: E402
from logistic import Logistic, best_threshold  # noqa: E402

FITTED = ["diplomacy", "communities", "economy", "public-space"]
UN_FILES = {"dev": "un_labels_dev_context.tsv", "fresh": "un_labels_fresh.tsv", "fresh2": "un_labels_fresh2.tsv"}
GROUPS = ["evidence", "reliability", "rules", "other-areas"]
PRIOR = ""  # the reliability key of a concept seen too little: the area's rate over all candidates
SMOOTHING = 4.0  # pseudo-passages at the prior that a concept's own record is weighed against


def concepts_of(evidence):
    """The ids behind an area's evidence strings ("villages (kəndinə)" -> "villages")."""
    return sorted({item.split(" (")[0] for item in evidence["items"]})


def evidence_features(f, e):
    strongest = max(a["weighed"] for a in f["areas"].values())
    return [math.log1p(e["weighed"]), math.log1p(e["raw"]), e["weighed"] / strongest if strongest > 0 else 0.0,
            1.0 if f["anchoring"] == "own" else 0.0, 1.0 if f["anchoring"] in ("neighbour", "document") else 0.0,
            e["conflict_words"] / e["raw"], math.log1p(e["beside"]), e["document_share"],
            1.0 if e["specific"] else 0.0, math.log1p(f["tokens"]), float(min(len(e["items"]), 4))]


def features(passage, area, groups, reliability):
    """The decision's inputs for one area of one tagged passage; None when its words give the area
    nothing. `reliability`: per concept id, the logit of how often the area was right where it fired."""
    f = passage["features"]
    e = f["areas"].get(area)
    if not e or e["raw"] <= 0:
        return None
    x = evidence_features(f, e) if "evidence" in groups else []
    if "reliability" in groups:
        trust = [reliability.get(c, reliability[PRIOR]) for c in concepts_of(e)] or [reliability[PRIOR]]
        x += [max(trust), sum(trust) / len(trust)]
    if "rules" in groups:
        x.append(1.0 if area in evaluate.tag_ids(passage["areas"]) else 0.0)
    if "other-areas" in groups:
        x += [math.log1p(f["areas"].get(a, {}).get("weighed", 0.0)) for a in evaluate.AREAS if a != area]
    return x


def concept_reliability(data, area, folds):
    """Per concept id, the logit of the smoothed share of the candidate passages in `folds` it fired
    in whose labels have the area; PRIOR: the share over all of them."""
    counts, hits, seen = {}, 0, 0
    for key, fold, gold in data.rows:
        e = data.passages[key]["features"]["areas"].get(area) if fold in folds else None
        if not e or e["raw"] <= 0:
            continue
        hits, seen = hits + (area in gold), seen + 1
        for c in concepts_of(e):
            h, s = counts.get(c, (0, 0))
            counts[c] = (h + (area in gold), s + 1)
    prior = (hits + 1) / (seen + 2)
    table = {c: math.log((h + SMOOTHING * prior) / (s - h + SMOOTHING * (1 - prior))) for c, (h, s) in counts.items()}
    table[PRIOR] = math.log(prior / (1 - prior))
    return table


class Data:
    """The tuning units (key, fold, gold areas) and the tagger's output for each, with features."""

    def __init__(self, indexer, repo, texts):
        here = Path(__file__).resolve().parent
        prints = {uid: fp for uid, fp, _ in units_module.all_units(texts)}
        self.rows = []
        for fold, name in UN_FILES.items():
            for row in evaluate.read_tsv(here / name):
                if prints.get(row["unit_id"]) != row["fingerprint"]:
                    sys.exit(f"a label names a unit whose text changed: {row['unit_id']}")
                self.rows.append((row["unit_id"], fold, evaluate.ids(row["areas"])))
        for row in evaluate.read_tsv(repo / "tests" / "data" / "labels.tsv"):
            if row["split"] == "train":
                self.rows.append((f"{row['doc_id']}#{row['passage_n']}", "bundled", evaluate.ids(row["areas"])))
        domain = str(repo / "corpus" / "domain")
        labelled = {key for key, fold, _ in self.rows if fold != "bundled"}
        request = evaluate.documents_request(list(units_module.all_speeches(texts)), labelled)
        self.passages = {item["id"]: item for item in evaluate.run_indexer(indexer, ["--domain", domain, "--features"],
                                                                           request)}
        corpus = ["--domain", domain, "--features", "--corpus", str(repo / "corpus" / "documents")]
        for item in evaluate.run_indexer(indexer, corpus):
            self.passages[f"{item['doc']}#{item['n']}"] = item


class Learner:
    """One area's model for a choice of feature groups and penalty."""

    def __init__(self, data, area, groups, l2):
        self.data, self.area, self.groups, self.l2 = data, area, groups, l2

    def examples(self, folds, table):
        xs, ys = [], []
        for key, fold, gold in self.data.rows:
            x = features(self.data.passages[key], self.area, self.groups, table) if fold in folds else None
            if x is not None:
                xs.append(x)
                ys.append(1 if self.area in gold else 0)
        return xs, ys

    def train(self, folds):
        """A model fitted on `folds`, each fold's concept reliability read from the other folds (the
        model must not learn to trust a record its own labels made), and the table of all of them."""
        xs, ys = [], []
        for fold in folds:
            fx, fy = self.examples([fold], concept_reliability(self.data, self.area, [f for f in folds if f != fold]))
            xs, ys = xs + fx, ys + fy
        return Logistic(self.l2).fit(xs, ys), concept_reliability(self.data, self.area, folds)

    def fit(self, folds):
        """A decision fitted on `folds`: key -> whether the area is tagged, for any passage."""
        held, truth = [], []
        for inner in folds:
            model, table = self.train([f for f in folds if f != inner])
            vx, vy = self.examples([inner], table)
            held, truth = held + [model.probability(x) for x in vx], truth + vy
        model, table = self.train(folds)
        cut = best_threshold(held, truth)

        def decide(key):
            x = features(self.data.passages[key], self.area, self.groups, table)
            return x is not None and model.probability(x) >= cut
        return decide, cut


def held_back_decisions(learner, held_folds, train_folds):
    """key -> decision for the units of each held-back fold, fitted without it; and the cuts."""
    decisions, cuts = {}, {}
    for held in held_folds:
        decide, cuts[held] = learner.fit([f for f in train_folds if f != held])
        decisions.update({key: decide(key) for key, fold, _ in learner.data.rows if fold == held})
    return decisions, cuts


def confusion(data, area, decided, folds):
    c = evaluate.Confusion()
    for key, fold, gold in data.rows:
        if fold in folds:
            c.add(area in gold, decided(key))
    return c


def error_kinds(data, area, decided, folds):
    """Misses: no evidence for the area / evidence but nothing anchors the passage / decided
    against; false tags: anchored by the passage itself / by its context."""
    kinds = dict.fromkeys(["miss, no evidence", "miss, unanchored", "miss, decided", "false, own", "false, context"], 0)
    for key, fold, gold in data.rows:
        if fold not in folds or (area in gold) == decided(key):
            continue
        f = data.passages[key]["features"]
        e = f["areas"].get(area)
        if area not in gold:
            kinds["false, own" if f["anchoring"] == "own" else "false, context"] += 1
        elif not e or e["raw"] <= 0:
            kinds["miss, no evidence"] += 1
        else:
            kinds["miss, unanchored" if f["anchoring"] == "none" else "miss, decided"] += 1
    return ", ".join(f"{k} {v}" for k, v in kinds.items())


def fmt(c):
    return f"{c.precision():.3f} / {c.recall():.3f} / {c.f1():.3f}"


def report(data, args, held_folds, train_folds):
    rules = {key: evaluate.tag_ids(data.passages[key]["areas"]) for key, _, _ in data.rows}
    names = held_folds + (["pooled"] if len(held_folds) > 1 else [])
    macro = {who: dict.fromkeys(names, 0.0) for who in ("rules", "learned")}
    print(f"held back: {', '.join(held_folds)}; fitted on the rest of {', '.join(train_folds)}")
    print("| area | rules P / R / F1 | learned P / R / F1 | thresholds |\n| --- | --- | --- | --- |")
    details = []
    for area in FITTED:
        learned, cuts = held_back_decisions(Learner(data, area, args.groups, args.l2), held_folds, train_folds)
        deciders = {"rules": lambda k, a=area: a in rules[k], "learned": learned.__getitem__}
        for who, decided in deciders.items():
            for name in names:
                macro[who][name] += confusion(data, area, decided, held_folds if name == "pooled" else [name]).f1() / 4
        print(f"| {area} | {fmt(confusion(data, area, deciders['rules'], held_folds))} | "
              f"{fmt(confusion(data, area, learned.__getitem__, held_folds))} | "
              f"{', '.join(f'{f} {c:.2f}' for f, c in cuts.items())} |")
        details += [f"  {area}, {who}: {error_kinds(data, area, d, held_folds)}" for who, d in deciders.items()]
        if args.details == area:
            details += [f"    {key}: labelled {area in gold}, rules {area in rules[key]}, learned {learned[key]}"
                        for key, fold, gold in data.rows if fold in held_folds and (area in rules[key]) != learned[key]]
    for name in names:
        print(f"macro-F1 of the four areas, {name}: rules {macro['rules'][name]:.3f}, "
              f"learned {macro['learned'][name]:.3f}")
    print("errors on the held-back units:\n" + "\n".join(details))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--indexer", required=True)
    parser.add_argument("--texts", type=Path, required=True)
    parser.add_argument("--repo", type=Path, required=True)
    parser.add_argument("--groups", default="evidence", help=f"feature groups, of {', '.join(GROUPS)}")
    parser.add_argument("--l2", type=float, default=1.0, help="penalty on the standardised weights")
    parser.add_argument("--un-only", action="store_true", help="fit on the UN splits only, not bundled train")
    parser.add_argument("--details", choices=FITTED, help="list the held-back units where rules and learned differ")
    args = parser.parse_args()
    args.groups = args.groups.split(",")
    if any(g not in GROUPS for g in args.groups):
        parser.error(f"--groups: of {', '.join(GROUPS)}")
    data = Data(args.indexer, args.repo, args.texts)
    un = list(UN_FILES)
    report(data, args, un, un if args.un_only else [*un, "bundled"])
    report(data, args, ["bundled"], [*un, "bundled"])
    return 0


if __name__ == "__main__":
    sys.exit(main())

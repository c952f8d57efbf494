#!/usr/bin/env python3
"""Scores the statuses the measure tracker reads (GET /api/measures/{id}: each passage's "status")
against the hand labels of labels.tsv: indexes corpus/documents, starts search-server on a free
local port, asks for the track of every labelled measure and compares passage by passage.

Usage: evaluate.py --indexer BIN --server BIN --repo REPO [--split dev|test] [--details]
(dev: labels_dev.tsv, to tune the cues on; test: labels.tsv, read for the figures only)
Prints coverage (labelled pairs the tracker lists), the precision of each status the tracker
gives, overall precision (share of covered pairs whose status is right) and the confusion table.
"""
import argparse
import json
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections import Counter
from pathlib import Path

STATUSES = ["proposed", "discussed", "agreed", "implemented"]


def read_labels(path):
    lines = path.read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"))) for line in lines[1:] if line]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get_json(port, path):
    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=30) as reply:
        return json.load(reply)


def tracked_statuses(server, db, domain, measures):
    """(doc, n, measure) → (status, cue) for every passage the tracker lists."""
    port = free_port()
    process = subprocess.Popen([server, "--db", db, "--domain", domain, "--port", str(port)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            try:
                get_json(port, "/healthz")
                break
            except OSError:
                time.sleep(0.1)
        found = {}
        for measure in sorted(measures):
            track = get_json(port, f"/api/measures/{measure}")
            for mention in track["mentions"] + track["antecedents"]:
                for passage in mention["passages"]:
                    found[(mention["id"], passage["n"], measure)] = (passage.get("status", ""), passage.get("cue", ""))
        return found
    finally:
        process.terminate()
        process.wait(timeout=10)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--indexer", required=True)
    parser.add_argument("--server", required=True)
    parser.add_argument("--repo", type=Path, required=True)
    parser.add_argument("--split", choices=["dev", "test"], default="test")
    parser.add_argument("--details", action="store_true", help="list every labelled pair with the tracker's reading")
    args = parser.parse_args()
    labels = read_labels(Path(__file__).resolve().parent / ("labels_dev.tsv" if args.split == "dev" else "labels.tsv"))
    domain = str(args.repo / "corpus" / "domain")
    with tempfile.TemporaryDirectory() as db:
        subprocess.run([args.indexer, "build", "--quiet", "--corpus", str(args.repo / "corpus" / "documents"),
                        "--db", db, "--domain", domain], check=True, stdout=subprocess.DEVNULL)
        found = tracked_statuses(args.server, db, domain, {row["measure"] for row in labels})
    confusion, covered = Counter(), 0
    for row in labels:
        key = (row["doc_id"], int(row["passage_n"]), row["measure"])
        status, cue = found.get(key, ("", ""))
        if status:
            covered += 1
            confusion[(status, row["status"])] += 1
        if args.details:
            mark = "  " if status == row["status"] else ("--" if not status else "XX")
            print(f"{mark} {key[0]}#{key[1]} {key[2]}: gold {row['status']}, tracker {status or 'not listed'}"
                  f" {('(' + cue + ')') if cue else ''}")
    print(f"labelled pairs {len(labels)}, listed by the tracker {covered}")
    right = sum(n for (given, gold), n in confusion.items() if given == gold)
    for status in STATUSES:
        given = sum(n for (g, _), n in confusion.items() if g == status)
        ok = confusion[(status, status)]
        gold = sum(n for (_, g), n in confusion.items() if g == status)
        print(f"  {status:12} given {given:3}  right {ok:3}  precision {ok / given if given else 1.0:.3f}"
              f"  recall {ok / gold if gold else 1.0:.3f}")
    print(f"  overall precision {right / covered if covered else 0.0:.3f} ({right} of {covered})")
    print("  confusion (tracker → gold): " + ", ".join(f"{g}→{t} {n}" for (g, t), n in sorted(confusion.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())

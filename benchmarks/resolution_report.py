"""Resolution on the seed corpus: nodes per class before and after, and a sample of merged pairs.

    python benchmarks/resolution_report.py [INPUT ...] [--sample 100] [--seed 0]

"Before" counts one node per distinct (class, surface form), what a graph keyed on the text alone
would hold; "after" counts the entities of the build. The sample lists pairs of different surface
forms that resolution put into one entity (with the rules), for checking by hand; the cross-document
person merges are listed apart. Run on demand.
"""

from __future__ import annotations

import argparse
import itertools
import random
from collections import Counter
from pathlib import Path

from extract.document import extract_document
from extract.reader import discover, iter_texts
from extract.records import LABELS
from graph.resolve import resolve


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("inputs", nargs="*", type=Path, default=[Path("seeds")])
    ap.add_argument("--sample", type=int, default=100)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    skipped: list = []
    docs = [extract_document(r) for r in iter_texts(discover(args.inputs), skipped)]
    entities = resolve(docs)
    before = Counter((m.label, m.text) for d in docs for m in d.mentions)
    after = Counter(e.label for e in entities)
    print("| class | mentions | nodes before (class + surface form) | nodes after resolution |")
    print("|---|---|---|---|")
    for label in LABELS:
        mentions = sum(n for (lab, _t), n in before.items() if lab == label)
        print(f"| {label} | {mentions} | {sum(1 for lab, _t in before if lab == label)} | {after[label]} |")
    print(f"| all | {sum(before.values())} | {len(before)} | {len(entities)} |")

    pairs = []
    for e in entities:
        for a, b in itertools.combinations(sorted(e.surface), 2):
            pairs.append((e.label, e.name, a, b, "/".join(sorted(e.rules[a] | e.rules[b]))))
    rng = random.Random(args.seed)
    sample = sorted(rng.sample(pairs, min(args.sample, len(pairs))))
    print(f"\n{len(pairs)} merged pairs of different surface forms; a sample of {len(sample)}:\n")
    print("| # | class | entity | form A | form B | rules |")
    print("|---|---|---|---|---|---|")
    for i, (label, name, a, b, rules) in enumerate(sample, start=1):
        print(f"| {i} | {label} | {name} | {a} | {b} | {rules} |")

    cross = [e for e in entities if e.label == "PERSON" and len({d.doc_id for d, _m in e.mentions}) > 1]
    print(f"\n{len(cross)} persons merged across documents (name + a post in each: district posts by district, national posts alone):")
    for e in cross:
        print(f"- {e.name} ({e.district or 'national'}): " + ", ".join(sorted({Path(d.path).name for d, _m in e.mentions})))


if __name__ == "__main__":
    main()

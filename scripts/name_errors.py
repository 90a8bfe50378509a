"""List the person-name errors of the characters stage on LitBank, for rule writing.

For each sample of the split: name mentions kept that are no gold person name (with the
gold category of the span when LitBank annotates one: LOC, FAC, GPE, ORG, PER NOM …), gold
person names missed, and cluster errors (one gold person under two predicted characters:
a split; two gold people under one predicted character: a merge). Ends with the most
frequent false positives and misses by surface form.

Only the dev split is meant for rule writing; LitBank's test split stays held out.

Usage: .venv/bin/python scripts/name_errors.py [--litbank DIR] [--split dev] [--top 40]
                                            [--files 1-40]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

from ficshelf.evaluation.litbank import doc_names, read_doc
from ficshelf.model import RawDocument
from ficshelf.understand import analyze

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--litbank", type=Path, default=ROOT.parent / "shared/data/litbank")
    parser.add_argument("--split", default="dev", choices=("dev", "test", "all"))
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--quiet", action="store_true", help="only the summary")
    parser.add_argument(
        "--files",
        default="",
        help="only the split's files FIRST-LAST by name, counted from 1 (e.g. 1-40)",
    )
    args = parser.parse_args()
    if not args.litbank.is_dir():
        print(f"no LitBank at {args.litbank}", file=sys.stderr)
        return 1
    false_pos: Counter[str] = Counter()
    misses: Counter[str] = Counter()
    splits: Counter[str] = Counter()
    merges: Counter[str] = Counter()
    names = doc_names(args.litbank, args.split)
    if args.files:
        first, _, last = args.files.partition("-")
        names = names[int(first) - 1 : int(last or first)]
    for name in names:
        doc = read_doc(args.litbank, name)
        text = doc.text
        analysis = analyze(RawDocument(text=text, source=f"{name}.txt", format="txt"))
        predicted = [m for m in analysis.layers.get("mentions", ()) if m.label]
        predicted = [m for m in predicted if text[m.start : m.end][:1].isupper()]
        gold = [m for m in doc.mentions if m.category == "PER" and m.type == "PROP"]
        others = [m for m in doc.mentions if not (m.category == "PER" and m.type == "PROP")]
        by_end = defaultdict(list)
        for g, gm in enumerate(gold):
            by_end[gm.end].append(g)
        pairs: dict[int, int] = {}
        taken: set[int] = set()
        for p, m in enumerate(predicted):
            for g in by_end.get(m.end, ()):
                if g not in taken and gold[g].start < m.end and m.start < gold[g].end:
                    pairs[p] = g
                    taken.add(g)
                    break
        lines: list[str] = []
        for p, m in enumerate(predicted):
            if p in pairs:
                continue
            surface = " ".join(text[m.start : m.end].split())
            kinds = {
                f"{o.category} {o.type}"
                for o in others
                if o.start < m.end and m.start < o.end and o.end - o.start < 80
            }
            kind = ",".join(sorted(kinds)) or "-"
            false_pos[f"{surface}  [{kind}]"] += 1
            context = " ".join(text[max(0, m.start - 50) : m.end + 30].split())
            lines.append(f"  FP {surface!r} [{kind}] as {m.label!r}: …{context}…")
        for g, gm in enumerate(gold):
            if g in taken:
                continue
            surface = " ".join(text[gm.start : gm.end].split())
            misses[surface] += 1
            context = " ".join(text[max(0, gm.start - 50) : gm.end + 30].split())
            lines.append(f"  FN {surface!r}: …{context}…")
        of_gold: dict[str, Counter[str]] = defaultdict(Counter)
        of_pred: dict[str, Counter[str]] = defaultdict(Counter)
        for p, g in pairs.items():
            of_gold[gold[g].entity][predicted[p].label] += 1
            of_pred[predicted[p].label][gold[g].entity] += 1
        for entity, labels in of_gold.items():
            if len(labels) > 1:
                splits[" | ".join(sorted(labels))] += 1
                lines.append(f"  SPLIT {entity}: {dict(labels)}")
        for label, entities in of_pred.items():
            if len(entities) > 1:
                merges[f"{label} <- {' | '.join(sorted(entities))}"] += 1
                lines.append(f"  MERGE {label!r}: {dict(entities)}")
        if lines and not args.quiet:
            print(name)
            print("\n".join(lines))
    for title, counter in (
        ("false positives", false_pos),
        ("misses", misses),
        ("splits", splits),
        ("merges", merges),
    ):
        print(f"\n== {title}: {sum(counter.values())} ==")
        for key, n in counter.most_common(args.top):
            print(f"{n:4d}  {key}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

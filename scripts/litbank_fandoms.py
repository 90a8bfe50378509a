"""Which fandom the pipeline infers from the characters of each LitBank excerpt.

LitBank's samples are the openings of novels, and each sample's name carries its novel's
title ("1342_pride_and_prejudice"). A novel whose title is, or has among its words, the
title (or an alias) of a canon in the fandom table is that canon; the script analyses each
excerpt as a plain text with no notes, so the fandom can only be inferred from its
characters, and prints per excerpt: ``NONE`` (no fandom), ``WRONG`` (another fandom, or one
beside the right one) or ``UNKNOWN`` (a canon the table does not know, given a fandom
anyway: a false one); excerpts given exactly their canon, and unknown canons given none,
are counted only. Ends with the counts.

Only the dev split is read unless ``--split`` says otherwise (the test split is held out).

Usage: .venv/bin/python scripts/litbank_fandoms.py [--litbank DIR] [--split dev] [--quiet]
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from ficshelf.evaluation.litbank import doc_names, read_doc
from ficshelf.model import RawDocument
from ficshelf.understand import analyze
from ficshelf.understand.fandom_names import load_fandoms

ROOT = Path(__file__).resolve().parents[1]
MIN_TITLE = 5  # a shorter title ("She") must be the whole of the novel's title


def _folded(title: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9 ]", "", title.lower().replace("-", " ")).split())


def canons_of(sample: str) -> set[str]:
    """Return the table's fandoms whose title or an alias is the sample's novel title or
    words of it ("the adventures of sherlock holmes")."""
    novel = _folded(" ".join(sample.removesuffix("_brat").split("_")[1:]))
    found = set()
    for fandom in load_fandoms():
        for title in (fandom.name.split(" - ")[0], *fandom.aliases):
            key = _folded(title)
            bare = key.removeprefix("the ")
            inside = f" {bare} " in f" {novel} "
            if novel in (key, bare) or (len(bare) >= MIN_TITLE and inside):
                found.add(fandom.name)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--litbank", type=Path, default=ROOT.parent / "shared/data/litbank")
    parser.add_argument("--split", default="dev")
    parser.add_argument("--quiet", action="store_true", help="print the counts only")
    args = parser.parse_args()
    counts: Counter[str] = Counter()
    for name in doc_names(args.litbank, args.split):
        want = canons_of(name)
        text = read_doc(args.litbank, name).text
        analysis = analyze(RawDocument(text, f"{name}.txt", "txt"))
        got = sorted({s.label for s in analysis.layer("fandoms")})
        if not want:
            verdict = "UNKNOWN" if got else "unknown"
        elif not got:
            verdict = "NONE"
        else:
            verdict = "ok" if set(got) <= want else "WRONG"
        counts[verdict] += 1
        if not args.quiet and verdict not in ("ok", "unknown"):
            print(f"{verdict:7} {name}: canon {sorted(want)}, inferred {got}")
    print(
        f"known canons: {counts['ok']} right, {counts['NONE']} none, {counts['WRONG']} wrong; "
        f"unknown canons: {counts['unknown'] + counts['UNKNOWN']}, "
        f"{counts['UNKNOWN']} given a fandom"
    )


if __name__ == "__main__":
    main()

"""What the fandom stage infers from characters alone, on texts where a wrong fandom would
show: the tuning stories (gold fandoms; only what the characters say is counted here, the
stated fandoms of notes are left out) and the LitBank dev samples (excerpts of novels,
many of them canons of the fandom table: a fandom inferred there is right only when the
excerpt comes from that canon, which the sample's name tells; no other gold).

Prints, per text, the fandoms inferred from its characters with their confidence and the
known characters that voted, then the totals. Held-out stories are never read.

    .venv/bin/python benchmarks/fandom_precision.py [--litbank DIR]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from machine import describe  # noqa: E402

from ficshelf.evaluation.gold import TUNING_STORIES, find_gold_files, load_gold  # noqa: E402
from ficshelf.evaluation.litbank import doc_names, read_doc  # noqa: E402
from ficshelf.ingest import read_document  # noqa: E402
from ficshelf.model import Analysis, RawDocument  # noqa: E402
from ficshelf.understand import analyze  # noqa: E402
from ficshelf.understand.fandom import inferred_fandoms, known_characters  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
LITBANK = ROOT.parent / "shared" / "data" / "litbank"


def _inferred(analysis: Analysis) -> list[tuple[str, float, list[str]]]:
    found = inferred_fandoms(analysis)
    known = known_characters(analysis, [f.name for f in found])
    rows = []
    for finding in found:
        voters = sorted(
            f"{story}={canon}" if story != canon else story
            for story, hits in known.items()
            for fandom, canon in hits
            if fandom == finding.name
        )
        rows.append((finding.name, finding.confidence, voters))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--litbank", type=Path, default=LITBANK)
    args = parser.parse_args()
    print(f"machine: {describe()}")
    right = wrong = missed = 0
    print("\n== tuning stories (inferred from characters only) ==")
    for gold_path in find_gold_files([ROOT / "examples" / "corpus"], TUNING_STORIES):
        gold = load_gold(gold_path)
        story = gold_path.parent / gold.source
        rows = _inferred(analyze(read_document(str(story), story.read_bytes())))
        names = {name for name, _, _ in rows}
        right += len(names & set(gold.fandoms))
        wrong += len(names - set(gold.fandoms))
        missed += len(set(gold.fandoms) - names)
        print(f"{gold_path.name[:-10]}: gold {list(gold.fandoms)}")
        for name, confidence, voters in rows:
            mark = "ok" if name in gold.fandoms else "WRONG"
            print(f"    {mark} {name} {confidence:.2f} <- {', '.join(voters)}")
    print(f"tuning: {right} right, {wrong} wrong, {missed} not inferred (stated ones still count)")
    if not args.litbank.is_dir():
        print(f"no LitBank at {args.litbank}: skipped")
        return
    print("\n== LitBank dev (no fandom gold: every line is to be checked by reading) ==")
    docs = doc_names(args.litbank, "dev")
    given = 0
    for name in docs:
        doc = read_doc(args.litbank, name)
        rows = _inferred(analyze(RawDocument(doc.text, f"{name}.txt", "txt")))
        given += bool(rows)
        for fandom, confidence, voters in rows:
            print(f"{name}: {fandom} {confidence:.2f} <- {', '.join(voters)}")
    print(f"LitBank dev: {given} of {len(docs)} excerpts given a fandom from characters")


if __name__ == "__main__":
    main()

"""What the fandom stage infers from characters alone, on texts where a wrong fandom would
show: the tuning stories (gold fandoms; only what the characters say is counted here, the
stated fandoms of notes are left out) and the LitBank dev samples (excerpts of novels,
many of them canons of the fandom table: a fandom inferred there is right only when the
excerpt comes from that canon, which the sample's name tells; no other gold).

Prints, per text, the fandoms inferred from its characters with their confidence and the
known characters that voted, then the totals. With ``--library`` it then imports all those
texts into a fresh SQLite library (in a temporary folder), reconciles it, and prints the
fandoms the library gives to works the pipeline left without one, with the shared character
tags that voted. With ``--leave-out`` it then asks, for each text, what it gets from a table
that has not met its canon (``fandom_names.fandom_table`` with the story's gold canons, or
the fandoms inferred for a LitBank excerpt, taken out): the fandoms its characters then infer
(every one is wrong) and, for the tuning stories, the fandoms its notes state (in AO3's
"Title - Author" form when the notes name the author). Held-out stories are never read.

    .venv/bin/python benchmarks/fandom_precision.py [--litbank DIR] [--library] [--leave-out]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from machine import describe  # noqa: E402

from ficshelf.evaluation.gold import TUNING_STORIES, find_gold_files, load_gold  # noqa: E402
from ficshelf.evaluation.litbank import doc_names, read_doc  # noqa: E402
from ficshelf.importer import file_hash, import_document  # noqa: E402
from ficshelf.ingest import read_document  # noqa: E402
from ficshelf.library import reconcile_library  # noqa: E402
from ficshelf.model import Analysis, RawDocument, SourceRecord  # noqa: E402
from ficshelf.store.db import open_database  # noqa: E402
from ficshelf.understand import analyze  # noqa: E402
from ficshelf.understand.fandom import (  # noqa: E402
    inferred_fandoms,
    known_characters,
    stated_fandoms,
)
from ficshelf.understand.fandom_names import fandom_table, find_fandom, load_fandoms  # noqa: E402

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


def _library(documents: list[RawDocument]) -> None:
    """Import ``documents`` into a fresh library, reconcile it and print what it infers."""
    print("\n== library inference (works without a fandom of their own) ==")
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(f"sqlite:///{folder}/library.db")
        names: dict[int, str] = {}
        for doc in documents:
            data = doc.text.encode("utf-8")
            source = SourceRecord(doc.source, file_hash(data), len(data), doc.format)
            event = import_document(db, doc, source)
            if event.work_id is not None:
                names[event.work_id] = doc.source
        report = reconcile_library(db)
        db.close()
    given = 0
    for work_id, found in sorted(report.fandoms.items()):
        for fandom in found:
            given += 1
            shared = ", ".join(fandom.characters)
            print(
                f"{names.get(work_id, work_id)}: {fandom.name} {fandom.confidence:.2f} <- {shared}"
            )
    print(f"library: {given} fandoms given, {len(names)} works imported")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--litbank", type=Path, default=LITBANK)
    parser.add_argument("--library", action="store_true", help="also run library inference")
    parser.add_argument(
        "--leave-out", action="store_true", help="also infer with each text's canon left out"
    )
    args = parser.parse_args()
    documents: list[RawDocument] = []
    left_out: list[tuple[str, Analysis, set[str], bool]] = []
    print(f"machine: {describe()}")
    right = wrong = missed = 0
    print("\n== tuning stories (inferred from characters only) ==")
    for gold_path in find_gold_files([ROOT / "examples" / "corpus"], TUNING_STORIES):
        gold = load_gold(gold_path)
        story = gold_path.parent / gold.source
        documents.append(read_document(str(story), story.read_bytes()))
        analysis = analyze(documents[-1])
        rows = _inferred(analysis)
        names = {name for name, _, _ in rows}
        canons = {f.name for f in map(find_fandom, gold.fandoms) if f is not None}
        left_out.append((gold_path.name[:-10], analysis, canons, True))
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
        if args.library:
            _library(documents)
        if args.leave_out:
            _leave_out(left_out)
        return
    print("\n== LitBank dev (no fandom gold: every line is to be checked by reading) ==")
    docs = doc_names(args.litbank, "dev")
    given = 0
    for name in docs:
        doc = read_doc(args.litbank, name)
        documents.append(RawDocument(doc.text, f"{name}.txt", "txt"))
        analysis = analyze(documents[-1])
        rows = _inferred(analysis)
        given += bool(rows)
        left_out.append((name, analysis, {fandom for fandom, _, _ in rows}, False))
        for fandom, confidence, voters in rows:
            print(f"{name}: {fandom} {confidence:.2f} <- {', '.join(voters)}")
    print(f"LitBank dev: {given} of {len(docs)} excerpts given a fandom from characters")
    if args.library:
        _library(documents)
    if args.leave_out:
        _leave_out(left_out)


def _leave_out(texts: list[tuple[str, Analysis, set[str], bool]]) -> None:
    """Print what each text gets from the table without its canons: the fandoms its
    characters infer (all wrong) and, for stories with gold, those its notes state."""
    print("\n== with each text's canon left out of the table ==")
    wrong = stated = 0
    for name, analysis, canons, has_gold in texts:
        if not canons:
            continue
        with fandom_table(f for f in load_fandoms() if f.name not in canons):
            for finding in inferred_fandoms(analysis):
                wrong += 1
                print(f"{name}: inferred {finding.name} {finding.confidence:.2f} (wrong)")
            if has_gold:
                for finding in stated_fandoms(analysis):
                    stated += 1
                    print(f"{name}: stated {finding.name!r} (gold: {', '.join(sorted(canons))})")
    print(f"left out: {wrong} fandoms wrongly inferred, {stated} stated names")


if __name__ == "__main__":
    main()

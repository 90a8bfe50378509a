"""Measure what importing a long story costs after the pipeline: building its record (the
inferred tags with their evidence, paragraphs, characters and quotes) and saving it.

Builds a novel-length text by joining the sample corpus's plain-text stories ``--copies``
times, analyses it once, then times ``records.build_work_record`` and ``store.works.save_work``
(into a fresh SQLite file, or ``--db``), and prints the sizes and the machine.

Usage: python benchmarks/work_records.py [--copies 12] [--db URL]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from machine import describe  # noqa: E402

from ficshelf.ingest import read_document  # noqa: E402
from ficshelf.model import RawDocument, SourceRecord  # noqa: E402
from ficshelf.records import build_work_record  # noqa: E402
from ficshelf.store.db import open_database  # noqa: E402
from ficshelf.store.works import save_work  # noqa: E402
from ficshelf.understand import analyze  # noqa: E402
from ficshelf.understand.text import count_words  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def long_story(corpus: Path, copies: int) -> str:
    """The corpus's plain-text stories, decoded, joined ``copies`` times."""
    texts = [read_document(p.name, p.read_bytes()).text for p in sorted(corpus.glob("*.txt"))]
    return "\n\n".join(texts * copies)


def best_of(runs: int, func: object) -> float:
    assert callable(func)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        func()
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=12)
    parser.add_argument("--db", default=None, help="database URL (default: a fresh SQLite file)")
    parser.add_argument("--corpus", type=Path, default=ROOT / "examples" / "corpus")
    args = parser.parse_args()

    text = long_story(args.corpus, args.copies)
    words = count_words(text)
    print(f"machine: {describe()}")
    started = time.perf_counter()
    analysis = analyze(RawDocument(text, "novel.txt", "txt"))
    pipeline = time.perf_counter() - started
    record = build_work_record(analysis)
    building = best_of(3, lambda: build_work_record(analysis))
    inferred = [t for t in record.tags if t.provenance.value == "inferred"]
    print(
        f"text: {words:,} words, {len(text) / 1e6:.1f} MB; pipeline {pipeline:.2f} s "
        f"({words / pipeline:,.0f} words/s)"
    )
    print(
        f"record: {building:.3f} s ({words / building:,.0f} words/s): {len(inferred)} inferred "
        f"tags, {sum(len(t.evidence) for t in inferred)} evidence spans, {len(record.blocks):,} "
        f"paragraphs, {len(record.characters)} characters, {len(record.quotes):,} quotes"
    )
    with tempfile.TemporaryDirectory(prefix="ficshelf-bench-") as tmp:
        db = open_database(args.db or f"sqlite:///{Path(tmp) / 'bench.db'}")
        source = SourceRecord("novel.txt", record.text_hash, len(text), "txt")
        started = time.perf_counter()
        with db.begin() as conn:
            save_work(conn, record, source)
        saving = time.perf_counter() - started
        print(f"save ({db.dialect}): {saving:.3f} s for the work with its tags and analysis")
        db.close()


if __name__ == "__main__":
    main()

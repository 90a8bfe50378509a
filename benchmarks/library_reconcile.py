"""Measure the library's reconciliation at scale: a full ``reconcile`` over a synthetic
library, and ``reconcile_work`` as the importer runs it after each new work.

The library is made of ``--works`` invented works in ``--fandoms`` invented fandoms, each
fandom with its own 40 character names (plus a few everyday names shared by all); a work
carries 3 to 6 of its fandom's characters. A fifth of the works have no fandom tag: the
reconciliation should give them their true fandom, and the script prints how often it does.
Works are saved through ``store.works.save_work``, as an import would. Times are CPU
time of this process (SQLite runs inside it) and wall-clock time.

Usage: python benchmarks/library_reconcile.py [--works 5000] [--fandoms 50] [--db URL]
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from machine import describe  # noqa: E402

from ficshelf.importer import BATCH  # noqa: E402
from ficshelf.library import reconcile, reconcile_work, reconcile_works  # noqa: E402
from ficshelf.model import (  # noqa: E402
    ChapterRecord,
    Provenance,
    SourceRecord,
    TagRecord,
    TagType,
    WorkRecord,
)
from ficshelf.store import library as store  # noqa: E402
from ficshelf.store.db import open_database  # noqa: E402
from ficshelf.store.works import save_work  # noqa: E402

SYLLABLES = "ka lo mi ren sa tor vel an is dru ne ha pel qu ori mar zen tal yo bri".split()
EVERYDAY = ["John", "Mary", "Anne", "Tom"]


def invented(rng: random.Random, words: int) -> str:
    return " ".join(
        "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
        for _ in range(words)
    )


def build(conn: object, works: int, fandoms: int, seed: int) -> dict[int, str]:
    """Save the synthetic library; return the true fandom of each fandom-less work."""
    rng = random.Random(seed)
    casts = {
        f"Fandom {invented(rng, 2)} {i}": [invented(rng, 2) for _ in range(40)]
        for i in range(fandoms)
    }
    names = list(casts)
    hidden: dict[int, str] = {}
    for n in range(works):
        fandom = names[n % fandoms]
        cast = rng.sample(casts[fandom], rng.randint(3, 6)) + rng.sample(EVERYDAY, 1)
        text = f"Work {n}: " + ", ".join(cast) + "."
        tags = [TagRecord(TagType.CHARACTER, c, Provenance.INFERRED, 0.7, ((0, 4),)) for c in cast]
        tell = rng.random() >= 0.2
        if tell:
            tags.append(TagRecord(TagType.FANDOM, fandom, Provenance.AUTHOR))
        digest = hashlib.sha256(text.encode()).hexdigest()
        record = WorkRecord(
            title=f"Work {n}",
            authors=("bench",),
            text=text,
            text_hash=digest,
            format="txt",
            word_count=len(text.split()),
            chapters=(ChapterRecord(0, None, 0, len(text), "<p></p>", 1),),
            tags=tuple(tags),
        )
        source = SourceRecord(f"/bench/{n}.txt", digest, len(text), "txt")
        work_id = save_work(conn, record, source).work_id  # type: ignore[arg-type]
        if not tell:
            hidden[work_id] = fandom
    return hidden


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--works", type=int, default=5000)
    parser.add_argument("--fandoms", type=int, default=50)
    parser.add_argument("--incremental", type=int, default=200)
    parser.add_argument("--db", default=None, help="database URL (default: a fresh SQLite file)")
    args = parser.parse_args()
    print(f"machine: {describe()}")
    with tempfile.TemporaryDirectory(prefix="ficshelf-bench-") as tmp:
        db = open_database(args.db or f"sqlite:///{Path(tmp) / 'bench.db'}")
        began = time.perf_counter()
        with db.begin() as conn:
            hidden = build(conn, args.works, args.fandoms, seed=7)
        print(
            f"built {args.works} works in {args.fandoms} fandoms "
            f"({len(hidden)} without a fandom) in {time.perf_counter() - began:.1f} s"
        )

        began, began_cpu = time.perf_counter(), time.process_time()
        with db.begin() as conn:
            report = reconcile(conn)
        full, full_cpu = time.perf_counter() - began, time.process_time() - began_cpu
        right = sum(
            1
            for w, fandom in hidden.items()
            if [f.name for f in report.fandoms.get(w, [])][:1] == [fandom]
        )
        wrong = sum(
            1
            for w, fandom in hidden.items()
            if report.fandoms.get(w) and report.fandoms[w][0].name != fandom
        )
        print(
            f"full reconcile: {full_cpu:.2f} s CPU ({args.works / full_cpu:,.0f} works/s), "
            f"{full:.2f} s wall; "
            f"fandom-less works given their true fandom: {right}/{len(hidden)} "
            f"({right / max(1, len(hidden)):.1%}), a wrong one: {wrong}; "
            f"synonyms set: {len(report.synonyms)}"
        )

        with db.connect() as conn:
            ids = store.all_work_ids(conn)
        sample = ids[-args.incremental :]
        began, began_cpu = time.perf_counter(), time.process_time()
        for work_id in sample:
            with db.begin() as conn:
                reconcile_work(conn, work_id)
        each = (time.perf_counter() - began) / max(1, len(sample))
        each_cpu = (time.process_time() - began_cpu) / max(1, len(sample))
        print(
            f"reconcile_work (as after an import): {each_cpu * 1000:.1f} ms CPU, "
            f"{each * 1000:.1f} ms wall per work over the last {len(sample)} works"
        )
        began, began_cpu = time.perf_counter(), time.process_time()
        for at in range(0, len(sample), BATCH):
            with db.begin() as conn:
                reconcile_works(conn, sample[at : at + BATCH])
        each = (time.perf_counter() - began) / max(1, len(sample))
        each_cpu = (time.process_time() - began_cpu) / max(1, len(sample))
        print(
            f"reconcile_works (as after an import batch of {BATCH}): {each_cpu * 1000:.1f} ms "
            f"CPU, {each * 1000:.1f} ms wall per work over the same works"
        )
        db.close()


if __name__ == "__main__":
    main()

"""How long a text search takes to show a snippet of a long work.

Saves one work of each ``--sizes`` (MB of prose: a paragraph of ordinary English repeated,
"grey" once near the end) into a fresh SQLite file (or ``--db URL``), then times, best of
``--repeat``, ``store.search.search`` for a word in every paragraph ("the": thousands of
hits) and for the word near the end ("grey"), each narrowed to that one work, and
``store.snippets.snippets`` alone; prints the times with the machine.

Usage:
  python benchmarks/long_work_snippets.py                  # 0.5, 1 and 2 MB on SQLite
  python benchmarks/long_work_snippets.py --sizes 2 25 --db postgresql://…/ficshelf_bench
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from machine import print_header  # noqa: E402

from ficshelf.model import ChapterRecord, SourceRecord, WorkRecord  # noqa: E402
from ficshelf.store.db import open_database  # noqa: E402
from ficshelf.store.search import SearchRequest, search  # noqa: E402
from ficshelf.store.works import save_work  # noqa: E402

PARAGRAPH = (
    "The tide came in over the flats while the keeper counted the gulls on the rail. "
    "She had kept the lamp for eleven winters, and the town below had stopped asking why. "
    '"You should come down for the fair," her brother said, and she laughed at him.'
)


def long_text(megabytes: float) -> str:
    """About ``megabytes`` MB of paragraphs, with "grey" in the last one but one."""
    count = max(2, int(megabytes * 1_000_000 / (len(PARAGRAPH) + 2)))
    paragraphs = [PARAGRAPH] * count
    paragraphs[-2] = paragraphs[-2].replace("lamp", "grey lamp")
    return "\n\n".join(paragraphs)


def record(text: str, title: str) -> tuple[WorkRecord, SourceRecord]:
    digest = hashlib.sha256(text.encode()).hexdigest()
    chapter = ChapterRecord(0, None, 0, len(text), "<p>" + text[:2000] + "</p>", 0)
    work = WorkRecord(
        title=title,
        authors=("quillwright",),
        text=text,
        text_hash=digest,
        format="txt",
        word_count=len(text.split()),
        chapters=(chapter,),
    )
    source = SourceRecord(
        path=f"/bench/{title}.txt", file_hash=digest, size=len(text), format="txt"
    )
    return work, source


def best(repeat: int, run: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[0.5, 1.0, 2.0])
    parser.add_argument("--db", help="database URL (default: a fresh SQLite file)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print_header(__file__)
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(args.db or f"sqlite:///{Path(folder) / 'bench.db'}")
        print(f"database: {db.dialect}")
        for size in args.sizes:
            title = f"Keeper {size:g} MB"
            work, source = record(long_text(size), title)
            with db.begin() as conn:
                work_id = save_work(conn, work, source).work_id
            print(f"{size:g} MB work ({len(work.text):,} characters), id {work_id}:")
            for query in ("the", "grey"):
                request = SearchRequest(query=f'{query} "{title}"', facets=False)

                def run(request: SearchRequest = request, work_id: int = work_id) -> object:
                    with db.connect() as conn:
                        hits = search(conn, request).hits.items
                        # PostgreSQL indexes a story's first 250,000 characters only
                        assert [hit.work.id for hit in hits] in ([work_id], []), hits
                        return hits

                hits = run()
                seconds = best(args.repeat, run)
                if not hits:  # type: ignore[attr-defined]
                    print(f"  search {query!r}: {seconds:.3f} s (not found)")
                    continue
                snippet = hits[0].snippet.text[:60] if hits[0].snippet else None  # type: ignore[index]
                print(f"  search {query!r}: {seconds:.3f} s (snippet: {snippet!r})")
        db.close()


if __name__ == "__main__":
    main()

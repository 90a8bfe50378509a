"""Generate a synthetic library of N works with a realistic shape, fast, on SQLite or PostgreSQL.

Shape (all draws from one seeded generator, so a run is reproducible):

- fandoms (N/500, at least 40) with Zipf-like popularity; each has 8-60 characters, themselves
  Zipf-popular within it, and a topic vocabulary of 40 invented words (places, objects);
- per work 5-20 tags: a rating, 1-2 warnings, a category, 1-2 fandoms, 2-6 characters, 0-2
  relationships between them ("A/B" or "A & B"), 1-6 additional tags (Zipf over 5,000), a
  point of view and a tense;
- log-normal word counts (median about 3,600 words), 1-4 authors per 10 works (Zipf);
- a stored text of ``--text-words`` words (default 150): an invented general vocabulary of
  30,000 words drawn Zipf-like, mixed with the work's fandom topic words and its characters'
  names, in sentences, so full-text queries and text similarity are meaningful. The stored
  text is the opening only: the ``word_count`` column holds the log-normal length, and no
  chapter or note rows are written.

Works, authors and tag links go in through ``ficshelf.store.bulk`` and the "more like this"
signatures through ``ficshelf.store.similar.bulk_write_signatures`` (not the import pipeline),
a few multi-row statements per batch of ``--batch`` works, one transaction per batch. Then the
full-text index is built over all of them (``store.search_index.rebuild_index``), timed.

``--replicate-to N`` fills a (SQLite) library up to N works by copying its works under new
ids, in SQL (text, tags, authors and "more like this" signatures; a new text hash; the same
date added), then recounts the features and builds the full-text index: minutes where
generating takes an hour on a busy machine. Every share stays as generated (tags per work,
the Zipf shares of fandoms, characters and words, how many works a word is in) but each text
and tag set then occurs twice, and there are half as many fandoms as a generated library of
N works has.

``--copy-from URL`` instead copies a library generated before (on SQLite) into ``--db`` (on
PostgreSQL) with ``COPY``, table by table, and builds the full-text index there: the same
library on both databases, without generating it twice.

Usage:
  python benchmarks/synthetic_library.py --works 100000 --db sqlite:////tmp/lib100k.db
  python benchmarks/synthetic_library.py --copy-from sqlite:////tmp/lib100k.db \
      --db postgresql://postgres@127.0.0.1:54329/ficshelf_bench --fresh
  python benchmarks/synthetic_library.py --works 1000000 \\
      --db postgresql://postgres@127.0.0.1:54329/ficshelf_bench_1m --fresh
"""

from __future__ import annotations

import argparse
import bisect
import hashlib
import itertools
import random
import sys
import time
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

sys.path.insert(0, str(Path(__file__).resolve().parent))

from machine import describe  # noqa: E402

from ficshelf import common_words, similar  # noqa: E402
from ficshelf.model import TagType  # noqa: E402
from ficshelf.store import schema  # noqa: E402
from ficshelf.store.authors import get_or_create_authors  # noqa: E402
from ficshelf.store.bulk import BulkWork, fast_insert, insert_works, next_work_id  # noqa: E402
from ficshelf.store.db import Database, normalise_url, open_database  # noqa: E402
from ficshelf.store.library_copy import move_sequences  # noqa: E402
from ficshelf.store.search_index import rebuild_index  # noqa: E402
from ficshelf.store.similar import bulk_write_signatures, recount_features  # noqa: E402
from ficshelf.store.tags import get_or_create_tags, tag_key  # noqa: E402
from ficshelf.vocabulary import CATEGORIES, WARNINGS  # noqa: E402

ONSETS = "b c d f g h j k l m n p r s t v w z br ch cl dr fl gr kr pl sh st th tr".split()
VOWELS = "a e i o u ai ea ie oa ou".split()
CODAS = "n r s l m th nd st rk ll".split() + [""] * 6
TROPES = """Angst Fluff Hurt/Comfort Slow Burn Enemies to Lovers Friends to Lovers Found Family
Fix-It Canon Divergence Alternate Universe Modern AU Coffee Shop AU Time Travel Road Trip
Post-Canon Pre-Canon Missing Scene Character Study Whump Domestic Fluff Pining Mutual Pining
Getting Together Secret Relationship Fake Dating Amnesia Soulmates Nightmares Grief Recovery
Family Feels Banter Humor Crack Treated Seriously Holidays Snow Rain First Kiss Reunion
Letters Epistolary Mystery Heist Adventure Quest Magic Dragons Ghosts Sickfic Hospital Winter
Summer Festival Tea Cooking Gardening Music Dancing Books Libraries Ships Sea Trains""".split()
RATING_WEIGHTS = {"General": 30, "Teen": 35, "Mature": 18, "Explicit": 12, "Not Rated": 5}
NO_WARNINGS = "No Archive Warnings Apply"
POVS = ["Third Person", "First Person", "Second Person"]


class Zipf:
    """Draw indices 0..n-1 with probability proportional to 1/(rank+1)^s."""

    def __init__(self, n: int, s: float = 1.05) -> None:
        self.cumulative = list(itertools.accumulate(1.0 / (rank + 1) ** s for rank in range(n)))
        self.total = self.cumulative[-1]

    def draw(self, rng: random.Random) -> int:
        return bisect.bisect_left(self.cumulative, rng.random() * self.total)

    def draws(self, rng: random.Random, k: int) -> list[int]:
        total, cumulative = self.total, self.cumulative
        return [bisect.bisect_left(cumulative, rng.random() * total) for _ in range(k)]


def invented_word(rng: random.Random, syllables: int) -> str:
    return "".join(
        rng.choice(ONSETS) + rng.choice(VOWELS) + rng.choice(CODAS) for _ in range(syllables)
    )


def unique_words(rng: random.Random, count: int, syllables: tuple[int, int]) -> list[str]:
    words: dict[str, None] = {}
    while len(words) < count:
        word = invented_word(rng, rng.randint(*syllables))
        if len(word) >= 3 and word not in common_words.COMMON_WORDS:
            words.setdefault(word, None)
    return list(words)


class Shape:
    """The library's invented world: vocabularies, fandoms, characters and tag pools."""

    def __init__(self, works: int, rng: random.Random) -> None:
        self.general = unique_words(rng, 30_000, (1, 3))
        self.general_zipf = Zipf(len(self.general), 1.07)
        names = unique_words(rng, 40_000, (2, 3))
        fandom_count = max(40, works // 500)
        self.fandoms = [f"{names[i].title()} Chronicles" for i in range(fandom_count)]
        self.fandom_zipf = Zipf(fandom_count, 1.0)
        self.topics: list[list[str]] = []
        self.characters: list[list[str]] = []
        self.character_zipf: list[Zipf] = []
        pool = iter(unique_words(rng, fandom_count * 40, (2, 4)))
        for _ in range(fandom_count):
            self.topics.append([next(pool) for _ in range(40)])
            cast = [
                f"{rng.choice(names).title()} {rng.choice(names).title()}"
                for _ in range(rng.randint(8, 60))
            ]
            self.characters.append(list(dict.fromkeys(cast)))
            self.character_zipf.append(Zipf(len(self.characters[-1]), 1.1))
        modifiers = unique_words(rng, 200, (2, 3))
        self.freeforms = TROPES + [
            f"{rng.choice(TROPES)} {rng.choice(modifiers).title()}"
            for _ in range(5_000 - len(TROPES))
        ]
        self.freeform_zipf = Zipf(len(self.freeforms), 1.0)
        self.authors = [f"{rng.choice(names)}{rng.randint(1, 9999)}" for _ in range(works // 4 + 1)]
        self.author_zipf = Zipf(len(self.authors), 0.9)


def work_tags(shape: Shape, rng: random.Random) -> tuple[list[tuple[TagType, str]], int, list[str]]:
    """The tags of one work, its main fandom and its characters."""
    fandoms = list(dict.fromkeys(shape.fandom_zipf.draws(rng, 1 if rng.random() < 0.9 else 2)))
    main = fandoms[0]
    cast_pool = shape.characters[main]
    cast = list(dict.fromkeys(cast_pool[i] for i in shape.character_zipf[main].draws(rng, 6)))
    cast = cast[: rng.randint(2, 6)] if len(cast) > 2 else cast
    tags: list[tuple[TagType, str]] = [
        (TagType.RATING, rng.choices(list(RATING_WEIGHTS), list(RATING_WEIGHTS.values()))[0]),
        (TagType.CATEGORY, rng.choice(CATEGORIES)),
        (
            TagType.POV,
            rng.choices(["Third Person", "First Person", "Second Person"], [65, 30, 5])[0],
        ),
        (TagType.TENSE, "Past Tense" if rng.random() < 0.7 else "Present Tense"),
    ]
    if rng.random() < 0.55:
        tags.append((TagType.WARNING, NO_WARNINGS))
    else:
        tags += [(TagType.WARNING, w) for w in rng.sample(WARNINGS, rng.randint(1, 2))]
    tags += [(TagType.FANDOM, shape.fandoms[f]) for f in fandoms]
    tags += [(TagType.CHARACTER, name) for name in cast]
    for _ in range(rng.choice((0, 1, 1, 2))):
        if len(cast) >= 2:
            a, b = sorted(rng.sample(cast[:4], 2))
            tags.append((TagType.RELATIONSHIP, f"{a}/{b}" if rng.random() < 0.6 else f"{a} & {b}"))
    freeforms = {shape.freeforms[i] for i in shape.freeform_zipf.draws(rng, rng.randint(1, 6))}
    tags += [(TagType.FREEFORM, name) for name in sorted(freeforms)]
    return list(dict.fromkeys(tags))[:20], main, cast


def work_text(shape: Shape, rng: random.Random, fandom: int, cast: Sequence[str], n: int) -> str:
    """``n`` words in sentences: the general vocabulary, fandom topic words and names."""
    general, topic = shape.general, shape.topics[fandom]
    firsts = [name.split()[0] for name in cast]
    words = []
    for index in shape.general_zipf.draws(rng, n):
        roll = rng.random()
        if roll < 0.12:
            words.append(topic[min(int(rng.expovariate(0.15)), len(topic) - 1)])
        elif roll < 0.2:
            words.append(rng.choice(firsts))
        else:
            words.append(general[index])
    sentences = []
    at = 0
    while at < len(words):
        length = rng.randint(6, 18)
        chunk = words[at : at + length]
        sentences.append(chunk[0].capitalize() + " " + " ".join(chunk[1:]) + ".")
        at += length
    return " ".join(sentences)


def ensure_database(url: str, fresh: bool) -> None:
    """Create a PostgreSQL database named in ``url`` if missing (dropped first if ``fresh``)."""
    parsed = make_url(normalise_url(url))
    if parsed.get_backend_name() != "postgresql":
        if fresh and parsed.database:
            for suffix in ("", "-wal", "-shm"):
                Path(parsed.database + suffix).unlink(missing_ok=True)
        return
    admin = create_engine(parsed.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        if fresh:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{parsed.database}" WITH (FORCE)'))
        exists = conn.execute(
            text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": parsed.database}
        ).first()
        if not exists:
            conn.execute(text(f'CREATE DATABASE "{parsed.database}"'))
    admin.dispose()


def generate(
    db: Database, count: int, *, text_words: int, batch: int, seed: int, search_index: bool
) -> None:
    """Add ``count`` synthetic works to ``db`` (and build the full-text index over the whole
    library when ``search_index`` is set), printing progress."""
    rng = random.Random(seed)
    started = time.perf_counter()
    shape = Shape(count, rng)
    print(f"world built in {time.perf_counter() - started:.1f} s", flush=True)
    tag_ids: dict[tuple[TagType, str], int] = {}
    author_ids: dict[str, int] = {}
    term_works: dict[str, int] = {}
    feature_ids: dict[tuple[str, str], int] = {}
    with db.begin() as conn:
        first_id = next_work_id(conn)
    base = datetime(2008, 1, 1, tzinfo=UTC)
    done = 0
    signature_seconds = 0.0
    while done < count:
        size = min(batch, count - done)
        drafts = []
        for offset in range(size):
            tags, fandom, cast = work_tags(shape, rng)
            authors = [shape.authors[shape.author_zipf.draw(rng)]]
            if rng.random() < 0.05:
                authors.append(shape.authors[shape.author_zipf.draw(rng)])
            body = work_text(shape, rng, fandom, cast, text_words)
            words = int(min(600_000, max(100, rng.lognormvariate(8.2, 1.2))))
            day = base + timedelta(days=rng.randrange(365 * 18), seconds=rng.randrange(86_400))
            drafts.append((first_id + done + offset, tags, authors, body, words, day))
        with db.begin() as conn:
            new_tags = {t for d in drafts for t in d[1] if t not in tag_ids}
            if new_tags:
                tag_ids.update(get_or_create_tags(conn, new_tags))
            new_authors = {a for d in drafts for a in d[2] if a not in author_ids}
            if new_authors:
                author_ids.update(get_or_create_authors(conn, new_authors))
            works = [
                BulkWork(
                    id=work_id,
                    title=" ".join(body.split()[:4]).rstrip(".").title(),
                    text=body,
                    text_hash=hashlib.sha256(f"{work_id}:{body}".encode()).hexdigest(),
                    word_count=words,
                    author_ids=[author_ids[a] for a in authors],
                    tag_ids=[tag_ids[t] for t in tags],
                    created_at=day,
                    chapter_count=1 + (words // 6000 if rng.random() < 0.5 else 0),
                    complete=rng.random() < 0.8,
                    published=day.date(),
                )
                for work_id, tags, authors, body, words, day in drafts
            ]
            insert_works(conn, works)
            signing = time.perf_counter()
            rows = []
            for work_id, tags, _, body, _, _ in drafts:
                informative = [
                    (tag_ids[t], t[0].value)
                    for t in tags
                    if tag_key(t[1]) not in similar.UNINFORMATIVE_TAGS
                ]
                row = similar.signature_row(
                    work_id,
                    informative,
                    similar.text_terms(body),
                    term_works,
                    max(done + len(rows), 1),
                    round(rng.betavariate(2, 4), 3),
                )
                for kind, key in row.features:
                    if kind == "term":
                        term_works[key] = term_works.get(key, 0) + 1
                rows.append(row)
            bulk_write_signatures(conn, rows, feature_ids)
            signature_seconds += time.perf_counter() - signing
        done += size
        elapsed = time.perf_counter() - started
        print(f"{done:>9,} works  {elapsed:7.1f} s  {done / elapsed:8.0f} works/s", flush=True)
    recounting = time.perf_counter()
    with db.begin() as conn:
        recount_features(conn)
    signature_seconds += time.perf_counter() - recounting
    print(f"generated {count:,} works in {time.perf_counter() - started:.1f} s", flush=True)
    print(f"of which more-like-this signatures: {signature_seconds:.1f} s", flush=True)
    if not search_index:
        return
    indexing = time.perf_counter()
    with db.begin() as conn:
        indexed = rebuild_index(conn)
    print(
        f"full-text search index built for {indexed:,} works in "
        f"{time.perf_counter() - indexing:.1f} s",
        flush=True,
    )


REPLACED_ON_COPY = ("similar_features",)
"""Tables whose rows change as a library grows (feature counts): copied whole every time."""


def _copy_key(table: Any) -> str | None:
    """The column that grows with the library: rows above the target's largest are new."""
    if table.name in REPLACED_ON_COPY:
        return None
    return "id" if "id" in table.columns else "work_id" if "work_id" in table.columns else None


def copy_library(source: Database, target: Database, *, batch: int = 50_000) -> None:
    """Copy into ``target`` (migrated) the rows of every table of the schema that ``source``
    has and ``target`` lacks (by id or work id, so a second run after the source grew adds
    the rest; ``REPLACED_ON_COPY`` tables are copied whole), from one snapshot of
    ``source``, with ``fast_insert`` (``COPY`` on PostgreSQL, without key checks: the source
    is consistent). Then move the id sequences past the copied ids and index the new works
    for full-text search, printing progress and times."""
    started = time.perf_counter()
    index, indexed_id = (
        ("work_search", "work_id") if target.dialect == "postgresql" else ("works_fts", "rowid")
    )
    with target.connect() as conn:
        top_indexed = text(f"SELECT coalesce(max({indexed_id}), 0) FROM {index}")
        indexed_up_to = int(conn.execute(top_indexed).scalar_one())
    raw_source: Any = source.engine.raw_connection()
    try:
        raw_source.cursor().execute("BEGIN")  # one snapshot of a library that may still grow
        for table in schema.metadata.sorted_tables:
            names = [column.name for column in table.columns]
            key = _copy_key(table)
            after = 0
            with target.begin() as conn:
                if target.dialect == "postgresql":  # no cascades, no key checks
                    conn.execute(text("SET LOCAL session_replication_role = replica"))
                if key is None:
                    conn.execute(text(f'DELETE FROM "{table.name}"'))
                else:
                    top = conn.execute(text(f'SELECT coalesce(max({key}), 0) FROM "{table.name}"'))
                    # the last work's rows again, in case a stopped copy left them half done
                    after = max(0, int(top.scalar_one()) - 1)
                    conn.execute(text(f'DELETE FROM "{table.name}" WHERE {key} > {after}'))
            copying = time.perf_counter()
            cursor = raw_source.cursor()
            where = f" WHERE {key} > {after}" if key else ""
            cursor.execute(f'SELECT {", ".join(names)} FROM "{table.name}"{where}')
            copied = 0
            while rows := cursor.fetchmany(batch):
                with target.begin() as conn:
                    if target.dialect == "postgresql":
                        conn.execute(text("SET LOCAL session_replication_role = replica"))
                    fast_insert(conn, table, names, rows)
                copied += len(rows)
            took = time.perf_counter() - copying
            print(f"{table.name}: {copied:,} rows in {took:.1f} s", flush=True)
        raw_source.cursor().execute("COMMIT")
    finally:
        raw_source.close()
    if target.dialect == "postgresql":
        with target.begin() as conn:
            move_sequences(conn)
        with target.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM ANALYZE"))
    print(f"copied in {time.perf_counter() - started:.1f} s", flush=True)
    indexing = time.perf_counter()
    with target.begin() as conn:
        indexed = rebuild_index(conn, after=indexed_up_to)
    took = time.perf_counter() - indexing
    print(
        f"full-text search index: {indexed:,} works (those above id {indexed_up_to:,} "
        f"indexed in {took:.1f} s)",
        flush=True,
    )


_REPLICATED = {
    "works": "id",
    "work_authors": "work_id",
    "work_tags": "work_id",
    "similar_signatures": "work_id",
    "similar_postings": "work_id",
}


def replicate(db: Database, target: int) -> None:
    """Add copies of the first works of the SQLite library ``db`` under the next ids until
    it holds ``target`` works (see the module docstring), then recount the "more like this"
    features and rebuild the full-text index, printing times."""
    started = time.perf_counter()
    with db.begin() as conn:
        conn.execute(text("PRAGMA cache_size = -1048576"))  # 1 GiB: a big bulk write
        have = int(conn.execute(text("SELECT max(id) FROM works")).scalar_one())
        # Secondary indexes are built again afterwards (sorting once beats inserting each
        # copied row at a random place of them).
        names_list = ", ".join(f"'{name}'" for name in _REPLICATED)
        indexes = conn.execute(
            text(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
                f" AND tbl_name IN ({names_list})"
            )
        ).all()
        for index_name, _ in indexes:
            conn.execute(text(f'DROP INDEX "{index_name}"'))
        while have < target:  # each round copies at most the works there are
            copied = min(have, target - have)
            for name, key in _REPLICATED.items():
                table = schema.metadata.tables[name]
                names = [column.name for column in table.columns]
                values = [
                    f"{key} + {have}"
                    if column == key
                    else "substr(text_hash, 1, 48) || printf('%016x', id + :have)"
                    if column == "text_hash"
                    else column
                    for column in names
                ]
                conn.execute(
                    text(
                        f'INSERT INTO "{name}" ({", ".join(names)})'
                        f' SELECT {", ".join(values)} FROM "{name}" WHERE {key} <= :copied'
                    ),
                    {"have": have, "copied": copied},
                )
                print(f"{name}: copied in {time.perf_counter() - started:.1f} s", flush=True)
            have += copied
        for _, sql in indexes:
            conn.execute(text(sql))
        print(f"indexes rebuilt at {time.perf_counter() - started:.1f} s", flush=True)
        recount_features(conn)
    print(f"replicated to {have:,} works in {time.perf_counter() - started:.1f} s", flush=True)
    indexing = time.perf_counter()
    with db.begin() as conn:
        indexed = rebuild_index(conn)
    took = time.perf_counter() - indexing
    print(f"full-text search index built for {indexed:,} works in {took:.1f} s", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--works", type=int, default=100_000)
    parser.add_argument("--db", required=True, help="database URL")
    parser.add_argument("--text-words", type=int, default=150)
    parser.add_argument("--batch", type=int, default=2_000)
    parser.add_argument("--seed", type=int, default=4)
    parser.add_argument("--fresh", action="store_true", help="start from an empty database")
    parser.add_argument(
        "--no-search-index", action="store_true", help="do not build the full-text index"
    )
    parser.add_argument("--copy-from", help="copy this generated library instead")
    parser.add_argument("--replicate-to", type=int, help="copy works until there are this many")
    args = parser.parse_args()
    print(describe(), flush=True)
    ensure_database(args.db, args.fresh)
    db = open_database(args.db)
    if args.replicate_to:
        replicate(db, args.replicate_to)
        db.close()
        return
    if args.copy_from:
        source = open_database(args.copy_from, upgrade=False)
        copy_library(source, db)
        source.close()
        db.close()
        return
    generate(
        db,
        args.works,
        text_words=args.text_words,
        batch=args.batch,
        seed=args.seed,
        search_index=not args.no_search_index,
    )
    db.close()


if __name__ == "__main__":
    main()

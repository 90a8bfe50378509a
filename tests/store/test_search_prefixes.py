"""SQLite: a one- or two-letter prefix (``a*``, ``th*``) made FTS5 merge the lists of every
indexed word starting so (0.6–1.0 s at 718 works); migration 0013 gave ``works_fts`` prefix
indexes of one and two characters, which answer such a query from one list. The answers,
their order and their counts are the same as without them."""

from __future__ import annotations

import random

from alembic import command
from sqlalchemy import text

from ficshelf.store.db import Database, _alembic_config
from ficshelf.store.search import SearchRequest, Sort, search
from reader_tables import add_reader_tables, drop_reader_tables
from search_library import save

VOCABULARY = (
    "a an and at as ash ask the then there thorn through to toll tide sea salt sail storm"
    " stone lamp lantern light keeper bay boat oar tow thatch thistle b be bell"
).split()
QUERIES = ("a*", "t*", "th*", "s*", "st*", "b*", "l*", "la*", "lan*", "x*", "a* -t*", "th* OR b*")


def _fts_options(db: Database) -> str:
    with db.connect() as conn:
        return str(
            conn.execute(text("SELECT sql FROM sqlite_master WHERE name = 'works_fts'")).scalar()
        )


def _answers(db: Database) -> dict[tuple[str, Sort], tuple[int, list[int]]]:
    answers = {}
    with db.connect() as conn:
        for query in QUERIES:
            for sort in (Sort.RELEVANCE, Sort.TITLE):
                request = SearchRequest(query=query, sort=sort, per_page=50, facets=False)
                result = search(conn, request)
                answers[query, sort] = (result.total, [hit.work.id for hit in result.hits.items])
    return answers


def test_prefix_indexes_give_the_same_answers(sqlite_db: Database) -> None:
    rng = random.Random(45)
    for n in range(40):
        words = " ".join(rng.choices(VOCABULARY, k=rng.randrange(3, 40)))
        save(sqlite_db, f"Work {n} {rng.choice(VOCABULARY)}", words, added=1 + n % 28)
    assert "prefix = '1 2'" in _fts_options(sqlite_db)
    with_prefixes = _answers(sqlite_db)
    with sqlite_db.engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0012")
        add_reader_tables(conn)  # today's reads count what readers left
    assert "prefix" not in _fts_options(sqlite_db)
    assert _answers(sqlite_db) == with_prefixes
    with sqlite_db.engine.begin() as conn:
        drop_reader_tables(conn)
        command.upgrade(_alembic_config(conn), "head")
    assert "prefix = '1 2'" in _fts_options(sqlite_db)
    assert _answers(sqlite_db) == with_prefixes
    assert with_prefixes["a*", Sort.RELEVANCE][0] > 0

"""Keeping the full-text index in step with the works.

Each work has one search document: its title, authors, tags (live links, by the name on the
work and by the canonical name), summary, notes and story text. SQLite keeps it in the FTS5
table ``works_fts`` (rowid = work id; bm25 weights in ``store.search``; prefix indexes of
one and two characters, so ``t*`` reads one list), PostgreSQL in ``work_search`` as a
``tsvector`` weighted A (title), B (authors, tags), C (summary, notes) and D (story text;
the first ``PG_BODY_CHARS`` characters, as a ``tsvector`` holds at most 1 MB), built with
``TEXT_CONFIG``, which drops no word, as FTS5 drops none. Migration 0013 set both up.

Every field is indexed in Unicode's NFKC form, as queries are read
(``ficshelf.search_query``), so full-width "ｌａｍｐ" in a story and "lamp" in a query meet:
SQLite through the ``nfkc`` function ``store.db`` gives each connection, PostgreSQL through
its own ``normalize(…, NFKC)``. Migration 0011 rewrote the documents older versions wrote
for works whose text was not in that form.

``save_work`` and the tag edits call ``index_work`` in the same transaction as their
change, so the index is never behind a committed work; ``index_batch`` writes the same
documents for many works at once (``store.reindex``). Deleting a work drops its document
(a trigger on SQLite, a cascading key on PostgreSQL). On SQLite both also append to the
change log ``search_changes`` that ``store.tag_bitmaps`` reads. Making a tag a synonym
rewrites the documents of the works carrying it (``store.reindex``); ``rebuild_index``
re-creates every document in bulk, for a database filled by other means.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from sqlalchemy import Connection, bindparam, func, select, text

from ficshelf.store import schema

BATCH = 500
"""How many works ``index_batch`` writes the documents of at a time."""

PG_BODY_CHARS = 250_000
"""How much of a story's text the PostgreSQL index holds (its ``tsvector`` limit is 1 MB)."""

TEXT_CONFIG = "ficshelf_english"
"""The PostgreSQL text-search configuration (migration 0013): PostgreSQL's ``english``
with its stop list taken off, so every word is indexed and every word of a query counts, as
on SQLite (the porter stemmer over unicode61, which drops no word)."""

_CONFIG_EXISTS = text("SELECT 1 FROM pg_ts_config WHERE cfgname = :name")


def ensure_text_config(conn: Connection) -> None:
    """Create ``TEXT_CONFIG`` on PostgreSQL if it is not there: a copy of ``english`` whose
    words go through the Snowball English stemmer with no stop list (the dictionary
    ``TEXT_CONFIG_stem``). Migration 0013 calls it, and so do the migrations before it that
    write search documents with ``index_work``, which reads this configuration. Nothing to
    do on SQLite."""
    if conn.dialect.name != "postgresql":
        return
    if conn.execute(_CONFIG_EXISTS, {"name": TEXT_CONFIG}).first() is not None:
        return
    conn.execute(
        text(
            f"CREATE TEXT SEARCH DICTIONARY {TEXT_CONFIG}_stem"
            " (TEMPLATE = snowball, LANGUAGE = english)"
        )
    )
    conn.execute(
        text(f"CREATE TEXT SEARCH CONFIGURATION {TEXT_CONFIG} (COPY = pg_catalog.english)")
    )
    conn.execute(
        text(
            f"ALTER TEXT SEARCH CONFIGURATION {TEXT_CONFIG}"
            f" ALTER MAPPING REPLACE english_stem WITH {TEXT_CONFIG}_stem"
        )
    )


_SQLITE_DELETE = text("DELETE FROM works_fts WHERE rowid = :id")
_SQLITE_DELETE_MANY = text("DELETE FROM works_fts WHERE rowid IN :ids").bindparams(
    bindparam("ids", expanding=True)
)
_SQLITE_INSERT = text(
    "INSERT INTO works_fts (rowid, title, authors, summary, notes, tags, body)"
    " SELECT w.id, nfkc(w.title), nfkc(:authors), nfkc(w.summary), nfkc(:notes), nfkc(:tags),"
    " nfkc(w.text) FROM works w WHERE w.id = :id"
)
_PG_UPSERT = text(
    "INSERT INTO work_search (work_id, document)"
    " SELECT w.id,"
    f" setweight(to_tsvector('{TEXT_CONFIG}', normalize(w.title, NFKC)), 'A')"
    f" || setweight(to_tsvector('{TEXT_CONFIG}', normalize(:authors || ' ' || :tags, NFKC)), 'B')"
    f" || setweight(to_tsvector('{TEXT_CONFIG}',"
    " normalize(coalesce(w.summary, '') || ' ' || :notes, NFKC)), 'C')"
    f" || setweight(to_tsvector('{TEXT_CONFIG}', normalize(left(w.text, {PG_BODY_CHARS}), NFKC)),"
    " 'D') FROM works w WHERE w.id = :id"
    " ON CONFLICT (work_id) DO UPDATE SET document = excluded.document"
)


CHANGES_KEPT = 50_000
"""How many entries of the change log (SQLite) are kept; a reader further behind rebuilds."""
_PRUNE_EVERY = 1000
_LOG = "INSERT INTO search_changes (work_id) VALUES (:work_id)"
_LOG_CHANGE = text(_LOG + " RETURNING seq")
_LOG_CHANGES = text(_LOG)  # many at once (executemany), the last seq read after
_LAST_SEQ = text("SELECT max(seq) FROM search_changes")
_PRUNE = text("DELETE FROM search_changes WHERE seq < :below")


def _joined(values: Sequence[str | None]) -> str:
    return "\n".join(value for value in values if value)


def _parts(conn: Connection, work_id: int) -> dict[str, object]:
    """The pieces of a work's document that do not live in its ``works`` row."""
    return _parts_of(conn, [work_id])[0]


def _parts_of(conn: Connection, work_ids: Sequence[int]) -> list[dict[str, object]]:
    """``_parts`` of each of ``work_ids`` (in that order), read in three statements."""
    authors, work_authors = schema.authors, schema.work_authors
    names: dict[int, list[str]] = defaultdict(list)
    for work_id, name in conn.execute(
        select(work_authors.c.work_id, authors.c.name)
        .join(work_authors, work_authors.c.author_id == authors.c.id)
        .where(work_authors.c.work_id.in_(work_ids))
        .order_by(work_authors.c.work_id, work_authors.c.position)
    ):
        names[work_id].append(name)
    notes: dict[int, list[str]] = defaultdict(list)
    for work_id, note in conn.execute(
        select(schema.notes.c.work_id, schema.notes.c.text)
        .where(schema.notes.c.work_id.in_(work_ids))
        .order_by(schema.notes.c.work_id, schema.notes.c.position)
    ):
        notes[work_id].append(note)
    tags, links = schema.tags, schema.work_tags
    canonical = tags.alias("canonical")
    tag_names: dict[int, list[str]] = defaultdict(list)
    for work_id, name, canonical_name in conn.execute(
        select(links.c.work_id, tags.c.name, canonical.c.name)
        .select_from(
            links.join(tags, tags.c.id == links.c.tag_id).outerjoin(
                canonical, canonical.c.id == tags.c.canonical_id
            )
        )
        .where(links.c.work_id.in_(work_ids), links.c.removed.is_(False))
        .order_by(links.c.work_id, tags.c.id)
    ):
        tag_names[work_id] += [n for n in (name, canonical_name) if n]
    return [
        {
            "id": work_id,
            "authors": _joined(names[work_id]),
            "notes": _joined(notes[work_id]),
            "tags": _joined(list(dict.fromkeys(tag_names[work_id]))),
        }
        for work_id in work_ids
    ]


def record_change(conn: Connection, work_id: int | None) -> None:
    """Log (SQLite) that the tags of work ``work_id`` may have changed (``None``: the
    synonyms changed, so any work's may have), for ``store.tag_bitmaps``; the oldest entries
    are dropped now and then. Nothing to do on PostgreSQL."""
    if conn.dialect.name != "sqlite":
        return
    seq = conn.execute(_LOG_CHANGE, {"work_id": work_id}).scalar_one()
    if seq % _PRUNE_EVERY == 0:
        conn.execute(_PRUNE, {"below": seq - CHANGES_KEPT})


def _record_changes(conn: Connection, work_ids: Sequence[int]) -> None:
    """``record_change`` for each of ``work_ids``, in one statement and one pruning."""
    if conn.dialect.name != "sqlite" or not work_ids:
        return
    conn.execute(_LOG_CHANGES, [{"work_id": work_id} for work_id in work_ids])
    seq = int(conn.execute(_LAST_SEQ).scalar_one())
    if seq % _PRUNE_EVERY < len(work_ids):  # passed a multiple of _PRUNE_EVERY
        conn.execute(_PRUNE, {"below": seq - CHANGES_KEPT})


def index_work(conn: Connection, work_id: int) -> None:
    """(Re)write the search document of work ``work_id`` from what is stored now (a work
    that does not exist leaves no document) and log the change (``record_change``). Every
    writer of a work's tags calls this in the same transaction."""
    params = _parts(conn, work_id)
    if conn.dialect.name == "postgresql":
        conn.execute(_PG_UPSERT, params)
    else:
        conn.execute(_SQLITE_DELETE, {"id": work_id})
        conn.execute(_SQLITE_INSERT, params)
    record_change(conn, work_id)


def index_batch(conn: Connection, work_ids: Iterable[int]) -> None:
    """(Re)write the search documents of ``work_ids`` from what is stored now, exactly as
    ``index_work`` writes each, and log the changes: ``BATCH`` works at a time, their
    authors, notes and tags read in three statements and their documents written in one
    (a synonym or ``reconcile`` that touches thousands of works, ``store.reindex``)."""
    ordered = sorted(set(work_ids))
    postgres = conn.dialect.name == "postgresql"
    for at in range(0, len(ordered), BATCH):
        chunk = ordered[at : at + BATCH]
        params = _parts_of(conn, chunk)
        if postgres:
            conn.execute(_PG_UPSERT, params)
        else:
            conn.execute(_SQLITE_DELETE_MANY, {"ids": chunk})
            conn.execute(_SQLITE_INSERT, params)
        _record_changes(conn, chunk)


# The same documents as ``index_work`` writes, for a range of works in one statement.
_SQLITE_AUTHORS = (
    "(SELECT group_concat(a.name, char(10)) FROM work_authors wa"
    " JOIN authors a ON a.id = wa.author_id WHERE wa.work_id = w.id)"
)
_SQLITE_NOTES = "(SELECT group_concat(n.text, char(10)) FROM notes n WHERE n.work_id = w.id)"
_SQLITE_TAGS = (
    "(SELECT group_concat(t.name || coalesce(char(10) || c.name, ''), char(10))"
    " FROM work_tags wt JOIN tags t ON t.id = wt.tag_id LEFT JOIN tags c ON c.id = t.canonical_id"
    " WHERE wt.work_id = w.id AND NOT wt.removed)"
)
_SQLITE_BULK = text(
    "INSERT INTO works_fts (rowid, title, authors, summary, notes, tags, body)"
    f" SELECT w.id, nfkc(w.title), nfkc({_SQLITE_AUTHORS}), nfkc(w.summary),"
    f" nfkc({_SQLITE_NOTES}), nfkc({_SQLITE_TAGS}),"
    " nfkc(w.text) FROM works w WHERE w.id > :after AND w.id <= :upto"
)
_PG_AUTHORS = _SQLITE_AUTHORS.replace("group_concat", "string_agg").replace("char(10)", "E'\\n'")
_PG_NOTES = _SQLITE_NOTES.replace("group_concat", "string_agg").replace("char(10)", "E'\\n'")
_PG_TAGS = (
    "(SELECT string_agg(t.name || coalesce(E'\\n' || c.name, ''), E'\\n')"
    " FROM work_tags wt JOIN tags t ON t.id = wt.tag_id LEFT JOIN tags c ON c.id = t.canonical_id"
    " WHERE wt.work_id = w.id AND NOT wt.removed)"
)
_PG_BULK = text(
    "INSERT INTO work_search (work_id, document) SELECT w.id,"
    f" setweight(to_tsvector('{TEXT_CONFIG}', normalize(w.title, NFKC)), 'A')"
    f" || setweight(to_tsvector('{TEXT_CONFIG}',"
    f" normalize(coalesce({_PG_AUTHORS}, '') || ' ' || coalesce({_PG_TAGS}, ''), NFKC)), 'B')"
    f" || setweight(to_tsvector('{TEXT_CONFIG}',"
    f" normalize(coalesce(w.summary, '') || ' ' || coalesce({_PG_NOTES}, ''), NFKC)), 'C')"
    f" || setweight(to_tsvector('{TEXT_CONFIG}', normalize(left(w.text, {PG_BODY_CHARS}), NFKC)),"
    " 'D')"
    " FROM works w WHERE w.id > :after AND w.id <= :upto"
    " ON CONFLICT (work_id) DO UPDATE SET document = excluded.document"
)


def rebuild_index(conn: Connection, *, batch: int = 10_000, after: int = 0) -> int:
    """Re-create the search document of every work (with ``after``, of the works with a
    higher id only, such as those a bulk load just added), ``batch`` works a statement (for
    a database filled without ``save_work``, such as a generated benchmark library), and log
    that every work changed. Returns the number of works indexed in all."""
    works = schema.works
    top = conn.execute(select(func.max(works.c.id))).scalar_one() or 0
    postgres = conn.dialect.name == "postgresql"
    if not postgres and after:
        conn.execute(text("DELETE FROM works_fts WHERE rowid > :after"), {"after": after})
    elif not postgres:
        conn.execute(text("DELETE FROM works_fts"))
    for start in range(after, top, batch):
        conn.execute(
            _PG_BULK if postgres else _SQLITE_BULK, {"after": start, "upto": start + batch}
        )
    record_change(conn, None)
    return indexed_count(conn)


def indexed_count(conn: Connection) -> int:
    """Return how many works have a search document (for checks and benchmarks)."""
    table = "work_search" if conn.dialect.name == "postgresql" else "works_fts"
    return int(conn.execute(select(func.count()).select_from(text(table))).scalar_one())

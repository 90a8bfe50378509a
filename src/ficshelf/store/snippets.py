"""Snippets: the stretch of a work's text around what a text query matched, marked by the
database itself (FTS5 ``snippet`` on SQLite, ``ts_headline`` on PostgreSQL).

Both look only at the first ``HEAD_CHARS`` characters of a story: what it costs to mark
matches grows with the length of the text and (FTS5's ``snippet``) with the square of its
matches, so a 2 MB story searched for "the" took over a minute on SQLite, and a 25 MB one
held a server thread for good (``benchmarks/long_work_snippets.py``). On SQLite the page's
works are copied, their story cut to that head, into a temporary FTS5 table
(``works_fts_head``, of the connection, with the same columns and tokenizer as
``works_fts``) and the snippet is marked there; a work whose only match in the story lies
further in shows its summary's or notes' match, else no snippet, as on PostgreSQL."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Boolean,
    ColumnElement,
    Connection,
    Integer,
    String,
    bindparam,
    column,
    func,
    literal_column,
    select,
    table,
    text,
)

from ficshelf.store import schema
from ficshelf.store.search_index import TEXT_CONFIG

HIT_START, HIT_END = "\ue000", "\ue001"
"""Private-use characters the databases put around a matched word in a snippet."""

SNIPPET_WORDS = 28
HEAD_CHARS = 60_000
"""How far into a story the databases look for a snippet."""

works = schema.works
fts = table("works_fts", column("rowid", Integer))
_HEAD_TABLE = "works_fts_head"
_heads = table(_HEAD_TABLE, column("rowid", Integer))
_CREATE_HEADS = text(
    f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{_HEAD_TABLE} USING fts5("
    "title, authors, summary, notes, tags, body,"
    " tokenize = 'porter unicode61 remove_diacritics 2')"
)  # works_fts's columns and tokenizer (migration 0013), without its prefix indexes
_FILL_HEADS = text(
    f"INSERT INTO temp.{_HEAD_TABLE} (rowid, title, authors, summary, notes, tags, body)"
    f" SELECT rowid, title, authors, summary, notes, tags, substr(body, 1, {HEAD_CHARS})"
    " FROM works_fts WHERE rowid IN :ids"
).bindparams(bindparam("ids", expanding=True))
_EMPTY_HEADS = text(f"DELETE FROM temp.{_HEAD_TABLE}")


def text_match(expression: str, index: str = "works_fts") -> ColumnElement[bool]:
    """The condition that a row of the FTS5 table ``index`` matches ``expression``."""
    return literal_column(index).op("MATCH", return_type=Boolean)(expression)


@dataclass(frozen=True, slots=True)
class Snippet:
    """A stretch of a work around what matched: ``parts`` alternate plain text and matched
    words, as ``(text, matched)`` pairs."""

    parts: tuple[tuple[str, bool], ...]

    @property
    def text(self) -> str:
        return "".join(part for part, _ in self.parts)


def _snippet(marked: str | None) -> Snippet | None:
    """Split a snippet the database marked with ``HIT_START``/``HIT_END`` into parts;
    ``None`` when nothing in it matched."""
    if not marked or HIT_START not in marked:
        return None
    flat = " ".join(marked.split())
    parts: list[tuple[str, bool]] = []
    for index, piece in enumerate(flat.replace(HIT_END, HIT_START).split(HIT_START)):
        if piece:
            parts.append((piece, index % 2 == 1))
    return Snippet(tuple(parts))


def _fts_snippet(column_index: int) -> ColumnElement[str]:
    return literal_column(
        f"snippet({_HEAD_TABLE}, {column_index}, '{HIT_START}', '{HIT_END}', '…', {SNIPPET_WORDS})",
        type_=String,
    )


def snippets(
    conn: Connection,
    ids: Sequence[int],
    *,
    tsquery: ColumnElement[Any] | None = None,
    fts_match: str | None = None,
) -> dict[int, Snippet]:
    """Return a snippet of the story text (else the summary, else the notes) around what
    matched the PostgreSQL ``tsquery`` or the FTS5 expression ``fts_match``, for each of
    ``ids`` where one of those matched; title, author and tag matches show in the blurb
    itself. Without a query, or without ids, returns nothing."""
    if not ids:
        return {}
    if tsquery is not None:
        opening = func.left(works.c.text, HEAD_CHARS)
        options = (
            f"StartSel={HIT_START}, StopSel={HIT_END}, MaxWords={SNIPPET_WORDS},"
            ' MinWords=12, MaxFragments=2, FragmentDelimiter=" … "'
        )
        fields: list[ColumnElement[Any]] = [
            func.ts_headline(literal_column(f"'{TEXT_CONFIG}'"), part, tsquery, options)
            for part in (opening, func.coalesce(works.c.summary, ""))
        ]
        rows = conn.execute(select(works.c.id, *fields).where(works.c.id.in_(ids))).all()
    elif fts_match is not None:
        rows = _sqlite_snippets(conn, ids, fts_match)
    else:
        return {}
    found = {}
    for work_id, *candidates in rows:
        snippet = next(filter(None, map(_snippet, candidates)), None)
        if snippet is not None:
            found[work_id] = snippet
    return found


def _sqlite_snippets(conn: Connection, ids: Sequence[int], fts_match: str) -> list[Any]:
    """The body, summary and notes snippets of ``ids`` that match ``fts_match``, marked in
    the temporary table of their documents with the story cut to ``HEAD_CHARS``."""
    conn.execute(_CREATE_HEADS)
    conn.execute(_EMPTY_HEADS)  # left by a statement that failed half-way
    conn.execute(_FILL_HEADS, {"ids": list(ids)})
    try:
        fields = [_fts_snippet(index) for index in (5, 2, 3)]  # body, summary, notes
        return list(
            conn.execute(
                select(_heads.c.rowid, *fields).where(text_match(fts_match, _HEAD_TABLE))
            ).all()
        )
    finally:
        conn.execute(_EMPTY_HEADS)

"""Snippets: the stretch of a work's text around what a text query matched, marked by the
database itself (FTS5 ``snippet`` on SQLite, ``ts_headline`` on PostgreSQL)."""

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
    column,
    func,
    literal_column,
    select,
    table,
)

from ficshelf.store import schema
from ficshelf.store.search_index import TEXT_CONFIG

HIT_START, HIT_END = "\ue000", "\ue001"
"""Private-use characters the databases put around a matched word in a snippet."""

SNIPPET_WORDS = 28
_PG_HEADLINE_CHARS = 60_000  # how far into a story PostgreSQL looks for a snippet

works = schema.works
fts = table("works_fts", column("rowid", Integer))
_fts_match: ColumnElement[Any] = literal_column("works_fts")


def text_match(expression: str) -> ColumnElement[bool]:
    """The condition that a row of ``works_fts`` matches the FTS5 ``expression``."""
    return _fts_match.op("MATCH", return_type=Boolean)(expression)


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
        f"snippet(works_fts, {column_index}, '{HIT_START}', '{HIT_END}', '…', {SNIPPET_WORDS})",
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
        opening = func.left(works.c.text, _PG_HEADLINE_CHARS)
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
        fields = [_fts_snippet(index) for index in (5, 2, 3)]  # body, summary, notes
        rows = conn.execute(
            select(fts.c.rowid, *fields).where(text_match(fts_match), fts.c.rowid.in_(ids))
        ).all()
    else:
        return {}
    found = {}
    for work_id, *candidates in rows:
        snippet = next(filter(None, map(_snippet, candidates)), None)
        if snippet is not None:
            found[work_id] = snippet
    return found

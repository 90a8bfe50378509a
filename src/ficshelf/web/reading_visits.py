"""A signed-in reader's history on the work pages: what a page shows of it ("Continue
reading", the Mark for Later button) and recording the page view.

A view is recorded for a signed-in reader whose history is on, when their browser ``GET``s
a work's page or a chapter's page: one upsert (``store.readings.record_visit``) after the
page's reads, before it is rendered. Not for a ``HEAD``, nor a JSON twin (a script reading
the API is not reading the story), nor a visitor (bots and crawlers have no account); a
refused comment's form, which answers a ``POST`` with the page, is no visit either. Those
pages carry no ``ETag`` (``http_cache``: a signed-in reader's answers are private), so a
browser never gets a 304 for them and every view reaches this code.
"""

from __future__ import annotations

from typing import Any

from flask import request
from sqlalchemy import Connection

from ficshelf.store.readings import Reading, history_on, reading_of, record_visit, resume_at
from ficshelf.store.work_views import WorkDetail
from ficshelf.web.accounts import signed_in
from ficshelf.web.rendering import Format
from ficshelf.web.request_args import database


def continue_at(entry: Reading | None, work: WorkDetail) -> dict[str, Any]:
    """Where "Continue reading" leads (``store.readings.resume_at``, as ``/history``):
    ``continue_at``, the last chapter read, for a work of several chapters that still has
    it, else ``None``; ``continue_part``, the part of it (of a one-shot's text) the reader
    was on, ``{"part": m, "parts": n}``, when it is read in several parts and still has
    that part, else ``None``."""
    place = resume_at(entry, len(work.chapters))
    if place is None:
        return {"continue_at": None, "continue_part": None}
    part = None if place.part is None else {"part": place.part, "parts": place.parts}
    return {"continue_at": place.chapter, "continue_part": part}


def reader_history(conn: Connection, user_id: int, work: WorkDetail) -> dict[str, Any]:
    """What a work's page shows a signed-in reader of their history of ``work``, as it was
    before this view: ``history`` (whether they keep one), ``reading`` (their entry:
    ``store.readings.Reading``, ``null`` without one or with history off),
    ``continue_at`` and ``continue_part`` (``continue_at``)."""
    on = history_on(conn, user_id)
    entry = reading_of(conn, user_id, work.id) if on else None
    return {"history": on, "reading": entry, **continue_at(entry, work)}


def record_view(
    fmt: Format,
    reader: dict[str, Any] | None,
    work_id: int,
    chapter: int | None,
    *,
    part: int | None = None,
    moves: bool,
) -> None:
    """Record a page view of work ``work_id`` (``chapter`` shown, ``None`` for all of it;
    its ``part``) in the history of the signed-in reader, ``reader`` being what the page
    shows them (``reader_history``'s keys among them; ``None`` for a visitor): only for an
    HTML ``GET`` with history on. ``moves``: the page is the chapter's own (or a one-shot's
    part asked for), so it becomes where the reader is."""
    me = signed_in()
    if me is None or reader is None or not reader["history"]:
        return
    if fmt != "html" or request.method != "GET":
        return
    with database().begin() as conn:
        record_visit(conn, me.id, work_id, chapter, part=part, moves=moves)

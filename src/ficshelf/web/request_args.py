"""Reading a request: query-string arguments checked once (bad values are a 400) and a
database connection for the view.

An empty argument counts as absent (``?page=`` is page 1, ``?tag=`` no filter), as a form
submits a field left blank and as the search reads its arguments (``search_args``)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

from flask import current_app, request
from sqlalchemy import Connection
from werkzeug.exceptions import BadRequest

from ficshelf.store.db import Database

DB_KEY = "ficshelf.db"
_WHOLE_NUMBER = re.compile(r"[1-9][0-9]{0,8}")
_ANY_WHOLE_NUMBER = re.compile(r"[1-9][0-9]*")
PAGE_DIGITS = 30
"""A page number longer than this is read as this many nines: past the end of any list."""


def database() -> Database:
    """Return the database the current app serves."""
    db: Database = current_app.extensions[DB_KEY]
    return db


@contextmanager
def reading() -> Iterator[Connection]:
    """Yield a read connection to the app's database for the length of a view."""
    with database().connect() as conn:
        yield conn


def positive_arg(name: str, default: int = 1) -> int:
    """Return query argument ``name`` as a whole number from 1 (``default`` when absent or
    empty). Raises ``BadRequest`` for anything else."""
    raw = request.args.get(name)
    if not raw:
        return default
    if not _WHOLE_NUMBER.fullmatch(raw):
        raise BadRequest(f"{name} must be a whole number from 1, not {raw!r}")
    return int(raw)


def page_arg() -> int:
    """Return the ``page`` query argument (default 1, also when empty), a whole number from
    1 however large: a page past the end is left to the query (``PastLastPage``, a 404).
    Raises ``BadRequest`` if it is not a whole number from 1."""
    raw = request.args.get("page")
    if not raw:
        return 1
    if not _ANY_WHOLE_NUMBER.fullmatch(raw):
        raise BadRequest(f"page must be a whole number from 1, not {raw!r}")
    return int(raw) if len(raw) <= PAGE_DIGITS else int("9" * PAGE_DIGITS)


def per_page() -> int:
    """Return the configured number of works per page (``FICSHELF_PER_PAGE``)."""
    return int(current_app.config["FICSHELF_PER_PAGE"])


def choice_arg(name: str, choices: tuple[str, ...]) -> str | None:
    """Return query argument ``name`` if it is one of ``choices``, ``None`` when absent or
    empty. Raises ``BadRequest`` for any other value."""
    raw = request.args.get(name)
    if not raw:
        return None
    if raw in choices:
        return raw
    allowed = ", ".join(repr(c) for c in choices)
    raise BadRequest(f"{name} must be one of {allowed}, not {raw!r}")


MAX_TAG_FILTERS = 10


def tag_filter_args() -> list[tuple[str, str]]:
    """Return the ``tag`` query arguments as ``(type, name)`` pairs: each is written
    ``type:name`` ("character:Maren Holt"), at most ``MAX_TAG_FILTERS`` of them; empty ones
    are skipped. Raises ``BadRequest`` for one without a type or a name, or for too many."""
    raw = [value for value in request.args.getlist("tag") if value]
    if len(raw) > MAX_TAG_FILTERS:
        raise BadRequest(f"at most {MAX_TAG_FILTERS} tag filters, not {len(raw)}")
    pairs = []
    for value in raw:
        tag_type, _, name = value.partition(":")
        if not tag_type.strip() or not name.strip():
            raise BadRequest(f"tag must be written type:name, not {value!r}")
        pairs.append((tag_type.strip(), name.strip()))
    return pairs

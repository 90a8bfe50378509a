"""Saved exclusions of an anonymous reader: kept in the browser as a cookie that the server
reads, so every listing and search hides those works without any script running.

The cookie ``ficshelf_exclude`` holds up to ``MAX_SAVED`` tags as ``type:name`` lines,
percent-encoded. Only ``POST /exclusions`` (a plain form; ``static/search.js`` adds tag
autocomplete to it) sets it, so it can be ``HttpOnly``. Tags the library does not know
hide nothing. Once accounts exist, ``store.exclusions.save_exclusions`` keeps the same list
on an account.
"""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import quote, unquote

from flask import request
from sqlalchemy import Connection
from werkzeug.wrappers import Response

from ficshelf.search_query import QueryError, TagRef, parse_tag_ref
from ficshelf.store.resolved_tags import resolve_tags

COOKIE = "ficshelf_exclude"
MAX_SAVED = 50
MAX_AGE = 400 * 24 * 3600  # the longest that browsers keep a cookie


def cookie_path() -> str:
    """Return the path the cookie is scoped to: the archive's own, ``/`` or the sub-path a
    host serves it under (``/fics/``), so other sites on the same host never see it."""
    return request.script_root + "/"


def saved_exclusions() -> tuple[TagRef, ...]:
    """Return the tags the reader's browser holds as saved exclusions (unreadable entries
    are skipped)."""
    raw = request.cookies.get(COOKIE, "")
    refs: list[TagRef] = []
    for line in unquote(raw).split("\n")[:MAX_SAVED]:
        try:
            refs.append(parse_tag_ref(line))
        except QueryError:
            continue
    return tuple(dict.fromkeys(refs))


def hidden_tag_ids(conn: Connection) -> tuple[int, ...]:
    """Return the ids of every tag (synonyms included) the reader's saved exclusions name."""
    found = resolve_tags(conn, saved_exclusions())
    return tuple(sorted({tag_id for tag in found for tag_id in tag.ids}))


def store_exclusions(response: Response, refs: Sequence[TagRef]) -> None:
    """Set the cookie on ``response`` to hold ``refs`` (at most ``MAX_SAVED``)."""
    value = quote("\n".join(str(ref) for ref in list(refs)[:MAX_SAVED]), safe="")
    response.set_cookie(
        COOKIE,
        value,
        max_age=MAX_AGE,
        path=cookie_path(),
        samesite="Lax",
        httponly=True,
        secure=request.is_secure,  # over HTTPS (behind a trusted proxy: X-Forwarded-Proto)
    )

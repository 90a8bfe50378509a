"""The filter of a list of bookmarks (a reader's page, one's own bookmarks): ``?tag=`` (one
of the reader's own tags, in any case) and ``?q=`` (words to find in the notes, tags and
titles)."""

from __future__ import annotations

from typing import Any

from flask import abort, request
from sqlalchemy import Connection

from ficshelf.reader_posts import MAX_TAG
from ficshelf.store.bookmarks import bookmarks_of
from ficshelf.web.request_args import page_arg, per_page

MAX_SEARCH = 200
"""The most characters ``?q=`` holds."""


def _arg(name: str, limit: int) -> str:
    value = " ".join(request.args.get(name, "").split())
    if len(value) > limit:
        abort(400, f"{name} holds at most {limit} characters")
    return value


def listed_bookmarks(conn: Connection, user_id: int, *, with_private: bool) -> dict[str, Any]:
    """The context of a bookmark list for account ``user_id`` (private bookmarks only
    when ``with_private``): ``bookmarks`` (the page asked for, ``?page=N``) and ``filter``
    (``tag``: the tag asked for or ``null``; ``q``: the words searched, or "")."""
    tag, words = _arg("tag", MAX_TAG) or None, _arg("q", MAX_SEARCH)
    shown = bookmarks_of(
        conn, user_id, page_arg(), per_page(), with_private=with_private, tag=tag, search=words
    )
    return {"bookmarks": shown, "filter": {"tag": tag, "q": words}}

"""The home page: library counts, recently added works and the fandoms with their works."""

from __future__ import annotations

from flask import Blueprint
from flask.typing import ResponseReturnValue

from ficshelf.store.browse import hidden_count, library_stats, recent_works, tag_counts
from ficshelf.web.exclusions import hidden_tag_ids
from ficshelf.web.rendering import Format, page_route, render
from ficshelf.web.request_args import reading

bp = Blueprint("home", __name__)

RECENT = 5
FANDOMS = 40


@page_route(bp, "/", json_rule="/index.json")
def index(fmt: Format) -> ResponseReturnValue:
    """Home page: ``stats`` (the whole library), ``recent`` works and the most used
    ``fandoms`` (a page, counting works) without the reader's saved exclusions, and
    ``hidden_works``, how many works those hide."""
    with reading() as conn:
        hide = hidden_tag_ids(conn)
        stats = library_stats(conn)
        recent = recent_works(conn, RECENT, hide=hide)
        fandoms = tag_counts(conn, "fandom", 1, FANDOMS, hide=hide)
        hidden = hidden_count(conn, hide)
    return render(
        "home.html", fmt, stats=stats, recent=recent, fandoms=fandoms, hidden_works=hidden
    )

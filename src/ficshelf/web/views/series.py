"""Series: a series' page (``store.series_reads``): what the archive holds of it, its
works in part order as blurbs."""

from __future__ import annotations

from flask import Blueprint
from flask.typing import ResponseReturnValue

from ficshelf.store.series_reads import get_series, series_works
from ficshelf.web.exclusions import hidden_tag_ids
from ficshelf.web.rendering import Format, page_route, render
from ficshelf.web.request_args import page_arg, per_page, reading

bp = Blueprint("series", __name__)


@page_route(bp, "/series/<id:series_id>")
def series(fmt: Format, series_id: int) -> ResponseReturnValue:
    """A series: its name, AO3's page of it when a file linked one, its authors, words and
    works here, the parts held, what a person recorded of the whole (parts expected,
    complete), and one page (``?page=N``) of its works in part order, without the reader's
    saved exclusions (``works.hidden`` counts them)."""
    page = page_arg()
    with reading() as conn:
        found = get_series(conn, series_id)
        works = series_works(conn, series_id, page, per_page(), hide=hidden_tag_ids(conn))
    return render("series.html", fmt, series=found, works=works)

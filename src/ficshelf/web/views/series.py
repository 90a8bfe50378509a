"""Series: the index of every series (``/series``), and a series' page
(``store.series_reads``): what the archive holds of it, its works in part order as
blurbs."""

from __future__ import annotations

from flask import Blueprint
from flask.typing import ResponseReturnValue

from ficshelf.store.browse import hidden_count
from ficshelf.store.series_reads import SeriesSort, get_series, series_index, series_works
from ficshelf.web.exclusions import hidden_tag_ids
from ficshelf.web.rendering import Format, page_route, render
from ficshelf.web.request_args import choice_arg, page_arg, per_page, reading

bp = Blueprint("series", __name__)

SERIES_SORTS = tuple(s.value for s in SeriesSort)


@page_route(bp, "/series")
def index(fmt: Format) -> ResponseReturnValue:
    """Every series with works here: one page (``?page=N``) of ``series``, each with its
    name, authors, works here and their words, by name or, with ``?sort=newest``, the
    series that last gained a work first (``sort``); the works the reader's saved
    exclusions hide are not counted (how many: ``hidden_works``), and a series only they
    are in is not listed, as the tag lists leave them out."""
    page = page_arg()
    sort = SeriesSort(choice_arg("sort", SERIES_SORTS) or SeriesSort.NAME)
    with reading() as conn:
        hide = hidden_tag_ids(conn)
        listed = series_index(conn, page, per_page(), sort, hide=hide)
        hidden = hidden_count(conn, hide)
    return render("series_index.html", fmt, series=listed, sort=sort, hidden_works=hidden)


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

"""Downloads of a work: ``/works/N/download.epub``, ``.html`` and ``.txt`` (``ficshelf.export``),
as attachments named after the work's title. Like every answer they carry an ``ETag``
(``web.http_cache``): the files depend only on the work, so a download is conditional."""

from __future__ import annotations

from flask import Blueprint, Response

from ficshelf.export import download_name, export_book, load_book
from ficshelf.export.book import MEDIA_TYPES, Kind
from ficshelf.web.request_args import reading

bp = Blueprint("downloads", __name__)


def _download(work_id: int, kind: Kind) -> Response:
    """Return work ``work_id`` as a ``kind`` attachment; ``NotFound`` (404) for no work."""
    with reading() as conn:
        book = load_book(conn, work_id)
    response = Response(export_book(book, kind), content_type=MEDIA_TYPES[kind])
    response.headers["Content-Disposition"] = f'attachment; filename="{download_name(book, kind)}"'
    return response


@bp.route("/works/<id:work_id>/download.epub")
def epub(work_id: int) -> Response:
    """The work as an EPUB 3 book."""
    return _download(work_id, "epub")


@bp.route("/works/<id:work_id>/download.html")
def html(work_id: int) -> Response:
    """The work as one self-contained HTML file."""
    return _download(work_id, "html")


@bp.route("/works/<id:work_id>/download.txt")
def txt(work_id: int) -> Response:
    """The work as plain text."""
    return _download(work_id, "txt")

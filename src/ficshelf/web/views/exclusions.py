"""Saved exclusions: the tags a reader never wants to see, kept in a cookie
(``web.exclusions``). ``GET /exclusions`` shows them with a form; ``POST /exclusions``
changes them and redirects back."""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import Blueprint, Response, redirect, request, url_for
from flask.typing import ResponseReturnValue
from werkzeug.exceptions import BadRequest, Forbidden

from ficshelf.search_query import QueryError, TagRef, parse_tag_ref
from ficshelf.store.resolved_tags import resolve_tags
from ficshelf.web.exclusions import MAX_SAVED, saved_exclusions, store_exclusions
from ficshelf.web.rendering import Format, page_route, render
from ficshelf.web.request_args import reading

bp = Blueprint("exclusions", __name__)


@page_route(bp, "/exclusions")
def exclusions(fmt: Format) -> ResponseReturnValue:
    """The saved exclusions: ``exclusions``, each with its ``type`` (``null`` for a bare
    name), ``name``, ``ref`` and whether the library ``known`` it (an unknown tag hides
    nothing), ``limit``, how many can be saved, and ``error`` (``null``; after a change
    that could not be made, the page says why)."""
    return _listing(fmt, saved_exclusions())


def _listing(fmt: Format, saved: tuple[TagRef, ...], error: str | None = None) -> str | Response:
    """The exclusions page for ``saved``, with ``error`` shown above the form."""
    with reading() as conn:
        found = resolve_tags(conn, saved)
    listed = [
        {
            "type": tag.ref.type.value if tag.ref.type else None,
            "name": tag.ref.name,
            "ref": str(tag.ref),
            "known": bool(tag.ids),
        }
        for tag in found
    ]
    return render("exclusions.html", fmt, exclusions=listed, limit=MAX_SAVED, error=error)


def _same_site() -> None:
    """Refuse a form posted from another site (the cookie is the reader's setting)."""
    if request.headers.get("Sec-Fetch-Site", "same-origin") not in ("same-origin", "none"):
        raise Forbidden("exclusions can only be changed from this archive's own pages")
    origin = request.headers.get("Origin")
    if origin and origin != "null" and urlsplit(origin).netloc != request.host:
        raise Forbidden("exclusions can only be changed from this archive's own pages")


def _next_url() -> str:
    target = request.form.get("next", "")
    parts = urlsplit(target)
    if target.startswith("/") and not target.startswith("//") and not parts.netloc:
        return target
    return url_for("exclusions.exclusions")


def _refs(name: str) -> list[TagRef]:
    """The tags of form field ``name``; blank values are skipped for ``remove`` (nothing to
    remove) but refused for ``add`` (a blank tag cannot be saved). Raises ``BadRequest``."""
    values = request.form.getlist(name)
    if name == "add" and any(not v.strip() for v in values):
        raise BadRequest("A blank tag cannot be hidden: write type:name or a tag's name.")
    try:
        return [parse_tag_ref(v) for v in values if v.strip()]
    except QueryError as exc:
        raise BadRequest(str(exc)) from None


@bp.route("/exclusions", methods=["POST"])
def save() -> ResponseReturnValue:
    """Change the saved exclusions: form fields ``add`` and ``remove`` (tags as
    ``type:name``, repeatable) and ``clear``; then a 303 redirect to ``next`` (a path on
    this site, default ``/exclusions``). A change that cannot be made (a blank tag, more
    than ``MAX_SAVED``) is a 400 with the exclusions page, unchanged, saying why."""
    _same_site()
    saved = [] if request.form.get("clear") else list(saved_exclusions())
    try:
        removed = set(_refs("remove"))
        kept = [ref for ref in saved if ref not in removed]
        for ref in _refs("add"):
            if ref not in kept:
                kept.append(ref)
        if len(kept) > MAX_SAVED:
            raise BadRequest(
                f"At most {MAX_SAVED} tags can be saved as exclusions: remove one to add another."
            )
    except BadRequest as exc:
        return _listing("html", saved_exclusions(), exc.description), 400
    response = redirect(_next_url(), code=303)
    store_exclusions(response, kept)
    return response

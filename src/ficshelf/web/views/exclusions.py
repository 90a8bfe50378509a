"""Saved exclusions: the tags a reader never wants to see, kept in a cookie
(``web.exclusions``). ``GET /exclusions`` shows them with a form; ``POST /exclusions``
changes them and redirects back."""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import Blueprint, redirect, request, url_for
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
    nothing), and ``limit``, how many can be saved."""
    saved = saved_exclusions()
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
    return render("exclusions.html", fmt, exclusions=listed, limit=MAX_SAVED)


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
    try:
        return [parse_tag_ref(v) for v in request.form.getlist(name) if v.strip()]
    except QueryError as exc:
        raise BadRequest(str(exc)) from None


@bp.route("/exclusions", methods=["POST"])
def save() -> ResponseReturnValue:
    """Change the saved exclusions: form fields ``add`` and ``remove`` (tags as
    ``type:name``, repeatable) and ``clear``; then a 303 redirect to ``next`` (a path on
    this site, default ``/exclusions``)."""
    _same_site()
    saved = [] if request.form.get("clear") else list(saved_exclusions())
    removed = set(_refs("remove"))
    kept = [ref for ref in saved if ref not in removed]
    for ref in _refs("add"):
        if ref not in kept:
            kept.append(ref)
    if len(kept) > MAX_SAVED:
        raise BadRequest(f"at most {MAX_SAVED} tags can be saved as exclusions")
    response = redirect(_next_url(), code=303)
    store_exclusions(response, kept)
    return response

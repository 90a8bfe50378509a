"""Tags: every tag type with its most used tags, the tags of one type with their work
counts, and the works carrying one tag.

A tag's URL names it by its ``tag_slug``; a synonym (or a different capitalisation)
redirects to the canonical tag's URL.
"""

from __future__ import annotations

from dataclasses import dataclass

from flask import Blueprint, redirect, url_for
from flask.typing import ResponseReturnValue
from sqlalchemy import Connection

from ficshelf.errors import NotFound
from ficshelf.model import TagType
from ficshelf.search_query import TAG_TYPE_NAMES, TagRef
from ficshelf.store.browse import find_tag, hidden_count, tag_counts, works_carrying
from ficshelf.store.resolved_tags import ResolvedTag, resolve_tags
from ficshelf.store.tag_notices import fandom_notices
from ficshelf.store.work_views import TagCount, TagInfo
from ficshelf.web.exclusions import hidden_tag_ids
from ficshelf.web.rendering import (
    TAG_TYPE_LABELS,
    Format,
    TagsOnWork,
    kept_args,
    page_route,
    render,
)
from ficshelf.web.request_args import page_arg, per_page, reading
from ficshelf.web.urls import tag_name, tag_slug

bp = Blueprint("tags", __name__)

TAGS_PER_PAGE = 100
# How many of each type's most used tags the tags index shows.
TOP_TAGS = 12


@dataclass(frozen=True, slots=True)
class TagTypeSummary:
    """A tag type on the tags index: how many of its tags works carry, and the most used."""

    type: str
    tags: int
    top: tuple[TagCount, ...]


def tag_type_named(name: str) -> str:
    """Return ``name`` if it is a tag type; raise ``NotFound`` naming the types if not."""
    if name not in {t.value for t in TagType}:
        raise NotFound(f"no tag type {name!r} (the types are {TAG_TYPE_NAMES})")
    return name


@page_route(bp, "/tags")
def tags_index(fmt: Format) -> ResponseReturnValue:
    """Every tag type in the order a work page lists them: ``types``, each with how many of
    its tags works carry and its ``TOP_TAGS`` most used tags, and ``hidden_works``, how
    many works the reader's saved exclusions hide (the counts leave them out)."""
    with reading() as conn:
        hide = hidden_tag_ids(conn)
        pages = [tag_counts(conn, t, 1, TOP_TAGS, hide=hide) for t in TAG_TYPE_LABELS]
        hidden = hidden_count(conn, hide)
    types = [
        TagTypeSummary(t, page.total, page.items)
        for t, page in zip(TAG_TYPE_LABELS, pages, strict=True)
        if page.total
    ]
    return render("tags.html", fmt, types=types, hidden_works=hidden)


@page_route(bp, "/tags/<segment:tag_type>")
def tag_type(fmt: Format, tag_type: str) -> ResponseReturnValue:
    """Tags of one type: ``tag_type`` and one page of ``tags`` with their work counts,
    most used first, without the works the reader's saved exclusions hide (how many:
    ``hidden_works``); ``?page=N``."""
    page = page_arg()
    with reading() as conn:
        hide = hidden_tag_ids(conn)
        counts = tag_counts(conn, tag_type_named(tag_type), page, TAGS_PER_PAGE, hide=hide)
        hidden = hidden_count(conn, hide)
    return render("tag_type.html", fmt, tag_type=tag_type, tags=counts, hidden_works=hidden)


def named_tag(conn: Connection, tag: ResolvedTag) -> TagInfo | None:
    """The canonical tag (with its synonyms) that the filter ``tag`` names itself, by its
    type and name; ``None`` when only fandom-qualified tags of that bare name exist."""
    if tag.ref.type is None:
        return None
    try:
        return find_tag(conn, tag.ref.type.value, tag.ref.name)
    except NotFound:
        return None


@page_route(bp, "/tags/<segment:tag_type>/<segment:name>")
def tag(fmt: Format, tag_type: str, name: str) -> ResponseReturnValue:
    """Works carrying a tag: the canonical ``tag`` (with its synonyms) and one page of
    ``works`` carrying it or a synonym, newest first, without the reader's saved
    exclusions (``works.hidden`` counts the works they left out); ``?page=N``. ``carried``
    says, for each work listed, how it carries the tag (provenance, confidence, the
    evidence behind an inferred one). The name is
    read as the search reads a filter (``store.resolved_tags``): a character or
    relationship tag that no work carries lists the works of the fandoms' own tags of that
    bare name ("Jo March": Josephine March's), and one that works carry offers those tags
    as well; ``filter`` is the name as resolved, ``notices`` says which. A bare name that
    only fandoms' tags have, and no tag of its own, redirects to the works index filtered
    by it."""
    page = page_arg()
    ref = TagRef(TagType(tag_type_named(tag_type)), tag_name(name))
    endpoint = "tags.tag_json" if fmt == "json" else "tags.tag"
    with reading() as conn:
        (resolved,) = resolve_tags(conn, [ref])
        found = named_tag(conn, resolved)
        if found is None:
            if not resolved.ids:
                raise NotFound(f"no {tag_type} tag named {ref.name!r}")
            index = "works.index_json" if fmt == "json" else "works.index"
            return redirect(url_for(index, tag=[str(ref)]), code=302)
        if found.name != ref.name:
            slug = tag_slug(found.name)
            canonical = url_for(endpoint, tag_type=found.type, name=slug, **kept_args())
            return redirect(canonical, code=302)
        hide = hidden_tag_ids(conn)
        works = works_carrying(conn, [resolved.ids], page, per_page(), hide=hide)
    notices = fandom_notices(resolved, "finds")
    listed = set(resolved.canonical)
    carried = tuple(
        TagsOnWork(work.id, tuple(t for t in work.tags if (t.type, t.name) in listed))
        for work in works.items
    )
    return render(
        "tag.html",
        fmt,
        tag=found,
        works=works,
        carried=carried,
        filter=resolved,
        notices=notices,
    )

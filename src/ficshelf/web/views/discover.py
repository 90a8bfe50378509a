"""Browse: fandoms, then the characters and relationships of one fandom, then the
relationships of one character in it, each with work counts and a link to those works in
the search."""

from __future__ import annotations

from flask import Blueprint
from flask.typing import ResponseReturnValue
from sqlalchemy import Connection

from ficshelf.errors import NotFound
from ficshelf.model import TagType
from ficshelf.search_query import TagRef
from ficshelf.store.browse import hidden_count, tag_counts
from ficshelf.store.discover import tags_within
from ficshelf.store.resolved_tags import ResolvedTag, resolve_tags
from ficshelf.web.exclusions import hidden_tag_ids
from ficshelf.web.rendering import Format, page_route, render
from ficshelf.web.request_args import page_arg, reading
from ficshelf.web.urls import tag_name

bp = Blueprint("discover", __name__)

FANDOMS_PER_PAGE = 100
TAGS_SHOWN = 200


def _found(conn: Connection, tag_type: TagType, slug: str) -> ResolvedTag:
    """The canonical tag (with its synonyms) that the path segment ``slug`` names."""
    (tag,) = resolve_tags(conn, [TagRef(tag_type, tag_name(slug))])
    if not tag.ids:
        raise NotFound(f"no {tag_type.value} tag named {tag_name(slug)!r}")
    return tag


@page_route(bp, "/browse")
def fandoms(fmt: Format) -> ResponseReturnValue:
    """Every fandom in use with its work count, most used first (``fandoms``, a page),
    without the works the reader's saved exclusions hide (how many: ``hidden_works``)."""
    with reading() as conn:
        hide = hidden_tag_ids(conn)
        found = tag_counts(conn, TagType.FANDOM.value, page_arg(), FANDOMS_PER_PAGE, hide=hide)
        hidden = hidden_count(conn, hide)
    return render("browse.html", fmt, fandoms=found, hidden_works=hidden)


@page_route(bp, "/browse/<segment:fandom>")
def fandom(fmt: Format, fandom: str) -> ResponseReturnValue:
    """One fandom: its ``characters`` and ``relationships`` with the number of the
    fandom's works that carry each, without the works the reader's saved exclusions hide
    (how many: ``hidden_works``), as the search the counts link to."""
    with reading() as conn:
        found = _found(conn, TagType.FANDOM, fandom)
        within = [found.ids]
        hide = hidden_tag_ids(conn)
        characters = tags_within(conn, within, TagType.CHARACTER, TAGS_SHOWN, hide=hide)
        relationships = tags_within(conn, within, TagType.RELATIONSHIP, TAGS_SHOWN, hide=hide)
        hidden = hidden_count(conn, hide)
    return render(
        "browse_fandom.html",
        fmt,
        fandom=found.canonical[0][1],
        character=None,
        characters=characters,
        relationships=relationships,
        hidden_works=hidden,
    )


@page_route(bp, "/browse/<segment:fandom>/<segment:character>")
def character(fmt: Format, fandom: str, character: str) -> ResponseReturnValue:
    """One character in one fandom: the ``relationships`` of the fandom's works that carry
    the character, with counts (without the works the reader's saved exclusions hide, how
    many: ``hidden_works``)."""
    with reading() as conn:
        in_fandom = _found(conn, TagType.FANDOM, fandom)
        with_character = _found(conn, TagType.CHARACTER, character)
        within = [in_fandom.ids, with_character.ids]
        hide = hidden_tag_ids(conn)
        relationships = tags_within(conn, within, TagType.RELATIONSHIP, TAGS_SHOWN, hide=hide)
        hidden = hidden_count(conn, hide)
    return render(
        "browse_fandom.html",
        fmt,
        fandom=in_fandom.canonical[0][1],
        character=with_character.canonical[0][1],
        characters=(),
        relationships=relationships,
        hidden_works=hidden,
    )

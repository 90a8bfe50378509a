"""Autocomplete, browsing tags within tags, and saved exclusions kept on an owner."""

from __future__ import annotations

import pytest

from ficshelf.errors import NotFound
from ficshelf.model import TagType
from ficshelf.search_query import TagRef, parse_tag_ref
from ficshelf.store.db import Database
from ficshelf.store.discover import autocomplete, tags_within
from ficshelf.store.exclusions import save_exclusions, saved_exclusions_of
from ficshelf.store.resolved_tags import resolve_tags
from ficshelf.store.tags import set_editor_tag
from search_library import Shelf, build_shelf


@pytest.fixture
def shelf(db: Database) -> Shelf:
    return build_shelf(db)


def test_autocomplete_by_prefix_most_used_first(db: Database, shelf: Shelf) -> None:
    with db.connect() as conn:
        found = autocomplete(conn, "  MA")
        assert [(t.ref, t.works) for t in found] == [
            ("character:Maren Holt", 2),
            ("warning:major character death", 1),
            ("relationship:Maren Holt/Ivo Brandt", 1),
            ("rating:Mature", 1),
        ]
        assert [t.name for t in autocomplete(conn, "ma", TagType.CHARACTER)] == ["Maren Holt"]
        # a synonym's name suggests its canonical tag, counted with the synonym's works
        assert [(t.name, t.works) for t in autocomplete(conn, "gc")] == [("Gullrock Chronicles", 3)]
        assert autocomplete(conn, "") == () and autocomplete(conn, "%") == ()
        assert autocomplete(conn, "_") == () and autocomplete(conn, "zz") == ()
        assert len(autocomplete(conn, "t", limit=1)) == 1


def test_autocomplete_skips_tags_no_work_carries(db: Database, shelf: Shelf) -> None:
    with db.begin() as conn:
        set_editor_tag(conn, shelf.lamp, TagType.FREEFORM, "Lighthouses", removed=True)
    with db.connect() as conn:
        assert autocomplete(conn, "lighth") == ()


def test_tags_within_a_fandom_and_a_character(db: Database, shelf: Shelf) -> None:
    with db.connect() as conn:
        (gullrock,) = resolve_tags(conn, [TagRef(TagType.FANDOM, "Gullrock Chronicles")])
        (maren,) = resolve_tags(conn, [TagRef(TagType.CHARACTER, "Maren Holt")])
        characters = tags_within(conn, [gullrock.ids], TagType.CHARACTER)
        assert [(t.name, t.works) for t in characters] == [("Ivo Brandt", 2), ("Maren Holt", 2)]
        pairs = tags_within(conn, [gullrock.ids, maren.ids], TagType.RELATIONSHIP)
        assert [(t.name, t.works) for t in pairs] == [("Maren Holt/Ivo Brandt", 1)]
        fandoms = tags_within(conn, [], TagType.FANDOM, limit=1)
        assert [(t.name, t.works) for t in fandoms] == [("Gullrock Chronicles", 3)]


def test_saved_exclusions_on_an_owner(db: Database, shelf: Shelf) -> None:
    refs = [parse_tag_ref("fandom:gc"), parse_tag_ref("major character death")]
    with db.begin() as conn:
        saved = save_exclusions(conn, "account:1", refs)
    assert saved == (
        TagRef(TagType.FANDOM, "Gullrock Chronicles"),
        TagRef(TagType.WARNING, "major character death"),
    )
    with db.begin() as conn:
        assert saved_exclusions_of(conn, "account:2") == ()
        with pytest.raises(NotFound):
            save_exclusions(conn, "account:1", [parse_tag_ref("fandom:Nowhere")])
        assert len(saved_exclusions_of(conn, "account:1")) == 2
        assert save_exclusions(conn, "account:1", []) == ()

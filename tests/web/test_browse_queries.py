"""The read queries in ficshelf.store.browse, directly (both backends)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import event
from web_library import RIDGE_OPENING, Library, save

from ficshelf.errors import AmbiguousWork, NotFound
from ficshelf.store import browse
from ficshelf.store.db import Database
from ficshelf.store.work_lookup import find_work
from ficshelf.store.work_views import WorkBlurb


@contextmanager
def counting(db: Database) -> Iterator[list[str]]:
    statements: list[str] = []

    def record(*args: Any) -> None:
        statements.append(args[2])

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(db.engine, "before_cursor_execute", record)


def test_a_page_of_blurbs_costs_the_same_queries_whatever_its_size(
    db: Database, library: Library
) -> None:
    with db.connect() as conn:
        with counting(db) as small:
            one = browse.list_works(conn, 1, per_page=1)
        with counting(db) as large:
            five = browse.list_works(conn, 1, per_page=5)
    assert len(one.items) == 1 and len(five.items) == 5
    # count, ids, works, authors, tags, what readers left
    assert len(small) == len(large) == 6


def test_page_bounds(db: Database, library: Library) -> None:
    with db.connect() as conn:
        page = browse.list_works(conn, 3, per_page=2)
        assert (page.page, page.pages, page.total, len(page.items)) == (3, 3, 5, 1)
        assert page.has_previous and not page.has_next
        with pytest.raises(NotFound, match="past the end"):
            browse.list_works(conn, 4, per_page=2)
        with pytest.raises(ValueError):
            browse.list_works(conn, 0)


def test_work_detail(db: Database, library: Library) -> None:
    with db.connect() as conn:
        ridge = browse.get_work(conn, library.ridge)
        assert ridge.chapters_label == "3/?"
        assert [c.number for c in ridge.chapters] == [1, 2, 3]
        assert [n.text for n in ridge.notes_at("front", 1)] == ["Snow chapter notes."]
        assert [n.text for n in ridge.notes_at("end", 2)] == ["Thaw end notes."]
        assert [n.kind for n in ridge.notes_at("front")] == ["title", "byline", "authors_note"]
        assert ridge.excerpt is not None and ridge.excerpt.startswith(RIDGE_OPENING)
        lamp = browse.get_work(conn, library.lamp)
        assert lamp.chapters_label == "1/1"
        assert lamp.date.isoformat() == "2023-06-02"
        with pytest.raises(NotFound):
            browse.get_work(conn, 10_000)
        with pytest.raises(NotFound):
            browse.get_chapter(conn, library.ridge, 4)
        assert browse.all_chapters(conn, 10_000) == ()
        assert browse.get_chapter(conn, library.ridge, 2).title == "The Thaw"


def test_chapter_labels() -> None:
    def blurb(count: int, expected: int | None, complete: bool | None) -> WorkBlurb:
        return WorkBlurb(
            1, "t", (), None, None, None, 10, count, expected, complete, None, None,
            datetime(2024, 1, 1, tzinfo=UTC), (),
        )  # fmt: skip

    assert blurb(3, None, False).chapters_label == "3/?"
    assert blurb(3, None, None).chapters_label == "3/?"
    assert blurb(3, 10, False).chapters_label == "3/10"
    assert blurb(3, None, True).chapters_label == "3/3"
    assert blurb(1, None, None).chapters_label == "1/1"


def test_find_work_by_id_or_title(db: Database, library: Library) -> None:
    def found(query: str) -> int | None:
        with db.connect() as conn:
            work = find_work(conn, query)
        return None if work is None else work.id

    assert found(str(library.ridge)) == library.ridge
    assert found("letters FROM the ridge") == library.ridge
    assert found("The Lamp on Gullrock") == library.lamp
    # a part of several titles names none of them: the error lists them, newest first
    with pytest.raises(AmbiguousWork) as ambiguous:
        found("Gull")
    assert ambiguous.value.total == len(ambiguous.value.matches) >= 2
    assert [m[0] for m in ambiguous.value.matches][:1] == [library.synonym]
    assert library.lamp in [m[0] for m in ambiguous.value.matches]
    assert found("100%") is None
    assert found("") is None
    assert found("no such story") is None
    # Digits int() refuses, or ids no Integer column holds, are looked up as titles.
    assert found("²") is None
    assert found("٣") is None
    assert found(str(2**31)) is None
    assert found("99999999999999999999") is None
    leagues = save(db, "99999999999999999999 Leagues", [(None, "Deep water.")], added=9)
    assert found("99999999999999999999") == leagues


def test_find_work_compares_titles_in_nfkc_form_without_case(db: Database) -> None:
    def found(query: str) -> int | None:
        with db.connect() as conn:
            work = find_work(conn, query)
        return None if work is None else work.id

    winter = save(db, "Ｌａｍｐ ｏｆ Ｗｉｎｔｅｒ", [(None, "Snow on the sill.")], added=1)
    strasse = save(db, "Die Straße", [(None, "Rain on the cobbles.")], added=2)
    for query in ("Lamp of Winter", "ｌａｍｐ ｏｆ", "LAMP OF WINTER", "Ｌａｍｐ ｏｆ"):
        assert found(query) == winter, query
    assert found("Ｌａｍｐ ｏｆ Ｗｉｎｔｅｒ") == winter
    assert found("STRASSE" if db.engine.dialect.name == "sqlite" else "STRAẞE") == strasse
    assert found("die straße") == strasse
    # a whole title still wins over longer ones, in any width or case
    longer = save(db, "Lamp of Winter, Again", [(None, "More snow.")], added=3)
    assert found("lamp of winter") == winter
    assert found("LAMP OF WINTER, AGAIN") == longer
    # several titles that contain the words, none whole: refused, newest first
    with pytest.raises(AmbiguousWork) as ambiguous:
        found("ｌａｍｐ")
    assert [m[0] for m in ambiguous.value.matches] == [longer, winter]
    assert ambiguous.value.total == 2
    # two works sharing the whole title (in different widths) are refused too
    twin = save(db, "lamp of winter", [(None, "Another winter.")], added=4)
    with pytest.raises(AmbiguousWork) as shared:
        found("Lamp Of Winter")
    assert [m[0] for m in shared.value.matches] == [twin, winter]
    assert found("％") is None and found("＿") is None  # wildcards, full-width or not, are text


def test_works_with_a_tag_follow_synonyms_by_tag_id(db: Database, library: Library) -> None:
    with db.connect() as conn:
        tag = browse.find_tag(conn, "fandom", "Gullrock Chronicles")
        with counting(db) as statements:
            page = browse.works_with_tag(conn, tag)
        assert {blurb.id for blurb in page.items} >= {library.lamp, library.synonym}
        # No coalesce(canonical_id, id) left for the ids query: indexes must serve it.
        assert not any("coalesce(tags.canonical_id" in sql.lower() for sql in statements[:2])
        if db.engine.dialect.name == "sqlite":
            plan = conn.exec_driver_sql(
                "EXPLAIN QUERY PLAN SELECT id FROM tags WHERE id = ? OR canonical_id = ?",
                (tag.id, tag.id),
            ).all()
            assert any("ix_tags_canonical_id" in str(row) for row in plan)


def test_find_tag_matches_spellings_and_synonyms(db: Database, library: Library) -> None:
    with db.connect() as conn:
        canonical = browse.find_tag(conn, "fandom", "  gullrock   CHRONICLES ")
        assert (canonical.name, canonical.synonyms) == ("Gullrock Chronicles", ("GC",))
        assert browse.find_tag(conn, "fandom", "gc") == canonical
        with pytest.raises(NotFound):
            browse.find_tag(conn, "character", "Gullrock Chronicles")


def test_a_work_tagged_twice_through_synonyms_counts_once(db: Database) -> None:
    from web_library import given

    from ficshelf.model import TagType
    from ficshelf.store.tags import set_canonical

    both = save(
        db,
        "Both Names",
        [(None, "Short.")],
        added=9,
        tags=(given(TagType.FANDOM, "Marsh Tales"), given(TagType.FANDOM, "MT")),
    )
    with db.begin() as conn:
        set_canonical(conn, (TagType.FANDOM, "MT"), (TagType.FANDOM, "Marsh Tales"))
    with db.connect() as conn:
        counts = browse.tag_counts(conn, "fandom")
        assert [(c.name, c.works) for c in counts.items] == [("Marsh Tales", 1)]
        assert browse.library_stats(conn).fandoms == 1
        work = browse.get_work(conn, both)
        assert [t.name for t in work.tags_of("fandom")] == ["Marsh Tales"]
        tag = browse.find_tag(conn, "fandom", "MT")
        assert browse.works_with_tag(conn, tag).total == 1


def test_a_works_tags_come_in_type_order_pov_before_tense(db: Database) -> None:
    from web_library import given, inferred

    from ficshelf.model import TagType

    work_id = save(
        db,
        "Ordered",
        [(None, "Short.")],
        added=9,
        tags=(
            inferred(TagType.TENSE, "Past", 0.99),
            inferred(TagType.POV, "Third Person", 0.6),
            inferred(TagType.CHARACTER, "Ivo", 0.5),
            inferred(TagType.CHARACTER, "Maren", 0.9),
            given(TagType.FREEFORM, "Storms"),
            inferred(TagType.RELATIONSHIP, "Ivo/Maren", 0.7),
            given(TagType.CHARACTER, "Odile"),
            given(TagType.RATING, "Teen"),
        ),
    )
    with db.connect() as conn:
        tags = [(t.type, t.name) for t in browse.get_work(conn, work_id).tags]
        (blurb,) = browse.blurbs(conn, [work_id])
    assert tags == [
        ("rating", "Teen"),
        ("relationship", "Ivo/Maren"),
        ("character", "Odile"),  # given before inferred, those by falling confidence
        ("character", "Maren"),
        ("character", "Ivo"),
        ("freeform", "Storms"),
        ("pov", "Third Person"),
        ("tense", "Past"),
    ]
    assert [(t.type, t.name) for t in blurb.tags] == tags


def test_long_openings_are_cut_on_a_sentence_or_a_word() -> None:
    sentences = "The tide was out. " * 30
    cut = browse._excerpt(sentences)
    assert cut is not None and cut.endswith("out.") and len(cut) <= browse.EXCERPT_CHARS
    words = "word " * 200
    cut = browse._excerpt(words)
    assert cut is not None and cut.endswith("word…")
    assert browse._excerpt("  \n ") is None
    assert browse._excerpt("Short\n\n  and sweet.") == "Short and sweet."
    assert browse._excerpt("Chapter 1: The Cliff\n\nThe bench was cold.") == "The bench was cold."
    assert browse._excerpt("Part of it was cold.\nThe rest was not.").startswith("Part of")

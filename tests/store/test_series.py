"""Series in the store: how a series is identified (AO3's page, else its name with its
authors), works put in one by their files, a person's placing surviving re-import and
re-analysis, the series page's data and a work's neighbours, on both backends."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from sqlalchemy import Connection, func, select

from ficshelf.errors import NotFound, PastLastPage
from ficshelf.model import TagType, WorkRecord
from ficshelf.store import schema
from ficshelf.store.browse import find_tag, get_work, work_blurbs
from ficshelf.store.db import Database
from ficshelf.store.series import (
    forget_series_edit,
    series_for,
    series_key,
    set_series_facts,
    set_work_series,
)
from ficshelf.store.series_reads import (
    SeriesSort,
    get_series,
    series_index,
    series_named,
    series_nav,
    series_works,
)
from ficshelf.store.tags import set_editor_tag
from ficshelf.store.works import delete_work, rewrite_analysis, save_work
from work_builders import one_chapter_work, source_for

PAGE = "https://archiveofourown.org/series/2718834"


def _work(
    text: str,
    *,
    title: str,
    authors: tuple[str, ...] = ("quillwright",),
    series: str | None = None,
    part: int | None = None,
    url: str | None = None,
) -> WorkRecord:
    work = one_chapter_work(text, title=title, authors=authors)
    return replace(work, series=series, series_part=part, series_url=url)


def _save(conn: Connection, work: WorkRecord, path: str) -> int:
    return save_work(conn, work, source_for(path, work.text)).work_id


def _series_count(conn: Connection) -> int:
    return int(conn.execute(select(func.count()).select_from(schema.series)).scalar_one())


def test_two_parts_by_one_author_are_one_series_in_part_order(db: Database) -> None:
    with db.begin() as conn:
        two = _save(conn, _work("Second.", title="Two", series="Letters", part=2), "2.html")
        one = _save(conn, _work("First.", title="One", series="Letters", part=1), "1.html")
        three = _save(conn, _work("Third.", title="Three", series=" letters ", part=3), "3.html")
        assert _series_count(conn) == 1
        (series_id,) = series_named(conn, "LETTERS")
        view = get_series(conn, series_id)
        page = series_works(conn, series_id)
        nav = series_nav(conn, two)
    assert view.name == "Letters" and view.authors == ("quillwright",)
    assert view.works == 3 and view.parts_held == (1, 2, 3) and view.unnumbered == 0
    assert view.word_count == 3
    assert view.held_label == "Parts 1, 2 and 3 here"
    assert [w.id for w in page.items] == [one, two, three]
    assert [w.series_part for w in page.items] == [1, 2, 3]
    assert {w.series_id for w in page.items} == {series_id}
    assert nav is not None and nav.part == 2 and nav.name == "Letters"
    assert nav.previous is not None and nav.previous.id == one and nav.previous.title == "One"
    assert nav.next is not None and nav.next.id == three


def test_a_series_of_the_same_name_by_another_author_stays_apart(db: Database) -> None:
    with db.begin() as conn:
        mine = _save(conn, _work("Mine.", title="A", series="Letters", part=1), "a.html")
        theirs = _save(
            conn,
            _work("Theirs.", title="B", authors=("otherhand",), series="Letters", part=1),
            "b.html",
        )
        both = _save(
            conn,
            _work("Both.", title="C", authors=("otherhand", "x"), series="Letters", part=2),
            "c.html",
        )
        ids = series_named(conn, "Letters")
        blurbs = {b.id: b for b in work_blurbs(conn, [mine, theirs, both])}
    assert len(ids) == 2
    assert blurbs[mine].series_id == ids[0]
    assert blurbs[theirs].series_id == blurbs[both].series_id == ids[1]


def test_works_without_authors_share_a_series_of_their_name_alone(db: Database) -> None:
    with db.begin() as conn:
        a = _save(conn, _work("A.", title="A", authors=(), series="Notes", part=1), "a.txt")
        b = _save(conn, _work("B.", title="B", authors=(), series="Notes", part=2), "b.txt")
        c = _save(conn, _work("C.", title="C", series="Notes", part=3), "c.txt")
        found = {w.id: w.series_id for w in work_blurbs(conn, [a, b, c])}
    assert found[a] == found[b] != found[c]


def test_the_ao3_page_tells_two_series_apart_and_names_one_series(db: Database) -> None:
    other = "https://archiveofourown.org/series/99"
    with db.begin() as conn:
        one = _save(conn, _work("One.", title="1", series="Letters", part=1, url=PAGE), "1.html")
        # renamed on AO3 before part 2 was downloaded: the page says it is the same series
        two = _save(conn, _work("Two.", title="2", series="Derbyshire", part=2, url=PAGE), "2.html")
        # the same author's other series that happens to share the first name
        apart = _save(
            conn, _work("Apart.", title="3", series="Letters", part=1, url=other), "3.html"
        )
        found = {w.id: w for w in work_blurbs(conn, [one, two, apart])}
    assert found[one].series_id == found[two].series_id != found[apart].series_id
    assert found[one].series == "Derbyshire"  # the name of the file imported last


def test_a_page_names_the_series_its_name_and_authors_made_before(db: Database) -> None:
    with db.begin() as conn:
        plain = _save(conn, _work("Plain.", title="P", series="Letters", part=1), "p.epub")
        linked = _save(
            conn, _work("Linked.", title="L", series="Letters", part=2, url=PAGE), "l.html"
        )
        found = {w.id: w.series_id for w in work_blurbs(conn, [plain, linked])}
        url = conn.execute(select(schema.series.c.url)).scalar_one()
    assert found[plain] == found[linked] and url == PAGE


def test_a_series_left_without_works_goes(db: Database) -> None:
    with db.begin() as conn:
        work = _work("Alone.", title="Alone", series="Solo", part=1)
        work_id = _save(conn, work, "alone.html")
        assert _series_count(conn) == 1
        _save(conn, replace(work, text="Alone, again.", text_hash="h2", series=None), "alone.html")
        assert get_work(conn, work_id).series is None
        assert _series_count(conn) == 0
        other = _save(conn, _work("Gone.", title="Gone", series="Solo", part=1), "gone.html")
        delete_work(conn, other)
        assert _series_count(conn) == 0


def test_a_persons_placing_survives_reimport_and_reanalysis(db: Database) -> None:
    with db.begin() as conn:
        first = _work("Part one.", title="One", series="Letters", part=1)
        one = _save(conn, first, "one.html")
        stray = _work("Stray.", title="Stray", series="Wrong Name", part=7)
        stray_id = _save(conn, stray, "stray.html")
        (letters,) = series_named(conn, "Letters")
        set_work_series(conn, stray_id, letters, 2)
        # the file changes; then the work is analysed again: the person's placing stays
        changed = replace(stray, text="Stray, revised.", text_hash="rev", series_part=8)
        _save(conn, changed, "stray.html")
        rewrite_analysis(conn, stray_id, replace(changed, series="Still Wrong"))
        detail = get_work(conn, stray_id)
        assert (detail.series, detail.series_part, detail.series_id) == ("Letters", 2, letters)
        assert series_named(conn, "Wrong Name") == ()  # left without works, it went
        assert [w.id for w in series_works(conn, letters).items] == [one, stray_id]
        # out of any series, and it stays out
        set_work_series(conn, one, None, None)
        _save(conn, replace(first, text="Part one, revised.", text_hash="r1"), "one.html")
        assert get_work(conn, one).series is None
        # handed back to its file
        forget_series_edit(conn, one)
        assert get_work(conn, one).series_id == letters
        forget_series_edit(conn, stray_id)
        detail = get_work(conn, stray_id)
    assert (detail.series, detail.series_part) == ("Still Wrong", 8)


def test_series_facts_a_person_records(db: Database) -> None:
    with db.begin() as conn:
        one = _save(conn, _work("One.", title="1", series="Trio", part=1), "1.html")
        _save(conn, _work("Three.", title="3", series="Trio", part=3), "3.html")
        _save(conn, _work("Extra.", title="x", series="Trio"), "x.html")
        (trio,) = series_named(conn, "Trio")
        set_series_facts(conn, trio, parts_expected=4, complete=False)
        view = get_series(conn, trio)
        set_series_facts(conn, trio, complete=True)
        later = get_series(conn, trio)
        nav = series_nav(conn, one)
        with pytest.raises(NotFound):
            set_series_facts(conn, 999, complete=True)
        with pytest.raises(NotFound):
            get_series(conn, 999)
    assert view.held_label == "Parts 1 and 3 of 4 here, and 1 work without a part number"
    assert (view.parts_expected, view.complete) == (4, False)
    assert (later.parts_expected, later.complete) == (4, True)
    assert nav is not None and nav.previous is None
    assert nav.next is not None and nav.next.part == 3


def test_a_work_in_no_series_has_no_neighbours(db: Database) -> None:
    with db.begin() as conn:
        work_id = _save(conn, _work("None.", title="None"), "none.txt")
        assert series_nav(conn, work_id) is None
        assert series_for(conn, work_id, "   ") is None
        assert get_work(conn, work_id).series_id is None


def test_series_key_ignores_case_spacing_and_forms() -> None:
    assert series_key("The  Harbour\u00a0Cycle") == series_key("the harbour cycle")
    assert series_key("ﬁre") == series_key("FIRE")


def test_the_id_of_a_series_that_went_is_never_another_series(db: Database) -> None:
    with db.begin() as conn:
        work = _work("Once.", title="Once", series="First", part=1)
        work_id = _save(conn, work, "once.html")
        (first,) = series_named(conn, "First")
        set_work_series(conn, work_id, None, None)  # its only work leaves: the series goes
        other = _save(conn, _work("Then.", title="Then", series="Second"), "then.html")
        assert get_work(conn, other).series_id != first
        with pytest.raises(NotFound):
            get_series(conn, first)


def test_the_series_index_lists_every_series_by_name_or_newest_first(db: Database) -> None:
    with db.begin() as conn:
        one = _save(conn, _work("One two.", title="One", series="Letters", part=1), "1.html")
        two = _save(conn, _work("Three.", title="Two", series="Letters", part=2), "2.html")
        theirs = _save(
            conn,
            _work("Four five six.", title="B", authors=("otherhand",), series="letters", part=1),
            "b.html",
        )
        apple = _save(
            conn,
            _work("Seven.", title="C", authors=("orchardist", "quillwright"), series="apple"),
            "c.html",
        )
        _save(conn, _work("Alone.", title="D"), "d.html")  # in no series
        # When each was added: the first series gains a work last.
        for work_id, day in ((one, 1), (theirs, 2), (apple, 3), (two, 4)):
            conn.execute(
                schema.works.update()
                .where(schema.works.c.id == work_id)
                .values(created_at=datetime(2024, 1, day, tzinfo=UTC))
            )
        set_editor_tag(conn, apple, TagType.FREEFORM, "Orchards")
        set_editor_tag(conn, two, TagType.FREEFORM, "Orchards")
        orchards = find_tag(conn, "freeform", "Orchards").id
        by_name = series_index(conn)
        newest = series_index(conn, sort=SeriesSort.NEWEST)
        paged = series_index(conn, 2, 2)
        hidden = series_index(conn, hide=[orchards])
        with pytest.raises(PastLastPage):
            series_index(conn, 3, 2)
    mine = get_series_id(db, one)
    assert [(s.name, s.authors, s.works, s.word_count) for s in by_name.items] == [
        ("apple", ("orchardist", "quillwright"), 1, 1),
        ("Letters", ("quillwright",), 2, 3),
        ("letters", ("otherhand",), 1, 3),
    ]
    assert by_name.items[1].id == mine and by_name.total == 3
    assert by_name.items[1].added == datetime(2024, 1, 4, tzinfo=UTC)
    assert [s.name for s in newest.items] == ["Letters", "apple", "letters"]
    assert [s.name for s in paged.items] == ["letters"] and paged.pages == 2
    # The works a reader's exclusions hide are not counted; a series of only those goes.
    assert [(s.name, s.works, s.word_count) for s in hidden.items] == [
        ("Letters", 1, 2),
        ("letters", 1, 3),
    ]


def get_series_id(db: Database, work_id: int) -> int:
    with db.connect() as conn:
        found = get_work(conn, work_id).series_id
    assert found is not None
    return found

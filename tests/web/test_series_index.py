"""Every series: the ``/series`` index and its JSON twin (by name or newest, paged, the
reader's saved exclusions left out, linked from the home page and the tags index), and the
OPDS catalogue's "By series" list and each series' acquisition feed in part order
(``exclude=`` and saved exclusions as the other OPDS lists treat them), over AO3-style
downloads imported with the real importer (tests/series_fixtures.py) and one plain work in
a third series."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from test_opds import ACQUISITION, NAVIGATION, all_entries, feed, links, local, titles, x

from ficshelf.model import TagType
from ficshelf.store import schema
from ficshelf.store.db import Database
from ficshelf.store.tags import set_editor_tag
from ficshelf.store.works import save_work
from series_fixtures import SERIES_NAME, import_series_files
from work_builders import one_chapter_work, source_for

EXCLUDED = "freeform%3AStorm%20Letters"


@pytest.fixture
def works(db: Database, tmp_path: Path) -> dict[str, int]:
    """The series files (quillwright's "Letters from the Lighthouse", parts 1, 2 and 4;
    otherhand's of that name, part 1), and "Almanac" by almanacker, one work, added last;
    the second letter carries the freeform tag "Storm Letters", which the tests exclude."""
    found = import_series_files(db, tmp_path / "downloads")
    work = one_chapter_work("A year of tides and weather.", title="Tides", authors=("almanacker",))
    with db.begin() as conn:
        saved = save_work(
            conn, replace(work, series="Almanac", series_part=1), source_for("t", "t")
        )
        found["almanac"] = saved.work_id
        conn.execute(
            schema.works.update()
            .where(schema.works.c.id == saved.work_id)
            .values(created_at=datetime(2100, 1, 1, tzinfo=UTC))
        )
        set_editor_tag(conn, found["letters-2.html"], TagType.FREEFORM, "Storm Letters")
    return found


def _series_json(client: FlaskClient, query: str = "") -> dict[str, object]:
    answer = client.get(f"/series.json{query}")
    assert answer.status_code == 200
    data: dict[str, object] = answer.get_json()
    return data


def _names(data: dict[str, object]) -> list[tuple[str, list[str], int]]:
    items = data["series"]["items"]  # type: ignore[index]
    return [(s["name"], s["authors"], s["works"]) for s in items]


def test_the_series_index_lists_every_series_by_name(
    client: FlaskClient, works: dict[str, int]
) -> None:
    html = client.get("/series").get_data(as_text=True)
    assert "<h1>Series</h1>" in html and "3 series with works here" in html
    names = re.findall(r'<a class="series-name" href="/series/\d+">([^<]+)</a>', html)
    assert names == ["Almanac", SERIES_NAME]  # two a page in these tests
    assert "3 works here" in html and "by quillwright" in html
    assert 'href="/series?page=2"' in html and 'href="/series.json"' in html
    more = client.get("/series?page=2").get_data(as_text=True)
    assert "by otherhand" in more and "1 work here" in more
    data = _series_json(client)
    assert _names(data) == [("Almanac", ["almanacker"], 1), (SERIES_NAME, ["quillwright"], 3)]
    first = data["series"]["items"][1]  # type: ignore[index]
    assert set(first) == {"id", "name", "authors", "works", "word_count", "added"}
    assert client.get(f"/series/{first['id']}").status_code == 200
    assert (
        first["word_count"]
        == client.get(f"/series/{first['id']}.json").get_json()["series"]["word_count"]
    )
    assert data["sort"] == "name" and data["hidden_works"] == 0
    assert data["series"]["total"] == 3  # type: ignore[index]


def test_the_series_index_newest_first(client: FlaskClient, works: dict[str, int]) -> None:
    data = _series_json(client, "?sort=newest")
    assert _names(data)[0] == ("Almanac", ["almanacker"], 1)  # its work was added last
    html = client.get("/series?sort=newest").get_data(as_text=True)
    assert 'href="/series?sort=newest&amp;page=2"' in html or (
        'href="/series?page=2&amp;sort=newest"' in html
    )
    assert '<strong aria-current="true">Newest</strong>' in html
    assert 'href="/series">Name</a>' in html
    assert client.get("/series?sort=longest").status_code == 400


def test_the_series_index_leaves_out_what_the_saved_exclusions_hide(
    app: Flask, works: dict[str, int]
) -> None:
    reader = app.test_client()
    reader.set_cookie("ficshelf_exclude", EXCLUDED)
    data = _series_json(reader)
    assert data["hidden_works"] == 1
    counted = {s["name"]: s["works"] for s in data["series"]["items"]}  # type: ignore[index]
    assert counted[SERIES_NAME] == 2
    html = reader.get("/series").get_data(as_text=True)
    assert "The counts leave out the 1 work your saved exclusions hide" in html


def test_the_indexes_link_the_series_index(client: FlaskClient, works: dict[str, int]) -> None:
    # The home page beside "All works", the tags index under the tag types (the header
    # keeps to one line at 1200 px: tests/web/test_reader_layout_browser.py).
    for page in ("/", "/tags"):
        html = client.get(page).get_data(as_text=True)
        assert '<a class="all-series" href="/series">' in html, page
    series_id = client.get(f"/works/{works['letters-1.html']}.json").get_json()["work"]["series_id"]
    page = client.get(f"/series/{series_id}").get_data(as_text=True)
    assert '<p class="kicker"><a href="/series">Series</a></p>' in page


def _entries(root: object) -> list[tuple[str, str, str]]:
    """A navigation feed's entries: (title, the works its link counts, its content)."""
    atom = "{http://www.w3.org/2005/Atom}"
    found = []
    for entry in x(root, "a:entry"):  # type: ignore[arg-type]
        link = links(entry, "subsection")[0]  # type: ignore[arg-type]
        count = link.get("{http://purl.org/syndication/thread/1.0}count", "")
        title = entry.findtext(f"{atom}title")  # type: ignore[union-attr]
        found.append((title, count, entry.findtext(f"{atom}content")))  # type: ignore[union-attr]
    return found


def test_the_catalogue_lists_series_and_each_series_works_in_part_order(
    client: FlaskClient, works: dict[str, int]
) -> None:
    root = feed(client, "/opds", NAVIGATION)
    (by_series,) = [
        e
        for e in x(root, "a:entry")
        if e.findtext("{http://www.w3.org/2005/Atom}title") == "By series"
    ]  # type: ignore[union-attr]
    listed = feed(client, local(links(by_series, "subsection")[0].get("href", "")), NAVIGATION)  # type: ignore[arg-type]
    assert _entries(listed) == [
        ("Almanac", "1", "by almanacker · 1 work"),
        (SERIES_NAME, "3", "by quillwright · 3 works"),
        (SERIES_NAME, "1", "by otherhand · 1 work"),
    ]
    series_id = client.get(f"/works/{works['letters-1.html']}.json").get_json()["work"]["series_id"]
    mine = [
        e
        for e in x(listed, "a:entry")
        if f"/opds/series/{series_id}" in links(e, "subsection")[0].get("href", "")
    ]  # type: ignore[arg-type]
    (entry,) = mine
    assert links(entry, "subsection")[0].get("type") == ACQUISITION  # type: ignore[arg-type]
    path = f"/opds/series/{series_id}"
    acquisition = feed(client, path)
    assert x(acquisition, "string(a:title)") == SERIES_NAME
    assert "/opds/series" in links(acquisition, "up")[0].get("href", "")
    assert links(acquisition, "next")  # two a page in these tests
    assert titles(all_entries(client, path)) == [
        "The First Letter",
        "The Second Letter",
        "The Last Letter",
    ]
    assert client.get("/opds/series/999").status_code == 404
    # The search's feed of a series goes up to the series too.
    searched = feed(client, f"/opds/works?series={series_id}")
    assert local(links(searched, "up")[0].get("href", "")) == "/opds/series"


def test_the_catalogues_series_leave_out_excluded_works(
    app: Flask, client: FlaskClient, works: dict[str, int]
) -> None:
    series_id = client.get(f"/works/{works['letters-1.html']}.json").get_json()["work"]["series_id"]
    exclude = "exclude=freeform:Storm%20Letters"
    listed = feed(client, f"/opds/series?{exclude}", NAVIGATION)
    assert [count for _, count, _ in _entries(listed)] == ["1", "2", "1"]
    for entry in x(listed, "a:entry"):
        assert "exclude=freeform:Storm+Letters" in links(entry, "subsection")[0].get("href", "")  # type: ignore[arg-type]
    path = f"/opds/series/{series_id}?{exclude}"
    assert titles(all_entries(client, path)) == ["The First Letter", "The Last Letter"]
    for rel in ("up", "start", "search"):
        assert "exclude=freeform:Storm+Letters" in links(feed(client, path), rel)[0].get("href", "")
    reader = app.test_client()
    reader.set_cookie("ficshelf_exclude", EXCLUDED)
    saved = feed(reader, "/opds/series", NAVIGATION)
    assert [count for _, count, _ in _entries(saved)] == ["1", "2", "1"]
    assert titles(all_entries(reader, f"/opds/series/{series_id}")) == [
        "The First Letter",
        "The Last Letter",
    ]

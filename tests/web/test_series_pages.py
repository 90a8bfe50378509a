"""Series on the web: the series page and its JSON twin, the work page's "Series:" line
and its Previous/Next navigation (top, and bottom at the end of the work), the blurbs'
"Part N of", the search's series filter, and the EPUB's series metadata, over AO3-style
downloads imported with the real importer (tests/series_fixtures.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from ebooklib import epub
from flask.testing import FlaskClient

from ficshelf.ingest import read_document
from ficshelf.store.db import Database
from series_fixtures import SERIES_NAME, import_series_files


@pytest.fixture
def works(db: Database, tmp_path: Path) -> dict[str, int]:
    return import_series_files(db, tmp_path / "downloads")


def _series_of(client: FlaskClient, work_id: int) -> int:
    series_id = client.get(f"/works/{work_id}.json").get_json()["work"]["series_id"]
    assert isinstance(series_id, int)
    return series_id


def test_the_series_page_lists_its_works_in_part_order(
    client: FlaskClient, works: dict[str, int]
) -> None:
    series_id = _series_of(client, works["letters-2.html"])
    page = client.get(f"/series/{series_id}")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert f'<h1 class="series-title">{SERIES_NAME}</h1>' in html
    assert "quillwright" in html and "otherhand" not in html
    assert "Parts 1, 2 and 4 here" in html
    assert "Works of the series this archive does not hold are not listed." in html
    titles = re.findall(r'<h3 class="blurb-title"><a href="/works/\d+">([^<]+)</a>', html)
    assert titles == ["The First Letter", "The Second Letter"]  # two a page in these tests
    assert f'href="/series/{series_id}?page=2"' in html
    more = client.get(f"/series/{series_id}?page=2").get_data(as_text=True)
    assert re.findall(r'<h3 class="blurb-title"><a href="/works/\d+">([^<]+)</a>', more) == [
        "The Last Letter"
    ]
    assert 'href="https://archiveofourown.org/series/501"' in html
    assert f'href="/series/{series_id}.json"' in html  # its JSON twin is linked


def test_the_series_json_twin(client: FlaskClient, works: dict[str, int]) -> None:
    series_id = _series_of(client, works["letters-1.html"])
    data = client.get(f"/series/{series_id}.json").get_json()
    assert data["series"] == {
        "id": series_id,
        "name": SERIES_NAME,
        "url": "https://archiveofourown.org/series/501",
        "authors": ["quillwright"],
        "word_count": data["series"]["word_count"],
        "works": 3,
        "parts_held": [1, 2, 4],
        "unnumbered": 0,
        "parts_expected": None,
        "complete": None,
    }
    items = (
        data["works"]["items"]
        + client.get(f"/series/{series_id}.json?page=2").get_json()["works"]["items"]
    )
    assert [w["series_part"] for w in items] == [1, 2, 4]
    assert {w["series"] for w in items} == {SERIES_NAME}
    assert data["works"]["total"] == 3
    assert data["series"]["word_count"] == sum(w["word_count"] for w in items)


def test_a_series_of_the_same_name_by_another_author_is_another_page(
    client: FlaskClient, works: dict[str, int]
) -> None:
    mine = _series_of(client, works["letters-1.html"])
    theirs = _series_of(client, works["other-letters.html"])
    assert mine != theirs
    data = client.get(f"/series/{theirs}.json").get_json()
    assert data["series"]["authors"] == ["otherhand"]
    assert [w["title"] for w in data["works"]["items"]] == ["Letters Never Sent"]


def test_no_such_series_is_404(client: FlaskClient, works: dict[str, int]) -> None:
    assert client.get("/series/999").status_code == 404
    answer = client.get("/series/999.json")
    assert answer.status_code == 404
    assert answer.get_json() == {"error": {"status": 404, "message": "no series with id 999"}}


def test_the_work_page_links_its_series_and_the_works_around_it(
    client: FlaskClient, works: dict[str, int]
) -> None:
    first, second, last = (works[f"letters-{n}.html"] for n in (1, 2, 4))
    series_id = _series_of(client, second)
    html = client.get(f"/works/{second}").get_data(as_text=True)
    series_link = f'<a href="/series/{series_id}">{SERIES_NAME}</a>'
    assert f'<dd class="work-series">Part 2 of {series_link}</dd>' in html
    assert html.count('class="series-nav ') == 2  # top, and bottom at the end of a one-shot
    assert html.count(f'href="/works/{first}" title="The First Letter">← Previous Work') == 2
    assert html.count(f'href="/works/{last}" title="The Last Letter">Next Work →') == 2
    top = client.get(f"/works/{first}").get_data(as_text=True)
    assert "← Previous Work" not in top and "Next Work →" in top
    end = client.get(f"/works/{last}").get_data(as_text=True)
    assert "← Previous Work" in end and "Next Work →" not in end
    alone = client.get(f"/works/{works['other-letters.html']}").get_data(as_text=True)
    assert "Part 1 of" in alone and "Previous Work" not in alone and "Next Work" not in alone


def test_the_work_json_says_where_the_work_is(client: FlaskClient, works: dict[str, int]) -> None:
    second = works["letters-2.html"]
    data = client.get(f"/works/{second}.json").get_json()
    series_id = data["work"]["series_id"]
    assert (data["work"]["series"], data["work"]["series_part"]) == (SERIES_NAME, 2)
    assert data["series_nav"] == {
        "id": series_id,
        "name": SERIES_NAME,
        "part": 2,
        "previous": {"id": works["letters-1.html"], "title": "The First Letter", "part": 1},
        "next": {"id": works["letters-4.html"], "title": "The Last Letter", "part": 4},
    }


def test_blurbs_say_which_part_of_which_series(client: FlaskClient, works: dict[str, int]) -> None:
    html = client.get("/works").get_data(as_text=True)
    series_id = _series_of(client, works["letters-4.html"])
    assert (
        f'<p class="blurb-series">Part <strong>4</strong> of <a href="/series/{series_id}">'
        f"{SERIES_NAME}</a></p>"
    ) in html
    blurbs = client.get("/works.json").get_json()["works"]["items"]
    assert {(w["title"], w["series_part"]) for w in blurbs} >= {("The Last Letter", 4)}


def test_the_search_keeps_to_a_series_by_id_or_by_name(
    client: FlaskClient, works: dict[str, int]
) -> None:
    series_id = _series_of(client, works["letters-1.html"])

    def titles(query: str) -> list[str]:  # every page's (two works a page in these tests)
        found, page, pages = [], 1, 1
        while page <= pages:
            result = client.get(f"/search.json?{query}&sort=title&page={page}").get_json()
            hits = result["result"]["hits"]
            found += [hit["work"]["title"] for hit in hits["items"]]
            page, pages = page + 1, hits["pages"]
        return found

    assert titles(f"series={series_id}") == [
        "The First Letter",
        "The Last Letter",
        "The Second Letter",
    ]
    everyone = titles("series=letters+from+the+LIGHTHOUSE")  # every author's, any case
    assert "Letters Never Sent" in everyone and len(everyone) == 4
    assert titles(f"series={series_id}&q=storm") == ["The Second Letter"]
    none = client.get("/search.json?series=Nothing+Here").get_json()["result"]
    assert none["hits"]["total"] == 0
    assert any("No series here is named 'Nothing Here'" in n for n in none["notices"])
    page = client.get(f"/search?series={series_id}").get_data(as_text=True)
    assert f"series: {series_id}" in page  # the filter is listed with the others
    feed = client.get(f"/opds/works?series={series_id}&sort=title").get_data(as_text=True)
    assert feed.count("<entry>") == 2 and "Part 4 of " + SERIES_NAME in feed  # a page of two
    assert f"<title>Series: {SERIES_NAME}</title>" in feed


def test_a_series_search_comes_in_part_order_and_names_the_series(
    client: FlaskClient, works: dict[str, int]
) -> None:
    series_id = _series_of(client, works["letters-1.html"])
    in_order = ["The First Letter", "The Second Letter", "The Last Letter"]

    def titles(query: str) -> list[str]:  # every page's (two works a page in these tests)
        found, page, pages = [], 1, 1
        while page <= pages:
            result = client.get(f"/search.json?{query}&page={page}").get_json()["result"]
            hits = result["hits"]
            found += [hit["work"]["title"] for hit in hits["items"]]
            page, pages = page + 1, hits["pages"]
        return found

    # part order is the default with a series filter alone, and sort=series asks for it
    assert titles(f"series={series_id}") == in_order
    assert titles(f"series={series_id}&sort=series") == in_order
    # a name: every author's series of it, the oldest series first, each in part order
    assert titles("series=letters+from+the+lighthouse") == [*in_order, "Letters Never Sent"]
    assert titles(f"series={series_id}&sort=title")[1] == "The Last Letter"
    page = client.get(f"/search?series={series_id}").get_data(as_text=True)
    assert f"Series: {SERIES_NAME}</h2>" in page and "sorted by part in series" in page
    assert f"<title>Search · Series: {SERIES_NAME}" in page
    feed = client.get(f"/opds/works?series={series_id}").get_data(as_text=True)
    assert f"<title>Series: {SERIES_NAME}</title>" in feed
    entries = re.findall(r"<entry><title>([^<]*)</title>", feed)
    assert entries == in_order[:2]  # a page of two, in part order
    assert re.search(r'title="Part order"[^>]*opds:activeFacet="true"', feed), feed
    # without a series, no feed offers part order
    assert 'title="Part order"' not in client.get("/opds/works").get_data(as_text=True)


def test_the_epub_carries_the_series_as_calibre_and_epub3_do(
    client: FlaskClient, works: dict[str, int], tmp_path: Path
) -> None:
    book = client.get(f"/works/{works['letters-2.html']}/download.epub").data
    path = tmp_path / "book.epub"
    path.write_bytes(book)
    metas = epub.read_epub(str(path)).get_metadata("OPF", "meta")
    named = {attrs.get("name"): attrs.get("content") for _, attrs in metas if "name" in attrs}
    assert named["calibre:series"] == SERIES_NAME
    assert named["calibre:series_index"] == "2"
    collection = next(
        (text, attrs) for text, attrs in metas if attrs.get("property") == "belongs-to-collection"
    )
    assert collection[0] == SERIES_NAME
    refined = {
        attrs["property"]: text
        for text, attrs in metas
        if attrs.get("refines") == f"#{collection[1]['id']}"
    }
    assert refined == {"collection-type": "series", "group-position": "2"}
    given = read_document("book.epub", book).given  # and ficshelf reads it back
    assert (given.series, given.series_part) == (SERIES_NAME, 2)


def test_the_api_docs_show_every_key_a_series_sends(
    client: FlaskClient, works: dict[str, int]
) -> None:
    from test_docs import documented_keys, unshown_keys

    series_heading = "Series: `/series/<series_id>.json`"
    work_heading = "`/works/<work_id>.json`, `/works/<work_id>/chapters/<number>.json`"
    shown = documented_keys({series_heading, work_heading})
    second = works["letters-2.html"]
    series_id = _series_of(client, second)
    series_page = client.get(f"/series/{series_id}.json").get_json()
    assert unshown_keys(series_page, shown[series_heading]) == []
    work_page = client.get(f"/works/{second}.json").get_json()
    assert unshown_keys(work_page, shown[work_heading]) == []

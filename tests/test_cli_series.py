"""``ficshelf series``: a person's placing of a work in a series (and out of any), which
re-import and re-analysis keep; ``ficshelf show`` naming the series and the works around a
work; ``ficshelf search --series``; over AO3-style downloads (tests/series_fixtures.py),
on both backends."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from sqlalchemy import update

from ficshelf.cli import cli
from ficshelf.store import schema
from ficshelf.store.db import open_database
from series_fixtures import FILES, SERIES_NAME, ao3_download, write_series_files


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def folder(runner: CliRunner, db_url: str, tmp_path: Path) -> Path:
    folder = tmp_path / "downloads"
    write_series_files(folder)
    done = runner.invoke(cli, ["import", str(folder), "--db", db_url, "--jobs", "1"])
    assert done.exit_code == 0, done.output
    return folder


def _run(runner: CliRunner, db_url: str, *args: str, code: int = 0) -> str:
    done = runner.invoke(cli, [*args, "--db", db_url])
    assert done.exit_code == code, done.output
    return done.output


def _work(runner: CliRunner, db_url: str, title: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(_run(runner, db_url, "show", title, "--json"))
    return data


def test_show_names_the_series_and_the_works_around_the_work(
    runner: CliRunner, db_url: str, folder: Path
) -> None:
    second = _work(runner, db_url, "The Second Letter")
    first = _work(runner, db_url, "The First Letter")
    last = _work(runner, db_url, "The Last Letter")
    series_id = second["series_id"]
    lines = _run(runner, db_url, "show", "The Second Letter").splitlines()
    assert (
        f"Series:          Part 2 of {SERIES_NAME}  (series {series_id}: /series/{series_id})"
        in lines
    )
    around = (
        f"previous: work {first['id']} (The First Letter)"
        f" · next: work {last['id']} (The Last Letter)"
    )
    assert " " * 17 + around in lines
    assert second["series_nav"]["previous"]["id"] == first["id"]
    assert (second["series"], second["series_part"]) == (SERIES_NAME, 2)


def test_search_keeps_to_a_series(runner: CliRunner, db_url: str, folder: Path) -> None:
    series_id = _work(runner, db_url, "The Second Letter")["series_id"]
    found = json.loads(_run(runner, db_url, "search", "--series", str(series_id), "--json"))
    assert found["total"] == 3
    named = json.loads(_run(runner, db_url, "search", "--series", SERIES_NAME.upper(), "--json"))
    assert named["total"] == 4  # every author's series of that name


def test_a_persons_placing_survives_reimport_and_reanalysis(
    runner: CliRunner, db_url: str, folder: Path
) -> None:
    other = _work(runner, db_url, "Letters Never Sent")
    mine = _work(runner, db_url, "The First Letter")["series_id"]
    # otherhand's work, filed by a person as part 3 of quillwright's series (by its AO3 page)
    moved = _run(
        runner,
        db_url,
        "series",
        "Letters Never Sent",
        "--url",
        "https://archiveofourown.org/series/501",
        "--part",
        "3",
    )
    assert moved == (
        f"work {other['id']} (Letters Never Sent): part 3 of {SERIES_NAME} (series {mine}),"
        f" a person's placing (was part 1 of {SERIES_NAME} (series {other['series_id']}),"
        " from the file)\n"
    )
    # the file changes and is imported again; then every work is analysed again
    changed = FILES[3]
    path = folder / changed.name
    path.write_text(ao3_download(changed).replace("under the floor", "under the stairs"))
    assert "1 updated" in _run(runner, db_url, "import", str(folder), "--jobs", "1")
    _run(runner, db_url, "reanalyze", "--all", "--jobs", "1")
    again = _work(runner, db_url, "Letters Never Sent")
    assert (again["series_id"], again["series_part"]) == (mine, 3)
    assert again["series_nav"]["previous"]["title"] == "The Second Letter"
    # its own series went with its last work; handed back to the file, it comes back
    back = _run(runner, db_url, "series", "Letters Never Sent", "--from-file")
    assert "part 1 of Letters from the Lighthouse" in back and "from the file" in back
    assert _work(runner, db_url, "Letters Never Sent")["series_id"] != mine


def test_a_work_taken_out_of_every_series_stays_out(
    runner: CliRunner, db_url: str, folder: Path
) -> None:
    out = _run(runner, db_url, "series", "The Last Letter", "--none")
    assert "in no series, a person's placing (was part 4 of" in out
    changed = FILES[2]
    path = folder / changed.name
    path.write_text(ao3_download(changed).replace("at last", "at long last"))
    _run(runner, db_url, "import", str(folder), "--jobs", "1")
    last = _work(runner, db_url, "The Last Letter")
    assert (last["series"], last["series_id"], last["series_nav"]) == (None, None, None)
    assert _work(runner, db_url, "The Second Letter")["series_nav"]["next"] is None


def test_facts_of_a_series_and_where_a_work_is(
    runner: CliRunner, db_url: str, folder: Path
) -> None:
    said = _run(runner, db_url, "series", "The First Letter", "--of", "4", "--in-progress")
    assert f"part 1 of {SERIES_NAME} (series " in said and ", 4 parts, in progress)" in said
    shown = _run(runner, db_url, "series", "The First Letter")
    assert shown.endswith(", 4 parts, in progress), from the file\n")
    assert "(was" not in shown and "unchanged" not in shown
    renumbered = _run(runner, db_url, "series", "The Last Letter", "--part", "3")
    assert "part 3 of" in renumbered and "a person's placing (was part 4 of" in renumbered


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["The First Letter", "--url", "https://example.org/series/1"], "is no AO3 series page"),
        (["The First Letter", "Name", "--none"], "one of them"),
        (["The First Letter", "--none", "--part", "2"], "--part goes with a series"),
        (["The First Letter", "--none", "--of", "2"], "need a series"),
        (
            ["The First Letter", "--url", "https://archiveofourown.org/series/42"],
            "give its name too",
        ),
    ],
)
def test_edits_that_cannot_be_done_change_nothing(
    runner: CliRunner, db_url: str, folder: Path, args: list[str], message: str
) -> None:
    before = _work(runner, db_url, "The First Letter")
    assert message in _run(runner, db_url, "series", *args, code=2)
    assert _work(runner, db_url, "The First Letter") == before


def test_a_part_for_a_work_in_no_series_is_refused(
    runner: CliRunner, db_url: str, folder: Path
) -> None:
    _run(runner, db_url, "series", "The Last Letter", "--none")
    said = _run(runner, db_url, "series", "The Last Letter", "--part", "2", code=2)
    assert "is in no series: name one to put it in" in said
    assert "no work matches" in _run(runner, db_url, "series", "Nothing Such", "X", code=1)


def _unlinked(folder: Path) -> None:
    """Write otherhand's download again with its series named but not linked (as an EPUB
    or a file saved from the page states it), and import it."""
    other = FILES[3]
    page = f'<a href="https://archiveofourown.org/series/{other.series_id}">'
    html = ao3_download(other).replace(page, "").replace(f"{SERIES_NAME}</a>", SERIES_NAME)
    assert "series/777" not in html
    (folder / other.name).write_text(html, encoding="utf-8")


@pytest.mark.parametrize(
    "filing",
    [("--url", "https://archiveofourown.org/series/501", "--part", "4"), ("--none",)],
)
def test_from_file_undoes_a_filing_when_the_file_links_no_series_page(
    runner: CliRunner, db_url: str, tmp_path: Path, filing: tuple[str, ...]
) -> None:
    folder = tmp_path / "downloads"
    write_series_files(folder)
    _unlinked(folder)
    _run(runner, db_url, "import", str(folder), "--jobs", "1")
    mine = _work(runner, db_url, "The First Letter")["series_id"]
    own = _work(runner, db_url, "Letters Never Sent")
    assert own["series"] == SERIES_NAME and own["series_id"] != mine
    _run(runner, db_url, "series", "Letters Never Sent", *filing)
    back = _run(runner, db_url, "series", "Letters Never Sent", "--from-file")
    assert f"part 1 of {SERIES_NAME}" in back and "from the file" in back
    again = _work(runner, db_url, "Letters Never Sent")
    assert again["series_id"] not in (None, mine)
    assert (again["series"], again["series_part"]) == (SERIES_NAME, 1)
    # quillwright's series holds quillwright's three works only
    found = json.loads(_run(runner, db_url, "search", "--series", str(mine), "--json"))
    assert found["total"] == 3
    # and a re-import of the unchanged file keeps the work in the series it alone makes
    _run(runner, db_url, "series", "Letters Never Sent", "--from-file")
    assert _work(runner, db_url, "Letters Never Sent")["series_id"] == again["series_id"]


def test_reanalyze_links_an_upgraded_librarys_series_and_says_so(
    runner: CliRunner, db_url: str, folder: Path
) -> None:
    mine = _work(runner, db_url, "The First Letter")["series_id"]
    theirs = _work(runner, db_url, "Letters Never Sent")["series_id"]
    # as migration 0016 leaves a library: series made by name and authors, with no page
    db = open_database(db_url)
    with db.begin() as conn:
        conn.execute(update(schema.series).values(url=None))
        conn.execute(update(schema.works).values(series_url=None))
    db.close()
    out = _run(runner, db_url, "reanalyze", "--all", "--jobs", "1").splitlines()
    assert out[-3:] == [
        f"series {mine} ({SERIES_NAME}): linked to https://archiveofourown.org/series/501",
        f"series {theirs} ({SERIES_NAME}): linked to https://archiveofourown.org/series/777",
        "2 series linked to their AO3 pages",
    ]
    # nothing left to link: a second run names no series
    again = _run(runner, db_url, "reanalyze", "--all", "--jobs", "1")
    assert "series" not in again


def test_search_lists_a_series_in_part_order(runner: CliRunner, db_url: str, folder: Path) -> None:
    series_id = _work(runner, db_url, "The Second Letter")["series_id"]
    in_order = ["The First Letter", "The Second Letter", "The Last Letter"]
    for extra in ((), ("--sort", "series")):
        found = json.loads(
            _run(runner, db_url, "search", "--series", str(series_id), *extra, "--json")
        )
        assert [hit["work"]["title"] for hit in found["hits"]["items"]] == in_order
        assert found["sort"] == "series"
    shown = _run(runner, db_url, "search", "--series", str(series_id))
    assert "3 works found, sorted by series" in shown
    assert shown.index("The First Letter") < shown.index("The Last Letter")

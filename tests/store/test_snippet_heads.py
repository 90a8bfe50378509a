"""Snippets of long works: both databases mark matches only in the first
``snippets.HEAD_CHARS`` characters of a story, so what a snippet costs does not grow with
the work's length (FTS5's ``snippet`` over a whole 2 MB story searched for "the" took
over a minute)."""

from __future__ import annotations

from ficshelf.store.db import Database
from ficshelf.store.search import SearchRequest, SearchResult, search
from ficshelf.store.snippets import HEAD_CHARS
from ficshelf.store.works import save_work
from work_builders import one_chapter_work, source_for

FILLER = "The keeper counted the gulls on the rail and wrote the tally down. "


def save(db: Database, text: str, title: str) -> int:
    work = one_chapter_work(text, title=title)
    with db.begin() as conn:
        return save_work(conn, work, source_for(f"/fics/{title}.txt", text)).work_id


def run(db: Database, query: str) -> SearchResult:
    with db.connect() as conn:
        return search(conn, SearchRequest(query=query, facets=False))


def long_text(before: str, after: str) -> str:
    filler = FILLER * (HEAD_CHARS // len(FILLER) + 10)
    return f"{before} {filler} {after}"


def test_a_match_only_past_the_head_finds_the_work_without_a_snippet(db: Database) -> None:
    work_id = save(db, long_text("A quiet night.", "Then the grey ship came."), "Far Grey")
    result = run(db, "ship")
    assert [hit.work.id for hit in result.hits.items] == [work_id]
    assert result.hits.items[0].snippet is None


def test_a_match_in_the_head_of_a_long_work_is_marked(db: Database) -> None:
    save(db, long_text("The grey ship & the gull.", "Another ship at the end."), "Near Grey")
    (hit,) = run(db, "ship").hits.items
    assert hit.snippet is not None
    assert ("ship", True) in hit.snippet.parts
    assert "& the gull" in hit.snippet.text
    assert "Another" not in hit.snippet.text


def test_every_work_of_a_page_gets_its_own_snippet(db: Database) -> None:
    first = save(db, long_text("A lantern in the window.", ""), "Lantern One")
    second = save(db, "Only a short story with a lantern and a gull.", "Lantern Two")
    found = {hit.work.id: hit.snippet for hit in run(db, "lantern").hits.items}
    assert found.keys() == {first, second}
    assert all(s is not None and ("lantern", True) in s.parts for s in found.values())
    # the temporary table is emptied: a second search of another word marks its own
    (hit,) = run(db, "window").hits.items
    assert hit.snippet is not None and ("window", True) in hit.snippet.parts

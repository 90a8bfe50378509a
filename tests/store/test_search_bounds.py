"""A relevance order over very many matches: the bounded window it ranks and the estimated
total, checked against the unbounded ranking on a small library (SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest

from ficshelf.errors import NotFound
from ficshelf.store import search_plan
from ficshelf.store.db import Database
from ficshelf.store.search import SearchRequest, SearchResult, Sort, search
from search_library import FREE, author, save

# Nine invented openings that all mention a lantern, as often and as prominently as differs:
# a title, a tag or a bare mention, in texts of different lengths.
OPENINGS = [
    ("Lantern Harbour", "The lantern swung over the harbour wall all night."),
    ("The Ferry", "A lantern, a lantern, a third lantern on the ferry rail at dusk."),
    ("Salt Road", "They walked the salt road with one lantern between the three of them."),
    ("Quiet Mill", "The mill was quiet. Somebody had left a lantern by the wheel " * 3),
    ("Orchard Gate", "Past the orchard gate a lantern burned low in the frost."),
    ("Lantern and Key", "Keys, locks and a lantern: the inventory of a careful thief."),
    ("Night Market", "Stalls of paper lanterns lined the night market to the river."),
    ("North Light", "The lighthouse keeper trimmed the lantern wick and read till dawn."),
    ("Stone Bridge", "Under the stone bridge the lantern showed the water was rising."),
]


@pytest.fixture
def lanterns(db: Database) -> list[int]:
    """Save the nine works (plus one without a lantern); return the lantern works' ids."""
    found = []
    for day, (title, text) in enumerate(OPENINGS, start=1):
        tags = (author(FREE, "Lanterns"),) if day % 3 == 0 else ()
        found.append(save(db, title, text, added=day, tags=tags))
    save(db, "Dry Well", "Nothing in this one but a dry well and a patient cat.", added=20)
    return found


def run(db: Database, query: str, **fields: object) -> SearchResult:
    with db.connect() as conn:
        return search(conn, SearchRequest(query=query, **fields))  # type: ignore[arg-type]


def ranked(result: SearchResult) -> list[int]:
    return [hit.work.id for hit in result.hits.items]


def test_under_the_cap_the_ranking_and_total_are_exact(
    db: Database, lanterns: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_plan, "RANK_CAP", 1_000_000)
    unbounded = run(db, "lantern", per_page=50)
    monkeypatch.setattr(search_plan, "RANK_CAP", len(lanterns))
    bounded = run(db, "lantern", per_page=50)
    assert ranked(bounded) == ranked(unbounded)
    assert sorted(ranked(bounded)) == sorted(lanterns)
    assert bounded.total == bounded.hits.total == len(lanterns)
    assert not bounded.total_is_estimate and bounded.facets_complete


@pytest.mark.parametrize("cap", [1, 4, 8])
def test_over_the_cap_the_newest_matches_are_ranked_as_the_full_ranking_ranks_them(
    db: Database, lanterns: list[int], monkeypatch: pytest.MonkeyPatch, cap: int
) -> None:
    monkeypatch.setattr(search_plan, "RANK_CAP", 1_000_000)
    unbounded = ranked(run(db, "lantern", per_page=50))
    monkeypatch.setattr(search_plan, "RANK_CAP", cap)
    window = set(sorted(lanterns)[-cap:])
    bounded = run(db, "lantern", per_page=50)
    # exactly the documented difference: the full ranking restricted to the newest `cap`
    assert ranked(bounded) == [work for work in unbounded if work in window]
    assert bounded.total_is_estimate and bounded.hits.total == cap
    assert bounded.total > cap and not bounded.facets_complete
    if cap >= 4:  # nine of ten works match, evenly spread: about nine
        assert 7 <= bounded.total <= 11


def test_paging_stops_at_the_ranked_window(
    db: Database, lanterns: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_plan, "RANK_CAP", 4)
    pages = [ranked(run(db, "lantern", per_page=2, page=page)) for page in (1, 2)]
    assert sorted(pages[0] + pages[1]) == sorted(lanterns)[-4:]
    with pytest.raises(NotFound):
        run(db, "lantern", per_page=2, page=3)


def test_the_window_applies_after_the_filters(
    db: Database, lanterns: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_plan, "RANK_CAP", 1_000_000)
    unbounded = ranked(run(db, "lantern", words_min=12, per_page=50))
    monkeypatch.setattr(search_plan, "RANK_CAP", 2)
    bounded = run(db, "lantern", words_min=12, per_page=50)
    assert ranked(bounded) == [work for work in unbounded if work in sorted(unbounded)[-2:]]
    assert bounded.total_is_estimate


def test_other_orders_count_exactly(
    db: Database, lanterns: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_plan, "RANK_CAP", 2)
    by_date = run(db, "lantern", sort=Sort.ADDED, per_page=50)
    assert by_date.total == by_date.hits.total == len(lanterns)
    assert not by_date.total_is_estimate

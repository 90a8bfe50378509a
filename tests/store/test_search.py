"""The search engine on SQLite and PostgreSQL: text queries, filters, sort, facets, paging."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ficshelf.errors import NotFound
from ficshelf.model import TagType
from ficshelf.search_query import QueryError, parse_tag_ref
from ficshelf.store import search as search_module
from ficshelf.store.db import Database
from ficshelf.store.search import (
    Length,
    SearchRequest,
    SearchResult,
    Sort,
    Status,
    search,
)
from ficshelf.store.search_index import indexed_count, rebuild_index
from ficshelf.store.tag_bitmaps import warm_tag_bitmaps
from ficshelf.store.tags import set_canonical, set_editor_tag
from ficshelf.store.works import delete_work
from search_library import F, Shelf, build_shelf


@pytest.fixture(autouse=True, params=["bitmaps", "joins"])
def tag_filters(
    request: pytest.FixtureRequest, db: Database, monkeypatch: pytest.MonkeyPatch
) -> str:
    """Every test runs with SQLite's tag bitmaps (built before any work is saved, so they
    follow every save through the change log) and with plain joins (PostgreSQL: joins)."""
    if request.param == "bitmaps":
        if db.dialect != "sqlite":
            pytest.skip("PostgreSQL answers tag filters with joins")
        assert warm_tag_bitmaps(db.engine).ready
    monkeypatch.setattr(search_module, "TAG_BITMAPS", request.param == "bitmaps")
    return str(request.param)


@pytest.fixture
def shelf(db: Database) -> Shelf:
    return build_shelf(db)


def run(db: Database, query: str = "", **fields: object) -> SearchResult:
    for name in ("include", "exclude", "hidden"):
        if name in fields:
            fields[name] = tuple(parse_tag_ref(ref) for ref in fields[name])  # type: ignore[attr-defined]
    with db.connect() as conn:
        return search(conn, SearchRequest(query=query, **fields))  # type: ignore[arg-type]


def ids(result: SearchResult) -> list[int]:
    return [hit.work.id for hit in result.hits.items]


def facet(result: SearchResult, tag_type: str) -> dict[str, int]:
    return {t.name: t.works for f in result.facets if f.type == tag_type for t in f.tags}


def test_text_query_is_ranked_with_title_first(db: Database, shelf: Shelf) -> None:
    result = run(db, "lamp")
    # the title and summary match outweigh a passing mention in another story
    assert ids(result)[0] == shelf.lamp
    assert set(ids(result)) == {shelf.lamp, shelf.gale}
    assert result.sort is Sort.RELEVANCE


def test_prefix_phrase_or_and_exclusion(db: Database, shelf: Shelf) -> None:
    assert set(ids(run(db, "lamp*"))) == {shelf.lamp, shelf.gale, shelf.academy}
    assert ids(run(db, '"rowed out with the oil"')) == [shelf.lamp]
    assert ids(run(db, '"oil rowed"')) == []
    assert set(ids(run(db, "snow OR gale"))) == {shelf.ridge, shelf.gale}
    assert set(ids(run(db, "storm -exams"))) == {shelf.lamp}
    # only exclusions: every work but those
    assert set(ids(run(db, "-lamp -storm"))) == {shelf.ridge, shelf.quiet}


def test_searches_summary_notes_tags_and_authors(db: Database, shelf: Shelf) -> None:
    assert ids(run(db, "stubborn keepers")) == [shelf.lamp]  # summary
    assert ids(run(db, "winter swap")) == [shelf.lamp]  # note
    assert ids(run(db, "lighthouses")) == [shelf.lamp]  # tag
    assert shelf.lamp in ids(run(db, "quillwright"))  # author


def test_stemming_matches_other_forms(db: Database, shelf: Shelf) -> None:
    assert shelf.gale in ids(run(db, "grieving"))


def test_snippets_highlight_the_story_text(db: Database, shelf: Shelf) -> None:
    hit = next(h for h in run(db, "scarf").hits.items if h.work.id == shelf.ridge)
    assert hit.snippet is not None
    assert ("scarf", True) in hit.snippet.parts
    assert "woodshed" in hit.snippet.text
    assert run(db, "").hits.items[0].snippet is None


@pytest.mark.parametrize(
    "query",
    ["don't", "Ivo's scarf", '"unbalanced', "“curly”", "a OR", "-", "* * *", "()", "é ü ß 東京",
     "NEAR(a b)", "col:lamp", "'", "\\", "%_", "\x00", "lamp^2", "AND", "NOT lamp"],
)  # fmt: skip
def test_awkward_queries_never_fail(db: Database, shelf: Shelf, query: str) -> None:
    run(db, query)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=60))
def test_any_unicode_query_runs_or_gives_the_friendly_error(db: Database, query: str) -> None:
    try:
        result = run(db, query)
    except QueryError:
        return
    assert result.hits.total == 0  # the database is empty


def test_too_long_a_query_is_a_query_error(db: Database) -> None:
    with pytest.raises(QueryError):
        run(db, "lamp " * 400)


def test_include_and_exclude_tags_with_synonyms(db: Database, shelf: Shelf) -> None:
    gullrock = run(db, include=["fandom:Gullrock Chronicles"])
    assert set(ids(gullrock)) == {shelf.lamp, shelf.ridge, shelf.gale}  # "GC" is a synonym
    assert set(ids(run(db, include=["fandom:gc"]))) == {shelf.lamp, shelf.ridge, shelf.gale}
    both = run(db, include=["fandom:Gullrock Chronicles", "character:Maren Holt"])
    assert set(ids(both)) == {shelf.lamp, shelf.gale}
    assert set(ids(run(db, include=["Ivo Brandt"], exclude=["rating:General"]))) == {shelf.lamp}
    assert set(ids(run(db, exclude=["fandom:GC"]))) == {shelf.academy, shelf.quiet}
    text_and_tags = run(db, "lamp", include=["character:Maren Holt"], exclude=["rating:Mature"])
    assert ids(text_and_tags) == [shelf.lamp]


def test_unknown_tags(db: Database, shelf: Shelf) -> None:
    missing = run(db, include=["fandom:Nowhere"])
    assert missing.hits.total == 0 and missing.notices
    ignored = run(db, exclude=["fandom:Nowhere"])
    assert ignored.hits.total == 5 and "hides nothing" in ignored.notices[0]
    with pytest.raises(NotFound):
        run(db, include=["fandom:Nowhere"], page=2)


def test_exclusions_hide_inferred_tags_and_includes_follow_provenance(
    db: Database, shelf: Shelf
) -> None:
    # an exclusion hides a work even when the tag is only inferred, and unsure
    assert shelf.gale not in ids(run(db, exclude=["warning:major character death"]))
    assert shelf.gale not in ids(run(db, hidden=["major character death"]))
    relationship = "relationship:Tamsin Vey/Oriel Marsh"
    assert ids(run(db, include=[relationship])) == [shelf.academy]
    assert ids(run(db, include=[relationship], author_tags_only=True)) == []
    assert ids(run(db, include=[relationship], min_confidence=0.8)) == [shelf.academy]
    assert ids(run(db, include=[relationship], min_confidence=0.95)) == []


def test_removed_links_do_not_count(db: Database, shelf: Shelf) -> None:
    with db.begin() as conn:
        set_editor_tag(conn, shelf.lamp, TagType.FREEFORM, "Lighthouses", removed=True)
    assert ids(run(db, include=["freeform:Lighthouses"])) == []
    assert ids(run(db, "lighthouses")) == []  # nor in the text index
    with db.begin() as conn:
        set_editor_tag(conn, shelf.quiet, TagType.FREEFORM, "Lighthouses")
    assert ids(run(db, "lighthouses")) == [shelf.quiet]


def test_scalar_filters(db: Database, shelf: Shelf) -> None:
    assert ids(run(db, words_min=1000)) == [shelf.quiet]
    assert shelf.quiet not in ids(run(db, words_max=1000))
    assert ids(run(db, length=Length.MULTI)) == [shelf.ridge]
    assert shelf.ridge not in ids(run(db, length=Length.ONESHOT))
    assert ids(run(db, status=Status.IN_PROGRESS)) == [shelf.ridge]
    complete = set(ids(run(db, status=Status.COMPLETE)))
    # one-shots that do not say count as complete; the ridge is in progress
    assert complete == {shelf.lamp, shelf.gale, shelf.academy, shelf.quiet}
    assert ids(run(db, language="deutsch")) == [shelf.ridge]
    # any spelling of it finds a work stored as AO3 spells it ("Deutsch")
    assert ids(run(db, language="de")) == ids(run(db, language="German")) == [shelf.ridge]
    english = ids(run(db, language="English"))
    assert english and ids(run(db, language="en")) == english  # a code finds its name
    assert ids(run(db, updated_from=date(2024, 1, 1))) == [shelf.ridge]
    assert set(ids(run(db, updated_to=date(2022, 12, 31)))) == {shelf.gale}
    assert ids(run(db, added_from=date(2024, 3, 5))) == [shelf.quiet]
    assert ids(run(db, added_from=date(2024, 3, 2), added_to=date(2024, 3, 2))) == [shelf.ridge]


def test_sorts(db: Database, shelf: Shelf) -> None:
    everything = [shelf.quiet, shelf.academy, shelf.gale, shelf.ridge, shelf.lamp]
    assert ids(run(db)) == everything  # newest added first
    assert ids(run(db, sort=Sort.RELEVANCE)) == everything  # no text: by date added
    assert ids(run(db, sort=Sort.WORDS))[0] == shelf.quiet
    titles = [h.work.title for h in run(db, sort=Sort.TITLE).hits.items]
    assert titles == sorted(titles, key=str.lower)
    assert ids(run(db, sort=Sort.KUDOS))[:2] == [shelf.lamp, shelf.gale]
    assert ids(run(db, sort=Sort.HITS))[:2] == [shelf.quiet, shelf.lamp]
    assert ids(run(db, sort=Sort.UPDATED))[:3] == [shelf.ridge, shelf.lamp, shelf.gale]


def test_paging(db: Database, shelf: Shelf) -> None:
    first = run(db, per_page=2)
    assert first.hits.total == 5 and first.hits.pages == 3
    last = run(db, per_page=2, page=3)
    assert ids(last) == [shelf.lamp]
    with pytest.raises(NotFound):
        run(db, per_page=2, page=4)
    with pytest.raises(ValueError):
        run(db, page=0)
    with pytest.raises(ValueError):
        run(db, min_confidence=2.0)


def test_facets_count_the_result_set(db: Database, shelf: Shelf) -> None:
    result = run(db, include=["fandom:Gullrock Chronicles"])
    assert result.facets_complete
    assert [f.type for f in result.facets][:3] == ["rating", "warning", "fandom"]
    assert facet(result, "fandom") == {"Gullrock Chronicles": 3}  # the synonym counts under it
    assert facet(result, "character") == {"Maren Holt": 2, "Ivo Brandt": 2}
    assert facet(result, "rating") == {"Teen": 1, "General": 1, "Mature": 1}
    assert facet(result, "warning") == {"major character death": 1}
    sure = run(db, include=["fandom:Gullrock Chronicles"], min_confidence=0.5)
    assert facet(sure, "warning") == {}
    text = run(db, "storm")
    assert facet(text, "fandom") == {"Gullrock Chronicles": 1, "Starfall Academy": 1}
    assert run(db, facets=False).facets == ()


def test_index_follows_saves_and_deletes(db: Database, shelf: Shelf) -> None:
    with db.begin() as conn:
        delete_work(conn, shelf.lamp)
    assert ids(run(db, "stubborn")) == []
    # the ridge is tagged "GC", made a synonym of "Gullrock Chronicles" after the ridge was
    # saved: that rewrote its document, so the canonical name finds it without a rebuild
    assert set(ids(run(db, "chronicles"))) == {shelf.ridge, shelf.gale}
    with db.begin() as conn:
        assert indexed_count(conn) == 4
        assert rebuild_index(conn, batch=2) == 4
        assert indexed_count(conn) == 4
    assert ids(run(db, "scarf")) == [shelf.ridge]
    assert set(ids(run(db, "chronicles"))) == {shelf.ridge, shelf.gale}
    assert ids(run(db, "stubborn")) == []


def test_bare_tag_name_matches_every_type(db: Database, shelf: Shelf) -> None:
    with db.begin() as conn:
        set_editor_tag(conn, shelf.quiet, TagType.FREEFORM, "Gullrock Chronicles")
    result = run(db, include=["Gullrock Chronicles"])
    assert set(ids(result)) == {shelf.lamp, shelf.ridge, shelf.gale, shelf.quiet}
    assert {name for name in result.include[0].canonical} == {
        (F.value, "Gullrock Chronicles"),
        ("freeform", "Gullrock Chronicles"),
    }


def test_tag_filters_follow_every_change(db: Database, shelf: Shelf) -> None:
    gullrock = ["fandom:Gullrock Chronicles"]
    assert len(ids(run(db, include=gullrock))) == 3  # bitmaps built here
    with db.begin() as conn:
        set_editor_tag(conn, shelf.quiet, TagType.FANDOM, "Gullrock Chronicles")
        set_editor_tag(conn, shelf.lamp, TagType.FANDOM, "Gullrock Chronicles", removed=True)
    assert set(ids(run(db, include=gullrock))) == {shelf.ridge, shelf.gale, shelf.quiet}
    with db.begin() as conn:
        delete_work(conn, shelf.gale)
    assert set(ids(run(db, include=gullrock))) == {shelf.ridge, shelf.quiet}
    with db.begin() as conn:
        set_canonical(conn, (TagType.FANDOM, "Starfall Academy"), (TagType.FANDOM, "GC"))
    both = set(ids(run(db, include=gullrock)))
    assert both == {shelf.ridge, shelf.quiet, shelf.academy}
    assert run(db, include=gullrock, exclude=["character:Tamsin Vey"]).hits.total == 2

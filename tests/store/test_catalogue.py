"""The OPDS catalogue's own reads (``store.catalogue``) and the search's author filter."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from ficshelf.errors import PastLastPage
from ficshelf.model import TagType
from ficshelf.search_query import TagRef
from ficshelf.store.catalogue import AuthorCount, author_counts, last_added, source_urls
from ficshelf.store.db import Database
from ficshelf.store.resolved_tags import resolve_tags
from ficshelf.store.search import SearchRequest, search
from search_library import F, author, save


def _library(db: Database) -> dict[str, int]:
    return {
        "a": save(db, "A", "one", added=1, authors=("sam", "Sam"), url="https://e.org/1"),
        "b": save(db, "B", "two", added=3, authors=("sam",), tags=(author(F, "Elsewhere"),)),
        "c": save(db, "C", "three", added=2, authors=("Zed",)),
        "d": save(db, "D", "four", added=4, authors=()),
    }


def test_authors_with_their_works_most_first(db: Database) -> None:
    ids = _library(db)
    with db.connect() as conn:
        listed = author_counts(conn)
        assert listed.items == (AuthorCount("sam", 2), AuthorCount("Sam", 1), AuthorCount("Zed", 1))
        assert listed.total == 3
        second = author_counts(conn, 2, 2)
        assert second.items == (AuthorCount("Zed", 1),) and second.pages == 2
        with pytest.raises(PastLastPage):
            author_counts(conn, 3, 2)
        # the works a reader's exclusions hide are not counted, nor an author only they have
        (hidden,) = resolve_tags(conn, [TagRef(TagType.FANDOM, "Elsewhere")])
        shown = author_counts(conn, hide=hidden.ids)
        assert shown.items == (AuthorCount("Sam", 1), AuthorCount("sam", 1), AuthorCount("Zed", 1))
        assert source_urls(conn, [ids["a"], ids["c"], 999]) == {
            ids["a"]: "https://e.org/1",
            ids["c"]: None,
        }
        assert source_urls(conn, []) == {}
        assert last_added(conn) == datetime(2024, 3, 4, tzinfo=UTC)


def test_an_empty_library(db: Database) -> None:
    with db.connect() as conn:
        assert last_added(conn) is None
        assert author_counts(conn).items == () and author_counts(conn).pages == 1


def test_the_search_keeps_to_an_author(db: Database) -> None:
    ids = _library(db)
    with db.connect() as conn:

        def by(name: str, **more: object) -> list[int]:
            request = SearchRequest(author=name, **more)  # type: ignore[arg-type]
            return [hit.work.id for hit in search(conn, request).hits.items]

        assert by("sam") == [ids["b"], ids["a"]]
        assert by("  sam ") == [ids["b"], ids["a"]]  # spacing as the store keeps names
        assert by("Sam") == [ids["a"]]  # case counts: two people
        assert by("nobody") == [] and by("sa") == [] and by("sam\x00") == [ids["b"], ids["a"]]
        assert by("sam", query="two") == [ids["b"]]

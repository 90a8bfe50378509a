"""Every word of a query counts, on both databases: PostgreSQL's ``english`` configuration
dropped "the", "to", "be", "or", "not", "s" and other stop words from queries and documents
(``the`` found nothing, ``"door the"`` read as ``door``, ``storm -the`` excluded nothing),
where SQLite drops none; migration 0013 gave PostgreSQL a configuration without a stop list
and SQLite prefix indexes, and rewrote the index on both."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import text

from ficshelf.store.db import Database, _alembic_config, current_revision, head_revision
from ficshelf.store.search import SearchRequest, search
from search_library import build_bay


def found(db: Database, query: str) -> set[int]:
    with db.connect() as conn:
        result = search(conn, SearchRequest(query=query, per_page=50, facets=False))
    assert result.total == len(result.hits.items)
    return {hit.work.id for hit in result.hits.items}


STOP_WORD_QUERIES = {
    "the": ("night", "shut"),
    '"door the"': ("night",),
    "door": ("night", "shut"),
    "storm -the": ("quiet",),
    "to be or not": ("quiet",),
    "s*": ("shut", "quiet"),
    '"not to be"': ("quiet",),
}


@pytest.mark.parametrize("query", sorted(STOP_WORD_QUERIES))
def test_stop_words_count_on_both_databases(db: Database, query: str) -> None:
    bay = build_bay(db)
    assert found(db, query) == {getattr(bay, name) for name in STOP_WORD_QUERIES[query]}


def test_upgrading_indexes_the_stop_words_an_older_index_dropped(db: Database) -> None:
    bay = build_bay(db)
    with db.engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0012")
        assert current_revision(conn) == "0012"
        if conn.dialect.name == "postgresql":  # the documents as 0004–0012 wrote them
            conn.execute(
                text(
                    "UPDATE work_search SET document = to_tsvector('english', w.title"
                    " || ' ' || w.text) FROM works w WHERE work_search.work_id = w.id"
                )
            )
            assert (
                conn.execute(
                    text("SELECT count(*) FROM work_search WHERE document @@ 'the'::tsquery")
                ).scalar_one()
                == 0
            )
        command.upgrade(_alembic_config(conn), "head")
        assert current_revision(conn) == head_revision()
    assert found(db, "the") == {bay.night, bay.shut}
    assert found(db, '"door the"') == {bay.night}
    assert found(db, "s*") == {bay.shut, bay.quiet}


def test_a_library_from_before_0011_upgrades_in_one_go(db: Database) -> None:
    """Migrations 0011 and 0012 write documents with today's ``index_work``, which reads the
    configuration 0013 brings: they create it first when the library never had it."""
    bay = build_bay(db)
    with db.engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0010")
        if conn.dialect.name == "postgresql":  # as a library written before 0013 is
            conn.execute(text("DROP TEXT SEARCH CONFIGURATION ficshelf_english"))
            conn.execute(text("DROP TEXT SEARCH DICTIONARY ficshelf_english_stem"))
        conn.execute(
            text("UPDATE works SET title = 'Ｎｉｇｈｔ Wind' WHERE id = :id"), {"id": bay.night}
        )
        command.upgrade(_alembic_config(conn), "head")
        assert current_revision(conn) == head_revision()
    assert found(db, "night") == {bay.night}
    assert found(db, "the") == {bay.night, bay.shut}

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import inspect, select

from ficshelf.errors import ConfigError, MissingDatabase
from ficshelf.store.db import (
    Database,
    _alembic_config,
    current_revision,
    display_url,
    head_revision,
    open_database,
)
from ficshelf.store.schema import SEARCH_INDEX_TABLES, metadata, sources
from ficshelf.store.works import SaveStatus, save_work
from work_builders import LANTERN, source_for, work_record

HARBOUR = "Ivo mended nets on the harbour wall.\n\nMaren brought tea and said nothing at all."


def test_migrated_schema_matches_metadata(db: Database) -> None:
    tables = set(inspect(db.engine).get_table_names()) - {"alembic_version"}
    assert tables == set(metadata.tables) | SEARCH_INDEX_TABLES[db.dialect]
    for name, table in metadata.tables.items():
        columns = {c["name"] for c in inspect(db.engine).get_columns(name)}
        assert columns == {c.name for c in table.columns}, name
    with db.connect() as conn:
        assert current_revision(conn) == head_revision()


def test_migrated_indexes_match_metadata(db: Database) -> None:
    inspector = inspect(db.engine)
    for name, table in metadata.tables.items():
        found = {
            index["name"]
            for index in inspector.get_indexes(name)
            if not index.get("duplicates_constraint")
        }
        assert found == {index.name for index in table.indexes}, name
    assert "ix_tags_canonical_id" in {i["name"] for i in inspector.get_indexes("tags")}


def test_reopening_is_a_no_op(db_url: str) -> None:
    first = open_database(db_url)
    first.close()
    again = open_database(db_url)
    with again.connect() as conn:
        assert current_revision(conn) == head_revision()
    again.close()


def test_sqlite_runs_in_wal_mode_with_foreign_keys(sqlite_db: Database) -> None:
    with sqlite_db.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_opening_without_create_refuses_a_missing_sqlite_file(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "library.db"
    with pytest.raises(MissingDatabase) as caught:
        open_database(f"sqlite:///{missing}", create=False)
    assert caught.value.path == str(missing) and isinstance(caught.value, ConfigError)
    assert not missing.parent.exists()
    open_database(f"sqlite:///{missing}").close()
    open_database(f"sqlite:///{missing}", create=False).close()


def test_display_url_hides_the_password() -> None:
    shown = display_url("postgresql://archive:secret@db.example/fics")
    assert "secret" not in shown and "archive" in shown
    assert display_url("library.db") == "sqlite:///library.db"


def test_a_raw_special_character_in_a_password_is_explained() -> None:
    """``p@ss:w/rd`` written as it is splits the URL at the wrong "@": a ConfigError that
    says to percent-encode it and does not repeat the URL (a service log would keep it)."""
    with pytest.raises(ConfigError) as caught:
        open_database("postgresql://archive:p@ss:w/rd@127.0.0.1:5432/fics")
    assert "percent-encoded" in str(caught.value)
    assert "p@ss" not in str(caught.value)
    assert "p@ss" not in display_url("postgresql://archive:p@ss:w/rd@127.0.0.1:5432/fics")


def test_a_raw_at_sign_in_a_password_is_explained_too() -> None:
    """``p@ss`` with a port that parses would send the connection to the host "ss@…"."""
    with pytest.raises(ConfigError) as caught:
        open_database("postgresql://archive:p@ss@127.0.0.1:5432/fics")
    assert "more than one @" in str(caught.value) and "percent-encoded" in str(caught.value)
    assert "p@ss" not in str(caught.value)


def test_display_url_names_the_backend_as_users_write_it() -> None:
    shown = display_url("postgresql://archive@localhost/fics")
    assert shown == "postgresql://archive@localhost/fics"


def test_migrating_marks_every_later_file_of_a_work_a_duplicate(db: Database) -> None:
    with db.begin() as conn:
        first = save_work(conn, work_record(), source_for("a.txt", LANTERN))
        save_work(conn, work_record(), source_for("b.txt", LANTERN + " "))
        save_work(conn, work_record(HARBOUR), source_for("c.txt", HARBOUR))
        save_work(conn, work_record(), source_for("d.txt", LANTERN + "  "))
    assert first.status is SaveStatus.IMPORTED
    with db.engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0008")
        assert "duplicate" not in {c["name"] for c in inspect(conn).get_columns("sources")}
        command.upgrade(_alembic_config(conn), "head")
    with db.connect() as conn:
        flags = dict(conn.execute(select(sources.c.path, sources.c.duplicate)).all())
    assert flags == {"a.txt": False, "b.txt": True, "c.txt": False, "d.txt": True}

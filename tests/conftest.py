"""Shared fixtures: fresh databases (SQLite always, PostgreSQL when FICSHELF_TEST_PG is set),
the sample corpus and the real AO3 downloads in ../shared/data (skipped when absent)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from ficshelf.store.db import Database, migrate, normalise_url, open_database

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "examples" / "corpus"
SHARED_DATA = ROOT.parent / "shared" / "data"
PG_URL = os.environ.get("FICSHELF_TEST_PG")
BACKENDS = ["sqlite"] + (["postgresql"] if PG_URL else [])


@pytest.fixture(scope="session")
def pg_template() -> Iterator[str | None]:
    """A migrated PostgreSQL template database that each test copies (fast fresh schemas)."""
    if not PG_URL:
        yield None
        return
    admin = create_engine(normalise_url(PG_URL), isolation_level="AUTOCOMMIT")
    name = f"ficshelf_tmpl_{uuid.uuid4().hex[:8]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(normalise_url(PG_URL)).set(database=name)
    engine = create_engine(url)
    migrate(engine)
    engine.dispose()
    yield name
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(params=BACKENDS)
def db_url(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    pg_template: str | None,
) -> Iterator[str]:
    """The URL of a fresh, migrated database on each backend under test (a SQLite file lives
    outside the test's ``tmp_path``, so importing ``tmp_path`` does not meet it)."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('db') / 'test.db'}"
        open_database(url).close()
        yield url
        return
    assert PG_URL and pg_template
    admin = create_engine(normalise_url(PG_URL), isolation_level="AUTOCOMMIT")
    name = f"ficshelf_t_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{pg_template}"'))
    yield make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    """A fresh, migrated database on each backend under test."""
    database = open_database(db_url)
    yield database
    database.close()


@pytest.fixture
def sqlite_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """A fresh SQLite database, for tests that are about something other than the backend."""
    database = open_database(f"sqlite:///{tmp_path_factory.mktemp('db') / 'one.db'}")
    yield database
    database.close()


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """The bundled sample corpus (examples/corpus)."""
    return CORPUS


@pytest.fixture(scope="session")
def ao3_downloads() -> Path:
    """The real AO3 downloads in ../shared/data/ao3-downloads; skips the test when absent."""
    path = SHARED_DATA / "ao3-downloads"
    if not path.is_dir():
        pytest.skip("../shared/data/ao3-downloads is not present")
    return path
